import { findArabicDates } from '../../dates/index.js';
import type { DateOptions } from './candidates.js';

/** A year in any digit set, or a relative-time word: a line without one is no date line. */
const DATE_HINT = /[0-9\u0660-\u0669\u06F0-\u06F9]{4}|منذ|قبل|أمس|امس|اليوم|ago/;

/**
 * Is this short line mostly a date (`الثلاثاء 17 نوفمبر 2015 - 6:59 م`, `منذ ساعتين`)?
 * Such lines are page chrome in a body, whatever their label.
 *
 * @example isDateLine('الثلاثاء 17 نوفمبر 2015 - 6:59 م', { now: new Date() }) // true
 */
export function isDateLine(text: string, opts: DateOptions): boolean {
  if (!DATE_HINT.test(text)) return false;
  const found = findArabicDates(text, opts);
  return found.length > 0 && found.reduce((n, f) => n + f.text.length, 0) >= text.length * 0.5;
}
