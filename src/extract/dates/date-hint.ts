/**
 * Can this text hold a date at all? A year (four digits in any digit set) or, in a short
 * line, a relative-time word. A cheap gate before the date engine reads a line.
 */
const RELATIVE = /منذ|قبل|أمس|امس|اليوم|ago/;
const MAX_RELATIVE_LINE = 80;

/**
 * @example hasDateHint('نشر في 17 نوفمبر 2015') // true
 * @example hasDateHint('تابعونا على فيسبوك') // false
 */
export function hasDateHint(text: string): boolean {
  return hasFourDigits(text) || (text.length <= MAX_RELATIVE_LINE && RELATIVE.test(text));
}

const isDigit = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9);

/** Four digits in a row (any digit set) — one scan with no allocation: this runs on every text node. */
function hasFourDigits(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isDigit(text.charCodeAt(i))) run = 0;
    else if (++run === 4) return true;
  }
  return false;
}
