/** Internal shapes passed between the date engine's stages (tokens → spans → candidates → result). */
import type { Zone } from './zone.js';

/** A wall-clock time of day. */
export interface Clock {
  h: number;
  min: number;
  s: number;
}

/** A calendar date as written: `d` is absent for month precision (`نوفمبر 2015`). */
export interface DateSpan {
  type: 'date';
  start: number;
  end: number;
  calendar: 'gregorian' | 'hijri';
  y: number;
  m: number;
  d?: number;
  /** The written parts contradict each other (`مارس/أبريل`, a Hijri era after a Gregorian date). */
  conflict?: boolean;
}

/** How far back a relative expression points. */
export type Relative =
  | { kind: 'instant'; agoMs: number; bare: boolean }
  | { kind: 'days'; days: number; bare: boolean }
  | { kind: 'months'; months: number }
  | { kind: 'invalid' };

export interface RelativeSpan {
  type: 'relative';
  start: number;
  end: number;
  rel: Relative;
}

/** A clock time; `clock` is null when it is written but impossible (`25:70`). */
export interface TimeSpan {
  type: 'time';
  start: number;
  end: number;
  clock: Clock | null;
}

export interface ZoneSpan {
  type: 'zone';
  start: number;
  end: number;
  zone: Zone;
}

export type Span = DateSpan | RelativeSpan | TimeSpan | ZoneSpan;

/** One date assembled from its spans (token indices `start`..`end`). */
export interface Candidate {
  anchor: DateSpan | RelativeSpan;
  /** Undefined: no time written; null: a malformed time was written. */
  clock?: Clock | null;
  zone?: Zone;
  start: number;
  end: number;
}

/** A candidate while it is being assembled. */
export interface Assembling extends Candidate {
  /** Token range of the date words themselves (with a leading weekday, without time and zone). */
  coreStart: number;
  coreEnd: number;
}
