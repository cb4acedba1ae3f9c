/** Instants ↔ wall-clock ISO strings in a zone, via @date-fns/tz (real zone history). */
import { formatOffset, zoneOffset } from '../../dates/zone.js';

export { formatOffset };

const pad = (n: number, w = 2): string => String(Math.abs(n)).padStart(w, '0');

/** Offset (minutes) written at the end of an ISO string; undefined when it has none. */
export function offsetOfIso(iso: string): number | undefined {
  if (/Z$/i.test(iso)) return 0;
  const m = /([+-])(\d\d):?(\d\d)$/.exec(iso);
  if (!m || !/T/.test(iso)) return undefined;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/** The instant as ISO with a fixed offset, its seconds as the source gave them (`:00` for a clock shown to the minute). */
export function isoAtOffset(ms: number, offsetMinutes: number): string {
  const d = new Date(ms + offsetMinutes * 60000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${formatOffset(offsetMinutes)}`;
}

/** The instant as ISO in an IANA zone, with the offset in force then. */
export function isoInZone(ms: number, timeZone: string): string {
  return isoAtOffset(ms, zoneOffset({ kind: 'iana', name: timeZone }, ms));
}

/** `YYYY-MM-DDTHH:mm:ss` of an ISO string as written (its own wall clock, seconds and all). */
export function wallTime(iso: string): string {
  return iso.slice(0, 19);
}

/** `YYYY-MM-DDTHH:mm` of an ISO string as written (its own wall clock). */
export function wallClock(iso: string): string {
  return iso.slice(0, 16);
}

/** Whole instant of an ISO string with offset, in ms; NaN without one. */
export function instantOf(iso: string): number {
  return offsetOfIso(iso) === undefined ? NaN : Date.parse(iso);
}

/** The widest UTC offsets in use (−12 h … +14 h), in minutes. */
const MAX_OFFSET = 14 * 60;

/**
 * The UTC offset a wall-clock time shows an instant at, when it is one a zone could have (quarter
 * hours within ±14 h); else undefined.
 *
 * @example offsetBetween('2020-06-07T16:07', '2020-06-07T13:07:35.000Z') // 180
 */
export function offsetBetween(wallIso: string, instantIso: string): number | undefined {
  const wallAsUtc = Date.parse(`${wallClock(wallIso)}:00Z`);
  // The clock shows whole minutes: the instant's seconds are dropped, not rounded (13:07:35Z shown as 16:07 is +03:00).
  const diff = (wallAsUtc - Math.floor(instantOf(instantIso) / 60000) * 60000) / 60000;
  return Number.isFinite(diff) && Math.abs(diff) <= MAX_OFFSET && diff % 15 === 0 ? diff : undefined;
}
