/**
 * Text normalisation for output: collapse whitespace, drop bidi controls and
 * zero-width characters, NBSP → space. Letters, hamzas, tatweel and diacritics stay
 * exactly as written (matching-only normalisation lives in lexicon/match.ts).
 *
 * One pass over the characters, copying clean runs (single spaces included) as slices: this
 * runs on every text block of every page, and a clean string comes back as itself.
 */

/** Whitespace, as `\s` knows it, plus NBSP and the typographic spaces. */
export function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/** Bidi marks, embeddings and isolates, zero-width characters, word joiner, BOM, soft hyphen. */
export function isInvisible(c: number): boolean {
  return (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x2069) || c === 0x061c || c === 0xfeff || c === 0xad;
}

/**
 * Does the text hold nothing normaliseText keeps (only spaces and invisible marks)?
 *
 * @example isBlank(' \n\u200f ') // true
 */
export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isSpace(c) && !isInvisible(c)) return false;
  }
  return true;
}

/**
 * @example normaliseText('  مرحبا\u00A0\u200Fبكم \n') // 'مرحبا بكم'
 */
export function normaliseText(text: string): string {
  let out = '';
  let runStart = -1;
  let space = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // Printable ASCII and the Arabic block (but its letter mark U+061C) are kept as they are.
    if ((c > 32 && c < 0xa0) || (c >= 0x600 && c <= 0x6ff && c !== 0x61c)) {
      if (runStart < 0) {
        if (space) out += ' ';
        space = false;
        runStart = i;
      }
      continue;
    }
    // A single plain space between two kept characters stays inside the run: a clean
    // paragraph comes back as one slice, not rebuilt word by word (a rope V8 must flatten).
    if (c === 32 && runStart >= 0 && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (!isSpace(d) && !isInvisible(d)) continue;
    }
    const ws = isSpace(c);
    if (ws || isInvisible(c)) {
      if (runStart >= 0) {
        out += text.slice(runStart, i);
        runStart = -1;
      }
      if (ws && out.length > 0) space = true;
      continue;
    }
    if (runStart < 0) {
      if (space) out += ' ';
      space = false;
      runStart = i;
    }
  }
  if (runStart === 0) return text;
  if (runStart > 0) out += text.slice(runStart);
  return out;
}


/** A tatweel run touching an Arabic letter: the stretch a name is drawn out with, not a separator (` ـ `). */
const KASHIDA = /(?<=[\u0621-\u063F\u0641-\u064A])\u0640+|\u0640+(?=[\u0621-\u063F\u0641-\u064A])/g;

/**
 * The text without the tatweel that stretches its words (kashida): for names, which are matched and
 * looked up as written. A tatweel standing alone between spaces, as a dash, stays.
 *
 * @example withoutKashida('مـاجـد الـسـيـد') // 'ماجد السيد'
 */
export function withoutKashida(text: string): string {
  return text.includes('\u0640') ? text.replace(KASHIDA, '') : text;
}
