/**
 * A site that writes its wall clock with a wrong `Z` (`<meta name="pubdate" content="2020-01-09T10:20:05Z">`) while
 * its own analytics field holds the true instant in seconds since 1970 (`analytics:p_ts` = 08:20:05Z): the metadata
 * times are read at the offset the timestamp gives (+02:00), so the visible time (`10:20 09.01.2020`) gets it too.
 */
import type { DateCandidate } from './candidates.js';
import { instantOf, isoAtOffset, offsetOfIso } from './convert.js';

/** The most hours a mislabelled clock may be off its instant (the widest UTC offsets). */
const MAX_SLIP_HOURS = 14;
/** Metadata minutes drop the seconds the timestamp keeps. */
const SLACK_MINUTES = 1;
const HOUR = 3600000;

/**
 * The candidates, with zoned metadata times of the published time's offset moved to the offset at which its wall
 * clock is the timestamp's instant — when they differ by whole hours only; else the candidates as they were.
 *
 * @example relabelByEpoch(metas, Date.parse('2020-01-09T08:20:05Z'))[0].parsed.iso // '2020-01-09T10:20:00+02:00' for 10:20:05Z
 */
export function relabelByEpoch(candidates: DateCandidate[], epochMs: number): DateCandidate[] {
  const published = candidates.find((c) => c.kind === 'published' && c.parsed.zoned && c.parsed.precision === 'minute');
  const offset = published ? offsetOfIso(published.parsed.iso) : undefined;
  if (!published || offset === undefined) return candidates;
  const minutes = (instantOf(published.parsed.iso) - epochMs) / 60000;
  const hours = Math.round(minutes / 60);
  if (hours === 0 || Math.abs(hours) > MAX_SLIP_HOURS || Math.abs(minutes - hours * 60) > SLACK_MINUTES) return candidates;
  const mislabelled = (c: DateCandidate): boolean => c.parsed.zoned && c.parsed.precision === 'minute' && offsetOfIso(c.parsed.iso) === offset;
  return candidates.map((c) =>
    mislabelled(c) ? { ...c, parsed: { ...c.parsed, iso: isoAtOffset(instantOf(c.parsed.iso) - hours * HOUR, offset + hours * 60) } } : c,
  );
}
