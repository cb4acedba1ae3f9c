/**
 * Text normalisation for output: collapse whitespace, drop bidi controls and
 * zero-width characters, NBSP → space. Letters, hamzas, tatweel and diacritics stay
 * exactly as written (matching-only normalisation lives in lexicon/match.ts).
 */

// Bidi marks and embeddings/isolates, zero-width space/joiners, word joiner, BOM, soft hyphen.
const INVISIBLES = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\u061C\uFEFF\u00AD]/g;
const SPACES = /[\s\u00A0\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;

/**
 * @example normaliseText('  مرحبا\u00A0\u200Fبكم \n') // 'مرحبا بكم'
 */
export function normaliseText(text: string): string {
  return text.replace(INVISIBLES, '').replace(SPACES, ' ').trim();
}

/** Like normaliseText but keeps line breaks (one per line, trimmed, empty lines dropped). */
export function normaliseLines(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const t = normaliseText(line);
    if (t) out.push(t);
  }
  return out;
}
