/**
 * A time ago (`منذ 21 ساعة`) is counted back from `now`. With no `now` given, that is today's clock — right for a page
 * fetched just now, years off for one saved long ago and read today (a crawl's dump, a research corpus). Such a page
 * gives itself away: every date it writes in full (its header's day, its other stories' dates) is far older than the
 * time ago read from today. Then the time ago resolves to no known instant, and is left out.
 */
import type { ArticleDate } from '../../article.js';
import { chooseDates, type ChooseInput, type ChosenDates } from './choose.js';
import { findArabicDates } from '../../dates/index.js';
import { DAY_MS } from '../../dates/calendar.js';
import { TUNABLES } from '../../tunables.js';
import type { DateCandidate, DateOptions } from './candidates.js';
import { instantOf } from './convert.js';
import { ELEMENT, INVISIBLE, TEXT, textData } from '../../parse/dom.js';
import { END, NEXT } from '../../parse/linkedom-tree-adapter.js';
import { hasDateHint } from './date-hint.js';

type N = any;

/**
 * Short text nodes read at most: a date line, a dated title. The walk runs only for a time ago read from today's clock,
 * but a page of thousands of dense date-like lines must not make that slow (1,000 lines of 200 characters: under 0.1 s).
 */
const MAX_TEXTS = 1000;
const MAX_TEXT = 200;

/** A date's instant; a day (or a clock with no offset) from the day's start in UTC. */
function instantOrDay(iso: string): number {
  const t = instantOf(iso);
  return Number.isNaN(t) ? Date.parse(iso.slice(0, 10)) : t;
}

/**
 * The latest instant among the dates the page's short visible lines write in full (no time ago, none after `now`), links
 * included — another story's dated title (`نشرة الأخبار ليوم الجمعة 20-03-2020م`) still shows the page was saved after
 * it. A day counts from its start in UTC. Undefined when the page writes none.
 *
 * @example newestWrittenDate(doc, { now: new Date() }) // Date.parse('2020-03-20') for a page whose newest story is dated `الجمعة 20-03-2020م`
 */
export function newestWrittenDate(doc: Document, opts: DateOptions): number | undefined {
  const now = opts.now.getTime();
  const body = doc.body;
  if (!body) return undefined;
  let newest: number | undefined;
  let read = 0;
  const end = (body as N)[END];
  for (let n: N = (body as N)[NEXT]; n && n !== end && read < MAX_TEXTS; n = n[NEXT]) {
    if (n.nodeType === ELEMENT && INVISIBLE.has(n.localName)) n = n[END];
    else if (n.nodeType === TEXT && textData(n).length <= MAX_TEXT && hasDateHint(textData(n))) {
      read++;
      for (const d of findArabicDates(textData(n), opts)) {
        if (d.relative) continue;
        const t = instantOrDay(d.iso);
        if (!Number.isNaN(t) && t <= now && (newest === undefined || t > newest)) newest = t;
      }
    }
  }
  return newest;
}

/**
 * Is `date` a time ago read from a clock the page shows it was saved long before: later than every date the page
 * writes in full by more than TUNABLES.staleRelativeDays?
 *
 * @example isStaleRelative({ iso: '2026-11-26T19:41:00+03:00', relative: true, … }, Date.parse('2020-03-20')) // true
 */
export function isStaleRelative(date: ArticleDate | undefined, newestWritten: number | undefined): boolean {
  if (!date?.relative || newestWritten === undefined) return false;
  return instantOrDay(date.iso) - newestWritten > TUNABLES.staleRelativeDays * DAY_MS;
}

const absolute = (c: DateCandidate | undefined): c is DateCandidate => c !== undefined && !c.parsed.relative;

/**
 * The dates chosen, or — when a time ago among them is stale (see isStaleRelative) — the dates chosen again from the
 * candidates that are no time ago, with a `date.relative-stale` warning for each dropped. For `now` = today's clock only.
 *
 * @example withoutStaleTimesAgo(input, chooseDates(input), doc, { now: new Date() }).published // undefined for a 2020 page showing only `منذ 21 ساعة`
 */
export function withoutStaleTimesAgo(input: ChooseInput, chosen: ChosenDates, doc: Document, opts: DateOptions): ChosenDates {
  if (!chosen.published?.relative && !chosen.updated?.relative) return chosen;
  const newest = newestWrittenDate(doc, opts);
  const stale = [chosen.published, chosen.updated].filter((d): d is ArticleDate => isStaleRelative(d, newest));
  if (stale.length === 0) return chosen;
  const { published, updated } = input.adapter;
  const again = chooseDates({
    ...input,
    adapter: { ...(absolute(published) ? { published } : {}), ...(absolute(updated) ? { updated } : {}) },
    page: input.page.filter(absolute),
  });
  const latest = new Date(newest!).toISOString().slice(0, 10);
  for (const d of stale) {
    const message = `"${d.text ?? d.iso}" counted back from today is ${d.iso}, but the page writes no date after ${latest}: it was saved before, when is unknown (pass its fetch time as now)`;
    again.warnings.push({ code: 'date.relative-stale', message });
  }
  return again;
}
