import { buildDate } from './build.js';
import type { Candidate } from './model.js';
import { readIsoTimestamp } from './iso-timestamp.js';
import { analyse, contextOf, windowEnd } from './scan.js';
import type { ParseDateOptions, ParsedDate } from './types.js';

/** The written (absolute) date if there is one, else the first relative one. */
function pick(candidates: readonly Candidate[]): Candidate | undefined {
  return candidates.find((c) => c.anchor.type === 'date') ?? candidates[0];
}

/**
 * Read the one date in `text` (a date line, possibly with label words around it). Returns null
 * when no complete date is written: a year alone, a bare time or a month without a year is not
 * a date, and nothing is guessed. Only the first 4 KB of a longer text are read.
 *
 * A written zone (`بتوقيت القاهرة`, `GMT+3`, `+02:00`, `Z`) overrides `options.timeZone`; with
 * neither, a clock time is returned without an offset (`zoned: false`). Relative times
 * (`منذ ساعتين`, `أمس`) are read against `options.now` (default: the current time); a bare
 * `اليوم`/`أمس`/`الآن` counts only standing alone (`نشر: أمس`), not inside a sentence or a name
 * (`اليوم السابع`). Dates more
 * than one day after `now`, and years outside 1900–2100, give null. Throws a RangeError for an
 * unknown `options.timeZone`.
 *
 * @example
 * parseArabicDate('الثلاثاء 17 نوفمبر 2015 - 6:59 م', { timeZone: 'Africa/Cairo' })
 * // { iso: '2015-11-17T18:59:00+02:00', precision: 'minute', calendar: 'gregorian', relative: false, zoned: true }
 *
 * parseArabicDate('نشر في: ١٧/١١/٢٠١٥')
 * // { iso: '2015-11-17', precision: 'day', calendar: 'gregorian', relative: false, zoned: false }
 *
 * parseArabicDate('26 جمادى الأولى 1441 هـ')
 * // { iso: '2020-01-21', precision: 'day', calendar: 'hijri', relative: false, zoned: false }
 *
 * parseArabicDate('منذ ساعتين', { now: new Date('2020-05-02T10:15:30Z'), timeZone: 'Asia/Riyadh' })
 * // { iso: '2020-05-02T11:15:00+03:00', precision: 'minute', calendar: 'gregorian', relative: true, zoned: true }
 *
 * parseArabicDate('2015') // null
 */
export function parseArabicDate(text: string, options?: ParseDateOptions): ParsedDate | null {
  const ctx = contextOf(options);
  if (typeof text !== 'string' || text.length === 0) return null;
  const iso = readIsoTimestamp(text, ctx);
  if (iso !== undefined) return iso;
  const chosen = pick(analyse(text, 0, windowEnd(text, 0), options?.clockOrder === 'minute-first').candidates);
  return chosen ? buildDate(chosen, ctx) : null;
}
