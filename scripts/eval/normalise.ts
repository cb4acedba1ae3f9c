/**
 * Text normalisation used ONLY for matching in the evaluation (never for display):
 * two strings that a reader would call "the same words" normalise to the same tokens.
 *
 * NFKC; drop format characters (ZWNJ, LRM/RLM…), tatweel and Arabic diacritics;
 * unify alef forms (أ إ آ ٱ → ا), ى → ي, ة → ه; Arabic-Indic digits → 0-9; lowercase;
 * punctuation and symbols (incl. ، ؛ ؟) become word separators.
 */

const FORMAT_CHARS = /\p{Cf}/gu;
const TATWEEL = /\u0640/g;
/** Harakat, Quranic marks, superscript alef. */
const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g;
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671]/g;
const ALEF_MAKSURA = /\u0649/g;
const TA_MARBUTA = /\u0629/g;
const ARABIC_INDIC_DIGIT = /[\u0660-\u0669]/g;
const EXTENDED_ARABIC_INDIC_DIGIT = /[\u06F0-\u06F9]/g;
/** Anything that is not a letter, a mark or a digit separates words. */
const NOT_WORD = /[^\p{L}\p{M}\p{N}]+/gu;

/** Normalised text: tokens joined by single spaces. */
export function normalise(text: string | null | undefined): string {
  if (!text) return '';
  return text
    .normalize('NFKC')
    .replace(FORMAT_CHARS, '')
    .replace(TATWEEL, '')
    .replace(DIACRITICS, '')
    .replace(ALEF_FORMS, 'ا')
    .replace(ALEF_MAKSURA, 'ي')
    .replace(TA_MARBUTA, 'ه')
    .replace(ARABIC_INDIC_DIGIT, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(EXTENDED_ARABIC_INDIC_DIGIT, (d) => String(d.charCodeAt(0) - 0x06f0))
    .toLowerCase()
    .replace(NOT_WORD, ' ')
    .trim();
}

/** The matching tokens of a text. */
export function tokens(text: string | null | undefined): string[] {
  const n = normalise(text);
  return n === '' ? [] : n.split(' ');
}

/** Whitespace collapsed and trimmed: the only change the strict headline comparison allows. */
export function collapseWhitespace(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Whether `needle` occurs in `haystack` on token boundaries after normalisation
 * (so `مصر` is not found inside `مصري`). An empty needle is never found.
 */
export function containsNormalised(haystack: string, needle: string): boolean {
  const n = normalise(needle);
  if (n === '') return false;
  return ` ${normalise(haystack)} `.includes(` ${n} `);
}
