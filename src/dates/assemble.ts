/**
 * Group spans into dates: a Hijri date next to a Gregorian one becomes one date, a weekday just
 * before a date joins it, a relative word next to a written date is dropped, clock times and
 * zones are attached (pair-times.ts), and a bare `اليوم`/`أمس`/`الآن` is kept only standing alone.
 */
import { gapLength, isFiller, zoneEndsOf } from './gap.js';
import type { Assembling, Candidate, DateSpan, RelativeSpan, Span } from './model.js';
import { attachTimes } from './pair-times.js';
import type { Token } from './tokenize.js';
import { phraseAt, WEEKDAY } from './words.js';

type Work = Assembling;

const isAnchor = (s: Span): s is DateSpan | RelativeSpan => s.type === 'date' || s.type === 'relative';

function toWork(anchor: DateSpan | RelativeSpan, start = anchor.start, end = anchor.end): Work {
  return { anchor, start, end, coreStart: start, coreEnd: end };
}

/** Take in a weekday written just before a date (`الثلاثاء، 17 نوفمبر 2015`): it belongs to it. */
function withWeekday(tokens: readonly Token[], w: Work): Work {
  if (w.anchor.type !== 'date') return w;
  const comma = tokens[w.start - 1]?.norm === '،' || tokens[w.start - 1]?.norm === ',';
  const at = comma ? w.start - 2 : w.start - 1;
  if (at < 0 || phraseAt(tokens, at, WEEKDAY)?.end !== at + 1) return w;
  return { ...w, start: at, coreStart: at };
}

/** Pair each Hijri date with an adjacent Gregorian one (the Gregorian one is kept). */
function mergeCalendars(tokens: readonly Token[], zoneEnds: ReadonlyMap<number, number>, anchors: readonly (DateSpan | RelativeSpan)[]): Work[] {
  const out: Work[] = [];
  for (let k = 0; k < anchors.length; k++) {
    const a = anchors[k]!;
    const b = anchors[k + 1];
    const pair = a.type === 'date' && b?.type === 'date' && a.calendar !== b.calendar;
    if (pair && gapLength(tokens, zoneEnds, a.end, b.start) !== Infinity) {
      out.push(toWork(a.calendar === 'gregorian' ? a : b, a.start, b.end));
      k++;
    } else out.push(toWork(a));
  }
  return out;
}

/** Drop a relative word standing next to a written date (`اليوم الثلاثاء 17 نوفمبر 2015`). */
function dropRelativesNearDates(tokens: readonly Token[], zoneEnds: ReadonlyMap<number, number>, works: readonly Work[]): Work[] {
  const near = (a: Work | undefined, b: Work | undefined): boolean =>
    a !== undefined && b !== undefined && gapLength(tokens, zoneEnds, a.coreEnd, b.coreStart) !== Infinity;
  return works.filter((w, k) => {
    if (w.anchor.type !== 'relative') return true;
    const prev = works[k - 1];
    const next = works[k + 1];
    return !((prev?.anchor.type === 'date' && near(prev, w)) || (next?.anchor.type === 'date' && near(w, next)));
  });
}

function isBare(w: Work): boolean {
  const rel = w.anchor.type === 'relative' ? w.anchor.rel : undefined;
  return rel !== undefined && (rel.kind === 'instant' || rel.kind === 'days') && rel.bare && w.clock === undefined;
}

/**
 * A bare `اليوم`, `أمس`, `الآن` counts only standing alone among fillers (`نشر: أمس`), not
 * inside a sentence (`أعلنت الوزارة اليوم أن…`) or a name (`اليوم السابع`).
 */
function standsAlone(tokens: readonly Token[], w: Work): boolean {
  const before = tokens[w.start - 1];
  const after = tokens[w.end];
  return (before === undefined || isFiller(before)) && (after === undefined || isFiller(after));
}

/** Dates assembled from the spans of one token list, in text order. */
export function assemble(tokens: readonly Token[], spans: readonly Span[]): Candidate[] {
  const zoneEnds = zoneEndsOf(spans);
  const merged = mergeCalendars(tokens, zoneEnds, spans.filter(isAnchor)).map((w) => withWeekday(tokens, w));
  const works = dropRelativesNearDates(tokens, zoneEnds, merged);
  attachTimes(tokens, spans, zoneEnds, works);
  return works.filter((w) => !isBare(w) || standsAlone(tokens, w)).map(({ anchor, clock, zone, start, end }) => ({ anchor, clock, zone, start, end }));
}
