/**
 * Time-zone arithmetic with each zone's real history (tz database through `@date-fns/tz`,
 * i.e. `Intl`): offsets on a given instant, wall clock → instant, instant → ISO with offset.
 */
import { tzOffset } from '@date-fns/tz';
import { formatClock, formatDay, isValidYmd, pad2 } from './calendar.js';

/** A zone named in the text or options (IANA), or a fixed offset written in the text (`GMT+3`). */
export type Zone = { kind: 'iana'; name: string } | { kind: 'offset'; minutes: number };

const HOUR_MS = 3_600_000;
const SPAN_MS = 6 * HOUR_MS;

/**
 * Offsets by zone and 6-hour span of UTC, kept only for spans whose two ends agree (no
 * transition inside — zones change at most twice a year): each offset is an `Intl` call,
 * and one page converts the same days many times. Bounded; a pure cache.
 */
const spans = new Map<string, number>();
const SPANS_LIMIT = 5000;

function exactOffset(name: string, ms: number): number {
  return Math.round(tzOffset(name, new Date(ms)));
}

/** UTC offset in whole minutes of the IANA zone `name` at instant `ms` (NaN when unknown). */
function ianaOffset(name: string, ms: number): number {
  const span = Math.floor(ms / SPAN_MS);
  const key = `${name}|${span}`;
  const cached = spans.get(key);
  if (cached !== undefined) return cached;
  const start = exactOffset(name, span * SPAN_MS);
  if (Number.isNaN(start) || start !== exactOffset(name, (span + 1) * SPAN_MS - 1)) return exactOffset(name, ms);
  if (spans.size >= SPANS_LIMIT) spans.clear();
  spans.set(key, start);
  return start;
}

/** UTC offset in whole minutes of `zone` at instant `ms` (NaN for an unknown IANA name). */
export function zoneOffset(zone: Zone, ms: number): number {
  return zone.kind === 'offset' ? zone.minutes : ianaOffset(zone.name, ms);
}

/** Whether `name` is a time zone the runtime knows. */
export function isKnownTimeZone(name: string): boolean {
  let known = knownZones.get(name);
  if (known === undefined) {
    known = !Number.isNaN(tzOffset(name, new Date(0)));
    if (knownZones.size >= 1000) knownZones.clear();
    knownZones.set(name, known);
  }
  return known;
}

/** Zone names already checked (every date parse validates its zone option): bounded, pure. */
const knownZones = new Map<string, boolean>();

/** `+02:00`, `-05:30`, `+00:00`. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(Math.round(minutes));
  return `${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

/** An instant and the UTC offset (minutes) in force there. */
export interface Zoned {
  instant: number;
  offset: number;
}

/**
 * The instant at which the wall clock `wallMs` (wall time written as if it were UTC) is read
 * in `zone`, with the offset then. In an overlap (clocks set back) the earlier instant is taken;
 * in a gap (clocks set forward) the offset in force before the change is used, which moves the
 * time forward by the gap. Both are "the offset in force before the transition", like
 * JavaScript's own `Date`.
 */
export function zonedWall(wallMs: number, zone: Zone): Zoned {
  if (zone.kind === 'offset') return { instant: wallMs - zone.minutes * 60_000, offset: zone.minutes };
  const before = zoneOffset(zone, wallMs - 15 * HOUR_MS);
  const after = zoneOffset(zone, wallMs + 15 * HOUR_MS);
  if (before === after) return { instant: wallMs - before * 60_000, offset: before };
  const valid = (o: number): boolean => zoneOffset(zone, wallMs - o * 60_000) === o;
  const instant = valid(before) || !valid(after) ? wallMs - before * 60_000 : wallMs - after * 60_000;
  return { instant, offset: zoneOffset(zone, instant) };
}

/** ISO 8601 of an instant as the wall clock at UTC offset `offset` (minutes). */
export function isoAtOffset(ms: number, offset: number): string {
  const local = new Date(ms + offset * 60_000);
  const day = formatDay(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
  return `${day}T${formatClock(local.getUTCHours(), local.getUTCMinutes(), local.getUTCSeconds())}${formatOffset(offset)}`;
}

/** ISO 8601 of instant `ms` as the wall clock of `zone` with that zone's offset then. */
export function isoAtInstant(ms: number, zone: Zone): string {
  return isoAtOffset(ms, zoneOffset(zone, ms));
}

/**
 * The UTC offset of `timeZone` at `date`, as `±HH:MM`.
 *
 * @example
 * offsetOf(new Date('2015-11-17T12:00:00Z'), 'Africa/Cairo') // '+02:00'
 * offsetOf(new Date('2023-07-01T12:00:00Z'), 'Africa/Cairo') // '+03:00' (DST from 2023)
 * offsetOf(new Date('2020-05-01T12:00:00Z'), 'Africa/Casablanca') // '+00:00' (Ramadan)
 */
export function offsetOf(date: Date, timeZone: string): string {
  const minutes = ianaOffset(timeZone, date.getTime());
  if (Number.isNaN(minutes) || Number.isNaN(date.getTime())) throw new RangeError(`Invalid date or time zone: ${timeZone}`);
  return formatOffset(minutes);
}

/**
 * ISO 8601 of a wall-clock time in `timeZone`, with the offset the zone really had then.
 * Month is 1–12. A time in a DST gap or overlap is read with the offset in force before the
 * change (see docs/dates.md). Throws a RangeError for an impossible date or unknown zone.
 *
 * @example
 * zonedIso(2015, 11, 17, 18, 59, 'Africa/Cairo') // '2015-11-17T18:59:00+02:00'
 * zonedIso(2023, 7, 1, 9, 0, 'Africa/Cairo')     // '2023-07-01T09:00:00+03:00'
 * zonedIso(2020, 1, 21, 21, 22, 'Asia/Riyadh')   // '2020-01-21T21:22:00+03:00'
 */
export function zonedIso(y: number, m: number, d: number, h: number, min: number, timeZone: string): string {
  const okClock = Number.isInteger(h) && Number.isInteger(min) && h >= 0 && h <= 23 && min >= 0 && min <= 59;
  if (!isValidYmd(y, m, d) || !okClock || !isKnownTimeZone(timeZone)) {
    throw new RangeError(`Invalid date, time or time zone: ${y}-${m}-${d} ${h}:${min} ${timeZone}`);
  }
  const z = zonedWall(Date.UTC(y, m - 1, d, h, min), { kind: 'iana', name: timeZone });
  return isoAtOffset(z.instant, z.offset);
}
