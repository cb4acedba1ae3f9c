/**
 * The Wayback Machine appends a stamp to every page it replays (`<!-- FILE ARCHIVED ON 15:02:32 Mar 21, 2020 AND
 * RETRIEVED FROM THE INTERNET ARCHIVE ON …`), after `</html>` and before its playback timings. A page saved from the
 * archive keeps it: the capture time is known even when the URL given is the site's own, or none.
 */
import { utcInstant } from '../dates/calendar.js';
import { GREGORIAN_MONTHS } from '../lexicon/dates.js';

/** The stamp sits in the page's last few kilobytes (the playback timings after it run to 1–3 KB). */
const TAIL = 16 * 1024;
const MARK = 'FILE ARCHIVED ON ';
/** UTC: `H:MM:SS Mon D, YYYY` (old stamps spell months in the archive's locale — `Okt` — and are not read). */
const STAMP = /^FILE ARCHIVED ON (\d{1,2}):(\d{2}):(\d{2}) ([A-Za-z]{3}) (\d{1,2}), (\d{4}) AND RETRIEVED/;
const MONTHS: ReadonlyMap<string, number> = new Map(GREGORIAN_MONTHS.english.filter(([w]) => w.length === 3).map(([w, m]) => [w, m]));

/**
 * When the Wayback Machine captured the page, from the stamp it appended; undefined for any other page.
 *
 * @example archiveStampTime('<html>…</html>\n<!--\n     FILE ARCHIVED ON 15:02:32 Mar 21, 2020 AND RETRIEVED FROM THE …')?.toISOString() // '2020-03-21T15:02:32.000Z'
 */
export function archiveStampTime(html: string): Date | undefined {
  const at = html.indexOf(MARK, Math.max(0, html.length - TAIL));
  if (at < 0) return undefined;
  const m = STAMP.exec(html.slice(at, at + 80));
  const month = m ? MONTHS.get(m[4]!.toLowerCase()) : undefined;
  if (!m || month === undefined) return undefined;
  const [h, mi, s, d, y] = [m[1], m[2], m[3], m[5], m[6]].map(Number) as [number, number, number, number, number];
  return utcInstant(y, month, d, h, mi, s);
}
