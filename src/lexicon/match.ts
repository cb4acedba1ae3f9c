/**
 * Spelling normalisation used only for MATCHING Arabic words and phrases (lexicon
 * lookups, duplicate detection): never applied to output text.
 * Strips tatweel and diacritics, unifies alef forms, ى→ي, ة→ه, Arabic-Indic digits→Western.
 */
const DIACRITICS = /[\u064B-\u065F\u0670\u0640\u06D6-\u06ED]/g;
const ALEF = /[أإآٱ]/g;
const INDIC = /[\u0660-\u0669\u06F0-\u06F9]/g;

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

function computeKey(text: string): string {
  return text
    .replace(DIACRITICS, '')
    .replace(ALEF, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(INDIC, (d) => String((d.charCodeAt(0) & 0xf) % 10))
    .replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\u00A0]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
