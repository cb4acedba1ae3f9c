import { findArabicDates } from '../../dates/index.js';
import type { DateOptions } from './candidates.js';
import { hasDateHint } from './date-hint.js';


/**
 * Is this short line mostly a date (`الثلاثاء 17 نوفمبر 2015 - 6:59 م`, `منذ ساعتين`)?
 * Such lines are page chrome in a body, whatever their label.
 *
 * @example isDateLine('الثلاثاء 17 نوفمبر 2015 - 6:59 م', { now: new Date() }) // true
 */
export function isDateLine(text: string, opts: DateOptions): boolean {
  if (!hasDateHint(text)) return false;
  const found = findArabicDates(text, opts);
  return found.length > 0 && found.reduce((n, f) => n + f.text.length, 0) >= text.length * 0.5;
}
