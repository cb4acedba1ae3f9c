/**
 * Machine-readable timestamps (`2020-03-23T11:26:00+02:00`, `2020-03-23`): what `<meta>`,
 * JSON-LD and `<time datetime>` carry on nearly every page. Read here with one regular
 * expression instead of the whole date engine (tokens, spans, candidates), and built by the
 * engine's own builder, so the result is the one the engine gives. Anything unusual — other
 * separators, an offset of hours only, a leap second — is left to the engine.
 */
import { buildGregorian, type BuildContext } from './build.js';
import { isValidYmd } from './calendar.js';
import type { ParsedDate } from './types.js';
import type { Zone } from './zone.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:([T ])(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * The zone of a written offset as the engine reads it (hours up to 14), or undefined. `+02:00`
 * after a plain `10:00` (no `T`, no seconds) may end a range (`10:00-11:00`): the engine decides.
 */
function offsetZone(written: string, isoTime: boolean): Zone | undefined {
  if (written === 'Z') return { kind: 'offset', minutes: 0 };
  if (written.length === 6 && !isoTime) return undefined;
  const h = Number(written.slice(1, 3));
  const m = Number(written.slice(-2));
  if (h > 14 || m > 59) return undefined;
  return { kind: 'offset', minutes: (h * 60 + m) * (written[0] === '-' ? -1 : 1) };
}

/**
 * The date of a whole-string ISO 8601 timestamp, `null` when the engine would reject it (no
 * such day, out of range, in the future), or `undefined` when this is not such a string.
 *
 * @example readIsoTimestamp('2020-03-23T11:26:00Z', { now: Date.now() })?.iso // '2020-03-23T11:26:00+00:00'
 */
export function readIsoTimestamp(text: string, ctx: BuildContext): ParsedDate | null | undefined {
  if (text.length < 10 || text.length > 35) return undefined;
  const m = ISO.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, sep, h, min, s, off] = m;
  const day = { y: Number(y), m: Number(mo), d: Number(d) };
  // No such day: the engine may read the numbers in another order.
  if (!isValidYmd(day.y, day.m, day.d)) return undefined;
  if (h === undefined) return buildGregorian(day, undefined, ctx.zone, ctx);
  const zone = off === undefined ? ctx.zone : offsetZone(off, sep === 'T' || s !== undefined);
  if (zone === undefined && off !== undefined) return undefined;
  const clock = { h: Number(h), min: Number(min), s: s === undefined ? 0 : Number(s) };
  if (clock.h > 23 || clock.min > 59 || clock.s > 59) return undefined;
  return buildGregorian(day, clock, zone, ctx);
}
