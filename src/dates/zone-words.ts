/**
 * Zones written in the text: `بتوقيت القاهرة`, `توقيت مكة المكرمة`, `GMT`, `ت.غ+3`, `(GMT+0400)`,
 * `KSA`, and right after a clock time an ISO/RFC offset (`+02:00`, `-0500`) or `Z`.
 */
import type { ZoneSpan } from './model.js';
import type { Token } from './tokenize.js';
import { phraseAt, ZONE_CODE, ZONE_PLACE, ZONE_PREFIX } from './words.js';
import type { Zone } from './zone.js';

const SIGNS: Readonly<Record<string, number>> = { '+': 1, '-': -1, '−': -1, '–': -1 };

function toZone(name: string): Zone {
  return name === 'UTC' ? { kind: 'offset', minutes: 0 } : { kind: 'iana', name };
}

/**
 * A signed offset at token `j`: `+3`, `+03`, `+03:00`, `+0300` (`short` allows one/two-digit hours
 * without minutes, as after GMT). Returns [minutes, end] or undefined.
 */
function offsetAt(tokens: readonly Token[], j: number, short: boolean): [number, number] | undefined {
  const sign = tokens[j];
  const num = tokens[j + 1];
  if (!sign || sign.kind !== 'punct' || SIGNS[sign.norm] === undefined) return undefined;
  if (!num || num.kind !== 'num' || num.spaceBefore) return undefined;
  let h: number;
  let m = 0;
  let end = j + 2;
  if (num.norm.length === 4) {
    h = Math.floor(num.value / 100);
    m = num.value % 100;
  } else if (num.norm.length <= 2) {
    h = num.value;
    const colon = tokens[end];
    const mins = tokens[end + 1];
    if (colon?.norm === ':' && !colon.spaceBefore && mins?.kind === 'num' && mins.norm.length === 2 && !mins.spaceBefore) {
      m = mins.value;
      end += 2;
    } else if (!short || (num.norm.length === 2 && colon?.norm === ':')) return undefined;
  } else return undefined;
  if (h > 14 || m > 59) return undefined;
  return [SIGNS[sign.norm]! * (h * 60 + m), end];
}

function withOffset(tokens: readonly Token[], zone: Zone, start: number, end: number): ZoneSpan {
  if (zone.kind === 'offset') {
    const off = offsetAt(tokens, end, true);
    if (off) return { type: 'zone', start, end: off[1], zone: { kind: 'offset', minutes: off[0] } };
  }
  return { type: 'zone', start, end, zone };
}

/**
 * Where a zone is being read: `after-time` right after a clock time (RFC `+0200` and `Z` allowed),
 * `after-iso-time` right after an ISO-looking time with `T` or seconds (also `+02:00`, which after
 * a plain `10:00` would rather be the end of a range `10:00-11:00`), else `free`.
 */
export type ZoneContext = 'free' | 'after-time' | 'after-iso-time';

/** A zone starting at token `i`. */
export function zoneAt(tokens: readonly Token[], i: number, context: ZoneContext): ZoneSpan | undefined {
  const prefix = phraseAt(tokens, i, ZONE_PREFIX);
  if (prefix) {
    const place = phraseAt(tokens, prefix.end, ZONE_PLACE) ?? phraseAt(tokens, prefix.end, ZONE_CODE);
    if (place) return withOffset(tokens, toZone(place.value), i, place.end);
  }
  const code = phraseAt(tokens, i, ZONE_CODE);
  if (code) return withOffset(tokens, toZone(code.value), i, code.end);
  if (context === 'free') return undefined;
  const t = tokens[i]!;
  if (t.kind === 'word' && t.norm === 'z' && !t.spaceBefore) return { type: 'zone', start: i, end: i + 1, zone: { kind: 'offset', minutes: 0 } };
  const off = offsetAt(tokens, i, false);
  const ok = off !== undefined && (context === 'after-iso-time' || tokens[i + 1]!.norm.length === 4);
  return ok ? { type: 'zone', start: i, end: off[1], zone: { kind: 'offset', minutes: off[0] } } : undefined;
}
