/**
 * Matching normalisation for date words (months, weekdays, labels): drop tatweel and Arabic
 * diacritics, fold أ إ آ ٱ → ا, ى → ي, ة → ه, Persian ی/ک → ي/ك, lower-case Latin and drop
 * French accents. Used only to compare words, never to rewrite the text.
 */

const FOLD: Readonly<Record<string, string>> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه', 'ی': 'ي', 'ک': 'ك',
  'é': 'e', 'è': 'e', 'ê': 'e', 'ë': 'e', 'à': 'a', 'â': 'a', 'ä': 'a', 'î': 'i', 'ï': 'i',
  'ô': 'o', 'ö': 'o', 'û': 'u', 'ù': 'u', 'ü': 'u', 'ç': 'c',
};

/** Tatweel (U+0640), harakat and other Arabic marks (U+064B–U+065F), superscript alef (U+0670). */
function isDroppedMark(code: number): boolean {
  return code === 0x640 || (code >= 0x64b && code <= 0x65f) || code === 0x670;
}

/**
 * Fold one word for matching.
 *
 * @example
 * normaliseWord('إبريل')   // 'ابريل'
 * normaliseWord('مساءً')   // 'مساء'
 * normaliseWord('الجمعة') // 'الجمعه'
 */
export function normaliseWord(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (isDroppedMark(code)) continue;
    const ch = word[i]!;
    if (code >= 0x41 && code <= 0x5a) out += String.fromCharCode(code + 32);
    else if (code >= 0xc0 && code <= 0xdd) out += FOLD[ch.toLowerCase()] ?? ch.toLowerCase();
    else out += FOLD[ch] ?? ch;
  }
  return out;
}
