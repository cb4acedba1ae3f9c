import { buildDate } from './build.js';
import type { BuildContext } from './build.js';
import type { Candidate } from './model.js';
import { candidatesIn, contextOf, MARGIN_CHARS, nextWindowStart, windowEnd } from './scan.js';
import type { Token } from './tokenize.js';
import type { FoundDate, ParseDateOptions } from './types.js';
import { phraseAt, WEEKDAY } from './words.js';

/** A bare `اليوم`, `أمس` or `الآن` is an ordinary word in running text; only a line read alone is trusted. */
function isBareWord(c: Candidate): boolean {
  if (c.anchor.type !== 'relative') return false;
  const rel = c.anchor.rel;
  return (rel.kind === 'instant' && rel.bare) || (rel.kind === 'days' && rel.bare && c.clock === undefined);
}

/** Include a weekday written just before the date (`الثلاثاء، 17 نوفمبر 2015`). */
function startWithWeekday(tokens: readonly Token[], c: Candidate): number {
  if (c.anchor.type !== 'date') return c.start;
  const comma = tokens[c.start - 1]?.norm === '،' || tokens[c.start - 1]?.norm === ',';
  const at = comma ? c.start - 2 : c.start - 1;
  return at >= 0 && phraseAt(tokens, at, WEEKDAY)?.end === at + 1 ? at : c.start;
}

function foundIn(text: string, from: number, to: number, ctx: BuildContext): FoundDate[] {
  const { tokens, candidates } = candidatesIn(text, from, to);
  const out: FoundDate[] = [];
  for (const c of candidates) {
    if (isBareWord(c)) continue;
    const parsed = buildDate(c, ctx);
    if (!parsed) continue;
    const index = tokens[startWithWeekday(tokens, c)]!.start;
    out.push({ ...parsed, index, text: text.slice(index, tokens[c.end - 1]!.end) });
  }
  return out;
}

/**
 * Every date in a longer text, in order, each with the index and words it was read from
 * (`نشر في: … | آخر تحديث: …` gives two). Same reading rules as parseArabicDate; dates that are
 * impossible, in the future or outside 1900–2100 are left out, and so are bare `اليوم`/`أمس`/
 * `الآن` without a time. Long texts are read in overlapping 4 KB windows (linear time).
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
  let acceptedEnd = 0;
  let regionStart = 0;
  for (let from = 0; from < text.length; ) {
    const to = windowEnd(text, from);
    const last = to === text.length;
    const regionEnd = last ? Infinity : to - MARGIN_CHARS;
    for (const f of foundIn(text, from, to, ctx)) {
      if (f.index < regionStart || f.index >= regionEnd || f.index < acceptedEnd) continue;
      out.push(f);
      acceptedEnd = f.index + f.text.length;
    }
    if (last) break;
    regionStart = regionEnd;
    from = nextWindowStart(text, to);
  }
  return out;
}
