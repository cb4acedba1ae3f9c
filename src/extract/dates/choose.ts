/**
 * Pick the published and updated instants from the candidates: the visible line wins
 * over metadata (metadata is often in the wrong zone, or local time written with `Z`),
 * metadata supplies the time only when it agrees with a visible day, the URL gives a
 * day as the last resort — and nothing is invented.
 */
import { TUNABLES } from '../../tunables.js';
import type { ArticleDate, Diagnostic } from '../../article.js';
import type { DateCandidate } from './candidates.js';
import { formatOffset, instantOf, isoAtOffset, isoInZone, offsetBetween, offsetOfIso, wallClock, wallTime } from './convert.js';
import { MERIDIEM_WORDS } from '../../lexicon/dates.js';
import { hasClock } from './has-clock.js';

export interface ChooseInput {
  adapter: { published?: DateCandidate; updated?: DateCandidate };
  page: DateCandidate[];
  metadata: DateCandidate[];
  url?: DateCandidate;
  timeZone?: string;
}

export interface ChosenDates {
  published?: ArticleDate;
  updated?: ArticleDate;
  warnings: Diagnostic[];
}

const HOUR = 3600000;
const HALF_DAY = 12 * HOUR;
const MERIDIEMS: ReadonlySet<string> = new Set(MERIDIEM_WORDS.map(([w]) => w.toLowerCase()));

/** Does a date line say which half of the day it means (`10:33 م`, `PM`, `مساءً`)? */
const writesMeridiem = (text: string | undefined): boolean =>
  (text ?? '').toLowerCase().split(/[\s\d:،,.\-–|/()]+/).some((w) => MERIDIEMS.has(w));
/** Zone mistakes are at most this far off; a larger gap is a different date, not a zone slip. */
const MAX_ZONE_SLIP = 14 * HOUR;

function toArticleDate(c: DateCandidate, iso = c.parsed.iso, precision = c.parsed.precision): ArticleDate {
  const out: ArticleDate = { iso, precision, source: c.source };
  if (c.text) out.text = c.text;
  if (c.parsed.relative) out.relative = true;
  return out;
}

/** A metadata instant shown in the site's zone (or its own offset when the zone is unknown). */
function metaInZone(meta: DateCandidate, zone: string | undefined): ArticleDate | undefined {
  const p = meta.parsed;
  if (p.precision !== 'minute') return toArticleDate(meta);
  if (!p.zoned) return zone ? undefined : toArticleDate(meta, p.iso.slice(0, 10), 'day');
  const ms = instantOf(p.iso);
  if (Number.isNaN(ms)) return undefined;
  return toArticleDate(meta, zone ? isoInZone(ms, zone) : p.iso);
}

/** An offset or `Z` a metadata timestamp ends with. */
const WRITTEN_OFFSET = /(?:[+-]\d\d:?\d\d|Z)$/i;

function reconcile(page: DateCandidate | undefined, meta: DateCandidate | undefined, zone: string | undefined, warnings: Diagnostic[], what: string): ArticleDate | undefined {
  const metaDate = meta && metaInZone(meta, zone);
  if (!page) return metaDate;
  const p = page.parsed;
  // A relative visible time (`منذ ساعتين`) is only as good as `now`: an absolute metadata date wins.
  if (p.relative && metaDate) return metaDate;
  if (p.precision === 'minute') {
    if (p.zoned) {
      if (meta && metaDate && metaDate.precision === 'minute') {
        // To the minute: the page's clock shows none of the seconds the metadata may give.
        const diff = (minuteOf(p.iso) - minuteOf(metaDate.iso)) * MINUTE;
        // A 12-hour clock written without ص/م (`10:33` for 22:33, `12:20` for 00:20): the metadata knows which half of the day.
        if (twelveHourSlip(diff, p.iso) && !writesMeridiem(page.text)) return metaDate;
        // Zoneless metadata showing the visible clock was written in the zone the page names (`GMT 21:37`): no slip.
        const sameClock = !WRITTEN_OFFSET.test(meta.text.trim()) && wallClock(meta.parsed.iso) === wallClock(p.iso);
        if (diff !== 0 && diff % HOUR === 0 && Math.abs(diff) <= MAX_ZONE_SLIP && !sameClock) {
          warnings.push({ code: 'date.metadata-offset-mismatch', message: `${what}: metadata (${meta.text}) is ${diff / HOUR} h off the visible time (${page.text}); the visible local time is used` });
        }
      }
      // A zone written on the page (`GMT 20:19`) is shown in the site's own zone when known.
      return withSecondsOf(toArticleDate(page, zone ? isoInZone(instantOf(p.iso), zone) : p.iso), meta);
    }
    // No zone known: the visible wall-clock time against the metadata instant gives the offset.
    const off = meta?.parsed.zoned ? inferOffset(p.iso, meta.parsed.iso) : undefined;
    if (off !== undefined) return withSecondsOf(toArticleDate(page, `${wallTime(p.iso)}${formatOffset(off)}`), meta);
    return toArticleDate(page, p.iso.slice(0, 10), 'day');
  }
  if (p.precision === 'day' && metaDate?.precision === 'minute' && metaDate.iso.slice(0, 10) === p.iso.slice(0, 10)) {
    return metaDate;
  }
  return toArticleDate(page);
}

/**
 * The visible time with the seconds a metadata stamp of that same minute gives (`03:20 م` shown, `3:20:44 PM` in
 * JSON-LD → `15:20:44`): the same instant to the minute, or the same wall clock (local time written with `Z`). The
 * minute is always the page's; a stamp of another minute gives nothing.
 *
 * @example withSecondsOf({ iso: '2020-02-23T15:20:00+02:00', precision: 'minute', source: 'page' }, jsonLd('2020-02-23T15:20:44+02:00')).iso // '2020-02-23T15:20:44+02:00'
 */
function withSecondsOf(shown: ArticleDate, meta: DateCandidate | undefined): ArticleDate {
  if (!meta || shown.precision !== 'minute' || meta.parsed.precision !== 'minute') return shown;
  const m = meta.parsed.iso;
  const seconds = SECONDS.exec(m)?.[1];
  if (!seconds || seconds === '00' || !SECONDS.test(shown.iso)) return shown;
  const sameInstant = meta.parsed.zoned && minuteOf(m) === minuteOf(shown.iso);
  if (!sameInstant && wallClock(m) !== wallClock(shown.iso)) return shown;
  return { ...shown, iso: `${shown.iso.slice(0, 17)}${seconds}${shown.iso.slice(19)}` };
}
/** The seconds of an ISO time (`T15:20:44`). */
const SECONDS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:(\d\d)/;

/**
 * The UTC offset implied by a visible wall-clock time and the metadata instant of the
 * same event: their difference, when it is a plausible offset (quarter hours, ±14 h);
 * else the metadata's own offset.
 */
function inferOffset(wallIso: string, metaIso: string): number | undefined {
  return offsetBetween(wallIso, metaIso) ?? offsetOfIso(metaIso);
}

const MINUTE = 60000;
const minuteOf = (iso: string): number => Math.floor(instantOf(iso) / MINUTE);

/**
 * An update known only from metadata. CMSs fill dateModified on every save, often with the
 * publication time itself, or with the time the page shows as its date (then it is not a
 * separate update), or in another zone than dateCreated. So it counts only when the metadata's
 * own publication time is the one the article shows, clock and all (same minute: the two fields share
 * a clock the page confirms), the modification comes more than `TUNABLES.quickEditMinutes` after it, and every
 * modification stamp of the metadata names that same minute.
 */
function metadataUpdate(metadata: DateCandidate[], shownPublished: DateCandidate | undefined, published: ArticleDate | undefined, zone: string | undefined): ArticleDate | undefined {
  const metaPublished = metadataPublished(metadata);
  const metaUpdated = firstOf(metadata, 'updated');
  if (!published || published.precision !== 'minute' || !metaPublished || !metaUpdated) return undefined;
  // The clock must be one the reader sees on the page: a day shown over a `datetime` (`<time datetime="…T15:59">12 مايو
  // 2020</time>`) confirms nothing, nor does a publication time the metadata alone gives (its text is the ISO string).
  if (!shownPublished || !hasClock(shownPublished.text) || !hasClock(published.text ?? '')) return undefined;
  const p = metaPublished.parsed;
  const u = metaUpdated.parsed;
  if (p.precision !== 'minute' || u.precision !== 'minute' || !p.zoned || !u.zoned) return undefined;
  // Metadata that contradicts itself (`article:modified_time` equal to the publication, JSON-LD's dateModified hours
  // later) has not said the story was updated: every modification stamp must name the same minute.
  if (metadata.some((c) => c.kind === 'updated' && c.parsed.precision === 'minute' && c.parsed.zoned && minuteOf(c.parsed.iso) !== minuteOf(u.iso))) return undefined;
  const shown = minuteOf(published.iso);
  // A save within a couple of minutes of publishing is the publication's own (a typo mended), not an update.
  if (Number.isNaN(shown) || minuteOf(p.iso) !== shown || !(minuteOf(u.iso) > shown + TUNABLES.quickEditMinutes)) return undefined;
  return metaInZone(metaUpdated, zone);
}

const firstOf = (list: DateCandidate[], kind: DateCandidate['kind']): DateCandidate | undefined =>
  list.find((c) => c.kind === kind);

/**
 * The metadata's publication time: the first one, unless it gives only a day that a later one gives to
 * the minute (`{"datePublished": "2020-06-26"}` beside `article:published_time` with the time).
 */
function metadataPublished(list: DateCandidate[]): DateCandidate | undefined {
  const first = firstOf(list, 'published');
  if (!first || first.parsed.precision !== 'day') return first;
  return list.find((c) => c.kind === 'published' && c.parsed.precision === 'minute' && c.parsed.zoned && c.parsed.iso.startsWith(first.parsed.iso)) ?? first;
}

/** Choose both dates. */
/**
 * With no zone known, an update is shown in the offset the publication time was found in (a day
 * shown with a UTC `datetime` behind it would otherwise keep `Z`): the same clock, the same instant.
 */
function inOffsetOf(updated: ArticleDate, published: ArticleDate): ArticleDate {
  const offset = offsetOfIso(published.iso);
  const ms = instantOf(updated.iso);
  if (offset === undefined || updated.precision !== 'minute' || Number.isNaN(ms) || offsetOfIso(updated.iso) === offset) return updated;
  return { ...updated, iso: isoAtOffset(ms, offset) };
}

/**
 * An update whose time only a `datetime` gives — the page shows a day (`<time class="updated" datetime="…T14:02:33+02:00">2020/04/27</time>`,
 * WordPress's hAtom stamp) — within `TUNABLES.quickEditMinutes` of the publication: the publishing save, as for metadata.
 */
function savedWithPublication(updated: ArticleDate, page: DateCandidate, published: ArticleDate): boolean {
  if (updated.precision !== 'minute' || published.precision !== 'minute' || hasClock(page.text)) return false;
  const gap = instantOf(updated.iso) - instantOf(published.iso);
  return gap >= 0 && gap <= TUNABLES.quickEditMinutes * MINUTE;
}

/** Did the page write the publication on a 12-hour clock without ص/م, which the metadata put in the afternoon? */
function afternoonClock(page: DateCandidate | undefined, published: ArticleDate | undefined): boolean {
  if (!page || !published || page.parsed.precision !== 'minute' || !page.parsed.zoned || writesMeridiem(page.text)) return false;
  return twelveHourSlip((minuteOf(page.parsed.iso) - minuteOf(published.iso)) * MINUTE, page.parsed.iso);
}

/**
 * Is a visible time `diff` ms off the true one as a 12-hour clock without ص/م shows it: half a day early (`10:33` for
 * 22:33), or half a day late at the twelfth hour (`12:20` for 00:20, the first hour after midnight)?
 *
 * @example twelveHourSlip(12 * HOUR, '2020-01-05T12:20:00+03:00') // true
 */
function twelveHourSlip(diff: number, shownIso: string): boolean {
  return diff === -HALF_DAY || (diff === HALF_DAY && hourOf(shownIso) === 12);
}

/** The hour of an ISO time as written (`…T12:20…` → 12). */
const hourOf = (iso: string): number => Number(iso.slice(11, 13));

/**
 * An update line on that same 12-hour clock (no ص/م) read as the publication was: one that reads before the
 * publication is in the afternoon (`10:33` published, `10:45` updated: 22:45) when that puts it within half a day
 * after; one at the twelfth hour is after midnight (`11:50` published, next day `12:10` updated: 00:10) when that is
 * still not before the publication.
 */
function inAfternoon(updated: ArticleDate, page: DateCandidate, published: ArticleDate, zone: string | undefined): ArticleDate {
  const a = instantOf(published.iso);
  const b = instantOf(updated.iso);
  const offset = offsetOfIso(updated.iso);
  if (updated.precision !== 'minute' || writesMeridiem(page.text) || offset === undefined) return updated;
  const afterMidnight = hourOf(updated.iso) === 12;
  const at = afterMidnight ? b - HALF_DAY : b + HALF_DAY;
  // Either reading must leave the update not before the publication; the afternoon one is asked only of a line that
  // reads before it.
  if (at < a || (!afterMidnight && b >= a)) return updated;
  return { ...updated, iso: zone ? isoInZone(at, zone) : isoAtOffset(at, offset) };
}

/**
 * With no zone known, a UTC stamp (`+00:00`: how Yoast writes every WordPress time) shown at the offset the page's own
 * `<time datetime>` gives that same minute (`<time class="entry-date published" datetime="…T14:02:32+02:00">2020/04/27</time>`
 * beside `article:published_time` `…T12:02:32+00:00`): the page's machine stamp is in the site's zone, the metadata's in UTC.
 *
 * @example atPageOffset({ iso: '2020-04-27T12:02:32+00:00', precision: 'minute', source: 'meta' }, pageCandidates).iso // '2020-04-27T14:02:32+02:00'
 */
function atPageOffset(date: ArticleDate, page: readonly DateCandidate[]): ArticleDate {
  if (date.precision !== 'minute' || offsetOfIso(date.iso) !== 0) return date;
  const minute = minuteOf(date.iso);
  const local = page.find((c) => c.parsed.zoned && c.parsed.precision === 'minute' && minuteOf(c.parsed.iso) === minute && offsetOfIso(c.parsed.iso));
  const offset = local && offsetOfIso(local.parsed.iso);
  return offset ? { ...date, iso: isoAtOffset(instantOf(date.iso), offset) } : date;
}

/**
 * The one date a page shows, classed `updated` with no label saying so (`<span class="entry-meta-date updated"><a>مايو 2,
 * 2020</a></span>`: themes mark their date hAtom's `updated` for search engines), when no date is marked or shown as the
 * publication's: it is the publication date, not an update of a story never dated.
 */
function unlabelledUpdate(page: readonly DateCandidate[]): DateCandidate | undefined {
  if (page.some((c) => c.kind !== 'updated')) return undefined;
  const first = page[0];
  return first?.hAtomUpdated ? first : undefined;
}

export function chooseDates(input: ChooseInput): ChosenDates {
  const warnings: Diagnostic[] = [];
  const zone = input.timeZone;
  const hAtom = input.adapter.published ? undefined : unlabelledUpdate(input.page);
  const pagePublished = input.adapter.published ?? firstOf(input.page, 'published') ?? firstOf(input.page, 'unknown') ?? hAtom;
  const reconciled = reconcile(pagePublished, metadataPublished(input.metadata), zone, warnings, 'published');
  const published = (reconciled && !zone ? atPageOffset(reconciled, input.page) : reconciled) ?? (input.url ? toArticleDate(input.url) : undefined);
  const pageUpdated = input.adapter.updated ?? input.page.find((c) => c.kind === 'updated' && c !== hAtom);
  let updated = pageUpdated
    ? reconcile(pageUpdated, firstOf(input.metadata, 'updated'), zone, warnings, 'updated')
    : metadataUpdate(input.metadata, pagePublished, published, zone);
  if (published && updated && pageUpdated && savedWithPublication(updated, pageUpdated, published)) updated = undefined;
  if (published && updated && !zone) updated = inOffsetOf(updated, published);
  if (published && updated && pageUpdated && afternoonClock(pagePublished, published)) updated = inAfternoon(updated, pageUpdated, published, zone);
  if (published && updated) {
    const a = instantOf(published.iso);
    const b = instantOf(updated.iso);
    if (b < a || (Number.isNaN(b) && updated.iso < published.iso.slice(0, updated.iso.length))) {
      warnings.push({ code: 'date.updated-before-published', message: `updated (${updated.iso}) is earlier than published (${published.iso}); ignored` });
      updated = undefined;
    }
  }
  const out: ChosenDates = { warnings };
  if (published) out.published = published;
  if (updated) out.updated = updated;
  return out;
}

