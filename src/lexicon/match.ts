/**
 * Spelling normalisation used only for MATCHING Arabic words and phrases (lexicon
 * lookups, duplicate detection): never applied to output text.
 * Strips tatweel and diacritics, unifies alef forms, ى→ي, ة→ه, Persian ی/ک → ي/ك, Arabic-Indic digits→Western.
 */
/** What a character becomes in a key: -1 drop it, -2 a space, 0 keep it, else the code to write. */
function fold(c: number): number {
  if (c < 0x80) return c >= 65 && c <= 90 ? c + 32 : c <= 32 ? -2 : 0;
  if (c >= 0x600 && c <= 0x6ff) {
    if ((c >= 0x64b && c <= 0x65f) || c === 0x670 || c === 0x640 || (c >= 0x6d6 && c <= 0x6ed)) return -1; // diacritics, tatweel
    if (c === 0x623 || c === 0x625 || c === 0x622 || c === 0x671) return 0x627; // أ إ آ ٱ → ا
    if (c === 0x649 || c === 0x626 || c === 0x6cc) return 0x64a; // ى ئ and Persian ی → ي
    if (c === 0x6a9) return 0x643; // Persian ک → ك
    if (c === 0x629) return 0x647; // ة → ه
    if (c === 0x624) return 0x648; // ؤ → و
    if (c >= 0x660 && c <= 0x669) return c - 0x660 + 48; // Arabic-Indic digits
    if (c >= 0x6f0 && c <= 0x6f9) return c - 0x6f0 + 48; // Eastern Arabic-Indic digits
    return 0;
  }
  if (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200f) || (c >= 0x2028 && c <= 0x202f) || c === 0x205f || (c >= 0x2066 && c <= 0x2069) || c === 0x3000 || c === 0xfeff) return -2;
  return 0;
}

/**
 * @example matchKey('إقرأ أيضاً') === matchKey('اقرا ايضا') // true
 */
export function matchKey(text: string): string {
  // The same line is usually tested by several lexicon checks in a row.
  if (text === lastText) return lastKey;
  lastText = text;
  lastKey = computeKey(text);
  return lastKey;
}

let lastText = '';
let lastKey = '';

/** `fold` precomputed below U+0700 (ASCII and Arabic, nearly every character of a line). */
const DROP = 0xffff;
const SPACE = 0xfffe;
const TABLE = new Uint16Array(0x700);
const folded = (c: number): number => {
  const f = fold(c);
  return f === -1 ? DROP : f === -2 ? SPACE : f === 0 ? c : f;
};
for (let c = 0; c < TABLE.length; c++) TABLE[c] = folded(c);

/** Scratch for the key's code units, grown on demand: a line's key is one flat string, not a rope of slices. */
let codes = new Uint16Array(1024);
const CHUNK = 4096; // arguments per String.fromCharCode call, well under engines' limits

/** One pass: folded characters, whitespace runs as one space, trimmed (no chain of replaces). */
function computeKey(text: string): string {
  if (codes.length < text.length) codes = new Uint16Array(text.length * 2);
  let n = 0;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = c < 0x700 ? TABLE[c]! : folded(c);
    if (f === DROP) continue;
    if (f === SPACE) {
      space = true;
      continue;
    }
    if (space && n > 0) codes[n++] = 32;
    space = false;
    codes[n++] = f;
  }
  let out = '';
  for (let i = 0; i < n; i += CHUNK) out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + CHUNK)) as unknown as number[]);
  // ASCII capitals were folded above; other scripts' capitals (É, Ω, Д) take toLowerCase.
  return CASED.test(out) ? out.toLowerCase() : out;
}

const CASED = /[\u00C0-\u024F\u0370-\u052F\u1E00-\u1FFF]/;
