/**
 * Metadata that writes one clock with two offsets (`article:published_time` 16:22:53Z beside JSON-LD
 * `datePublished` 16:22:53+01:00 — an SEO plugin's schema stamps the UTC clock with the site's offset, another
 * plugin writes the local clock as `Z`): one of them is an hour or more off, and nothing in the metadata says which.
 */
import type { DateCandidate } from './candidates.js';

/** The written wall clock (`2020-04-13T16:22`) and offset (`Z`, `+01:00`) of an ISO-like stamp. */
const STAMP = /^\s*(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})\s*$/i;

function stampOf(text: string): { clock: string; offset: string } | undefined {
  const m = STAMP.exec(text);
  if (!m) return undefined;
  const offset = m[2]!.toUpperCase().replace(':', '');
  return { clock: m[1]!.replace(' ', 'T'), offset: offset === 'Z' || offset === '+0000' || offset === '-0000' ? 'Z' : offset };
}

/**
 * The candidates less every one of a kind (published, updated) whose stamps write the same clock with different
 * offsets: the instant is unresolved, so the metadata gives none for that kind, and the page's own line (its clock
 * read in the site's zone, or its bare day) decides.
 *
 * @example withoutOffsetConflicts([meta('published', '2020-04-13T16:22:53Z'), ld('published', '2020-04-13T16:22:53+01:00')]) // []
 */
export function withoutOffsetConflicts(candidates: DateCandidate[]): DateCandidate[] {
  const conflicted = new Set<DateCandidate['kind']>();
  const seen = new Map<string, string>();
  for (const c of candidates) {
    const s = stampOf(c.text);
    if (!s) continue;
    const key = `${c.kind}|${s.clock}`;
    const offset = seen.get(key);
    if (offset === undefined) seen.set(key, s.offset);
    else if (offset !== s.offset) conflicted.add(c.kind);
  }
  return conflicted.size === 0 ? candidates : candidates.filter((c) => !conflicted.has(c.kind));
}
