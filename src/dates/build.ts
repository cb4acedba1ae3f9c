/**
 * Turn an assembled candidate into the engine's result: check the date exists, convert Hijri,
 * read the wall clock in the written zone (else the options' zone), reject years outside
 * 1900–2100 and anything later than `now` + 1 day.
 */
import { civilFromDays, DAY_MS, formatClock, formatDay, formatMonth, inYearRange, isValidYmd } from './calendar.js';
import type { Ymd } from './calendar.js';
import { hijriToGregorian } from './hijri.js';
import type { Candidate, Clock, DateSpan, Relative } from './model.js';
import type { ParsedDate } from './types.js';
import { isoAtInstant, isoAtOffset, zonedWall, zoneOffset } from './zone.js';
import type { Zone } from './zone.js';

export interface BuildContext {
  /** The zone from options, if any. */
  zone?: Zone;
  /** `now` in epoch milliseconds. */
  now: number;
}

type Meta = Pick<ParsedDate, 'calendar' | 'relative'>;

/** Wall clocks with no known zone could be read anywhere from UTC−12 to UTC+14. */
const WIDEST_OFFSET_MS = 14 * 3_600_000;
const UTC: Zone = { kind: 'offset', minutes: 0 };

function notFuture(result: ParsedDate, earliestMs: number, ctx: BuildContext): ParsedDate | null {
  return earliestMs > ctx.now + DAY_MS ? null : result;
}

/**
 * When the day (or month) starting at y-m-d begins: in `zone` if known, else in the easternmost
 * zone. Far from `now` either way, the zone is not consulted.
 */
function startOf(y: number, m: number, d: number, zone: Zone | undefined, ctx: BuildContext): number {
  const wall = Date.UTC(y, m - 1, d);
  const near = Math.abs(wall - ctx.now) < 3 * DAY_MS;
  return zone && near ? zonedWall(wall, zone).instant : wall - WIDEST_OFFSET_MS;
}

function gregorianOf(a: DateSpan): Ymd | null {
  if (a.conflict) return null;
  if (a.calendar === 'hijri') return a.d === undefined ? null : hijriToGregorian(a.y, a.m, a.d);
  const d = a.d ?? 1;
  return isValidYmd(a.y, a.m, d) ? { y: a.y, m: a.m, d } : null;
}

/** A day, with its clock time if one was written, as a result. */
function dayWithClock(g: Ymd, clock: Clock | null | undefined, zone: Zone | undefined, meta: Meta, ctx: BuildContext): ParsedDate | null {
  if (clock === null || !inYearRange(g.y)) return null;
  const day = formatDay(g.y, g.m, g.d);
  if (clock === undefined) {
    return notFuture({ iso: day, precision: 'day', zoned: false, ...meta }, startOf(g.y, g.m, g.d, zone, ctx), ctx);
  }
  const wall = Date.UTC(g.y, g.m - 1, g.d, clock.h, clock.min, clock.s);
  if (!zone) {
    const iso = `${day}T${formatClock(clock.h, clock.min, clock.s)}`;
    return notFuture({ iso, precision: 'minute', zoned: false, ...meta }, wall - WIDEST_OFFSET_MS, ctx);
  }
  const z = zonedWall(wall, zone);
  return notFuture({ iso: isoAtOffset(z.instant, z.offset), precision: 'minute', zoned: true, ...meta }, z.instant, ctx);
}

/**
 * An existing Gregorian day, and clock, read from a machine-readable timestamp: built as the
 * engine builds a written one (1900–2100, not after `now` + 1 day, the zone's offset).
 */
export function buildGregorian(g: Ymd, clock: Clock | undefined, zone: Zone | undefined, ctx: BuildContext): ParsedDate | null {
  return dayWithClock(g, clock, zone, { calendar: 'gregorian', relative: false }, ctx);
}

function monthResult(y: number, m: number, meta: Meta, ctx: BuildContext): ParsedDate | null {
  if (!inYearRange(y)) return null;
  return notFuture({ iso: formatMonth(y, m), precision: 'month', zoned: false, ...meta }, startOf(y, m, 1, ctx.zone, ctx), ctx);
}

function buildAbsolute(c: Candidate, a: DateSpan, ctx: BuildContext): ParsedDate | null {
  const g = gregorianOf(a);
  if (!g) return null;
  const meta: Meta = { calendar: a.calendar, relative: false };
  if (a.d === undefined) return monthResult(g.y, g.m, meta, ctx);
  return dayWithClock(g, c.clock, c.zone ?? ctx.zone, meta, ctx);
}

/** The calendar date at `now` in `zone`, as days since 1970-01-01. */
function todayIn(zone: Zone, now: number): number {
  return Math.floor((now + zoneOffset(zone, now) * 60_000) / DAY_MS);
}

function buildRelative(c: Candidate, rel: Relative, ctx: BuildContext): ParsedDate | null {
  const meta: Meta = { calendar: 'gregorian', relative: true };
  const zone = c.zone ?? ctx.zone;
  switch (rel.kind) {
    case 'invalid':
      return null;
    case 'instant': {
      const ms = Math.floor((ctx.now - rel.agoMs) / 60_000) * 60_000;
      const iso = isoAtInstant(ms, ctx.zone ?? UTC);
      return inYearRange(Number(iso.slice(0, 4))) ? { iso, precision: 'minute', zoned: true, ...meta } : null;
    }
    case 'days':
      return dayWithClock(civilFromDays(todayIn(zone ?? UTC, ctx.now) - rel.days), c.clock, zone, meta, ctx);
    case 'months': {
      const today = civilFromDays(todayIn(zone ?? UTC, ctx.now));
      const index = today.y * 12 + today.m - 1 - rel.months;
      return monthResult(Math.floor(index / 12), (index % 12) + 1, meta, ctx);
    }
  }
}

/** The result for one candidate, or null when it is not a real, past date. */
export function buildDate(c: Candidate, ctx: BuildContext): ParsedDate | null {
  return c.anchor.type === 'date' ? buildAbsolute(c, c.anchor, ctx) : buildRelative(c, c.anchor.rel, ctx);
}
