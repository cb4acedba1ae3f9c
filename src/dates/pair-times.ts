/**
 * Give clock times to the dates they belong to, and each time the zone written next to it.
 * Dates and times joined only by fillers (gap.ts) form a cluster; a cluster reads either
 * "date then time" (`17 نوفمبر 2015 - 6:59 م`) or "time then date" (`03:39 م | الجمعة 01 مايو
 * 2020`), decided for the whole cluster so that a line of several dates is read consistently.
 */
import { gapLength, isFiller } from './gap.js';
import type { Assembling, Span, TimeSpan, ZoneSpan } from './model.js';
import type { Token } from './tokenize.js';

type Work = Assembling;

function takesTime(w: Work | undefined): w is Work {
  if (!w || w.clock !== undefined) return false;
  return w.anchor.type === 'date' ? w.anchor.d !== undefined : w.anchor.rel.kind === 'days';
}

interface SpanIndex {
  zoneByStart: Map<number, ZoneSpan>;
  zoneByEnd: Map<number, ZoneSpan>;
  timeStarts: Set<number>;
}

function indexSpans(spans: readonly Span[]): SpanIndex {
  const index: SpanIndex = { zoneByStart: new Map(), zoneByEnd: new Map(), timeStarts: new Set() };
  for (const s of spans) {
    if (s.type === 'zone') index.zoneByStart.set(s.start, s);
    if (s.type === 'zone') index.zoneByEnd.set(s.end, s);
    if (s.type === 'time') index.timeStarts.add(s.start);
  }
  return index;
}

/** The zone written just before a time (`KSA 21:22`, `(GMT 17:27`) or just after it, not another time's. */
function zoneFor(tokens: readonly Token[], index: SpanIndex, t: TimeSpan): ZoneSpan | undefined {
  const before = index.zoneByEnd.get(t.start) ?? (tokens[t.start - 1]?.norm === '(' ? index.zoneByEnd.get(t.start - 1) : undefined);
  if (before) return before;
  for (let k = t.end; k <= t.end + 2 && k < tokens.length; k++) {
    const z = index.zoneByStart.get(k);
    if (z) return index.timeStarts.has(z.end) ? undefined : z;
    if (tokens[k]!.kind !== 'punct' || !isFiller(tokens[k]!)) return undefined;
  }
  return undefined;
}

function attach(w: Work, t: TimeSpan, zone: ZoneSpan | undefined): void {
  w.clock = t.clock;
  w.start = Math.min(w.start, t.start, zone?.start ?? t.start);
  w.end = Math.max(w.end, t.end, zone?.end ?? t.end);
  if (zone) w.zone = zone.zone;
}

/** A date or a clock time, in text order, for pairing. */
interface Item {
  start: number;
  end: number;
  time?: TimeSpan;
  work?: Work;
}

function itemsOf(spans: readonly Span[], works: readonly Work[]): Item[] {
  const items: Item[] = [];
  let w = 0;
  for (const t of spans) {
    if (t.type !== 'time') continue;
    for (; w < works.length && works[w]!.coreStart < t.start; w++) items.push({ start: works[w]!.coreStart, end: works[w]!.coreEnd, work: works[w] });
    items.push({ start: t.start, end: t.end, time: t });
  }
  for (; w < works.length; w++) items.push({ start: works[w]!.coreStart, end: works[w]!.coreEnd, work: works[w] });
  return items;
}

type Pair = readonly [time: number, date: number];

/** Times paired with the date just after them (`before`) or just before them (`after`) in one cluster. */
function plan(items: readonly Item[], links: readonly number[], from: number, to: number, side: 'before' | 'after'): { pairs: Pair[]; gap: number } {
  const pairs: Pair[] = [];
  let gap = 0;
  for (let k = from; k <= to; k++) {
    if (!items[k]!.time) continue;
    const d = side === 'after' ? k - 1 : k + 1;
    if (d < from || d > to || !takesTime(items[d]!.work)) continue;
    pairs.push([k, d]);
    gap += links[Math.min(k, d)]!;
  }
  return { pairs, gap };
}

/** Cost of leaving a time or a date of a cluster unpaired, against the filler weight of a pair. */
const UNPAIRED_COST = 3;

function cost(p: { pairs: Pair[]; gap: number }, times: number, dates: number): number {
  return p.gap + UNPAIRED_COST * (times - p.pairs.length + dates - p.pairs.length);
}

/**
 * Pair times with dates inside one cluster of items joined by fillers. A cluster reads either
 * "date then time" or "time then date", whichever costs less (filler weight of the pairs, plus a
 * fixed cost for each time or date left alone; a tie reads "date then time"). Times left over may
 * still join a free date on their other side.
 */
function pairCluster(items: readonly Item[], links: readonly number[], from: number, to: number): Pair[] {
  let times = 0;
  let dates = 0;
  for (let k = from; k <= to; k++) {
    if (items[k]!.time) times++;
    else if (takesTime(items[k]!.work)) dates++;
  }
  const after = plan(items, links, from, to, 'after');
  const before = plan(items, links, from, to, 'before');
  const afterWins = cost(after, times, dates) <= cost(before, times, dates);
  const [first, second] = afterWins ? [after, before] : [before, after];
  const usedTimes = new Set(first.pairs.map((p) => p[0]));
  const usedDates = new Set(first.pairs.map((p) => p[1]));
  const extra = second.pairs.filter(([t, d]) => !usedTimes.has(t) && !usedDates.has(d));
  return [...first.pairs, ...extra];
}

/** Give clock times (and their zones) to the dates they belong to; mutates `works`. */
export function attachTimes(tokens: readonly Token[], spans: readonly Span[], zoneEnds: ReadonlyMap<number, number>, works: Work[]): void {
  const index = indexSpans(spans);
  const items = itemsOf(spans, works);
  const links = items.map((it, k) => (k + 1 < items.length ? gapLength(tokens, zoneEnds, it.end, items[k + 1]!.start) : Infinity));
  for (let from = 0; from < items.length; ) {
    let to = from;
    while (links[to] !== Infinity) to++;
    for (const [t, d] of pairCluster(items, links, from, to)) {
      const time = items[t]!.time!;
      attach(items[d]!.work!, time, zoneFor(tokens, index, time));
    }
    from = to + 1;
  }
}

