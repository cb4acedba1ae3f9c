import { buildDate } from './build.js';
import type { BuildContext } from './build.js';
import { analyse, contextOf, lastBreakBefore, MARGIN_CHARS, nextWindowStart, windowEnd } from './scan.js';
import type { Analysis } from './scan.js';
import type { FoundDate, ParseDateOptions } from './types.js';

function found(text: string, a: Analysis, ctx: BuildContext, from: number, to: number): FoundDate[] {
  const out: FoundDate[] = [];
  for (const c of a.candidates) {
    const index = a.tokens[c.start]!.start;
    if (index < from || index >= to) continue;
    const parsed = buildDate(c, ctx);
    if (parsed) out.push({ ...parsed, index, text: text.slice(index, a.tokens[c.end - 1]!.end) });
  }
  return out;
}

/**
 * Every date in a longer text, in order, each with the index and words it was read from
 * (`نشر في: … | آخر تحديث: …` gives two). Same reading rules as parseArabicDate; dates that are
 * impossible, in the future or outside 1900–2100 are left out. Long texts are read in 4 KB windows cut between words that no date can
 * span, so the work and memory stay linear in the length of the text.
 *
 * @example
 * findArabicDates('نشر في: الثلاثاء 17 نوفمبر 2015 - 6:59 م | آخر تحديث: الأربعاء 18 نوفمبر 2015 - 1:05 م', { timeZone: 'Africa/Cairo' })
 * // [
 * //   { iso: '2015-11-17T18:59:00+02:00', precision: 'minute', calendar: 'gregorian', relative: false, zoned: true,
 * //     index: 8, text: 'الثلاثاء 17 نوفمبر 2015 - 6:59 م' },
 * //   { iso: '2015-11-18T13:05:00+02:00', precision: 'minute', calendar: 'gregorian', relative: false, zoned: true,
 * //     index: 54, text: 'الأربعاء 18 نوفمبر 2015 - 1:05 م' },
 * // ]
 */
export function findArabicDates(text: string, options?: ParseDateOptions): FoundDate[] {
  const ctx = contextOf(options);
  if (typeof text !== 'string') return [];
  const out: FoundDate[] = [];
  let regionStart = 0;
  for (let from = 0; from < text.length; ) {
    const to = windowEnd(text, from);
    const a = analyse(text, from, to, options?.clockOrder === 'minute-first');
    if (to === text.length) {
      out.push(...found(text, a, ctx, regionStart, Infinity));
      break;
    }
    const cut = lastBreakBefore(a, regionStart, to - MARGIN_CHARS);
    // No word breaks the dates of this window (an endless run of dates): overlap the next window instead.
    const regionEnd = cut > 0 ? cut : to - MARGIN_CHARS;
    out.push(...found(text, a, ctx, regionStart, regionEnd));
    regionStart = regionEnd;
    from = cut > 0 ? cut : nextWindowStart(text, to);
  }
  return out;
}
