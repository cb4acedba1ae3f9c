import { describe, expect, it } from 'vitest';
import { parseArabicDate } from '../../src/dates/index.js';
import { readIsoTimestamp } from '../../src/dates/iso-timestamp.js';

const NOW = new Date('2026-03-01T12:00:00Z');

/** A small seeded generator: the same cases on every run. */
function generator(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n) => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return (s >>> 8) % n;
  };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Timestamps as metadata writes them, with their edge cases: no such day, hour 24, far offsets, the future. */
function timestamps(count: number): string[] {
  const r = generator(7);
  const offsets = ['Z', '+02:00', '-05:00', '+0300', '+05:30', '+14:00', '-12:00', '+14:30', '+02', '+02:60', '-00:00', '+23:59'];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const y = [1899, 1900, 2013, 2020, 2024, 2026, 2027, 2100, 2101][r(9)]!;
    const date = `${y}-${pad(r(14))}-${pad(r(33))}`;
    const form = r(6);
    if (form === 0) out.push(date);
    else {
      const clock = `${pad(r(26))}:${pad(r(62))}${r(2) ? `:${pad(r(62))}` : ''}${r(4) === 0 ? `.${r(1000)}` : ''}`;
      out.push(`${date}${r(3) ? 'T' : ' '}${clock}${r(4) ? offsets[r(offsets.length)]! : ''}`);
    }
  }
  // Around `now`: a day later is allowed, more is not.
  out.push('2026-03-02T11:00:00Z', '2026-03-02T13:00:00Z', '2026-03-03', '2026-03-02', '2026-03-02T23:00:00', '2026-03-01T12:00:00+14:00');
  return out;
}

describe('machine-readable timestamps', () => {
  it.each([undefined, 'Africa/Cairo', 'Asia/Riyadh', 'America/New_York'])('read as the date engine reads them (zone %s)', (timeZone) => {
    const options = { now: NOW, ...(timeZone ? { timeZone } : {}) };
    let dated = 0;
    for (const t of timestamps(3000)) {
      // A leading space takes the engine's general path; the timestamp alone takes the short one.
      const engine = parseArabicDate(` ${t}`, options);
      expect(parseArabicDate(t, options), t).toEqual(engine);
      if (engine) dated++;
    }
    expect(dated).toBeGreaterThan(600); // most generated stamps are real dates, not only rejections
  });

  it('reads the usual metadata forms itself, and leaves the unusual ones to the engine', () => {
    const ctx = { now: NOW.getTime() };
    for (const t of ['2020-03-23T11:26:00+02:00', '2020-03-23T11:26:00.000Z', '2020-03-23', '2020-03-23 11:26:00']) expect(readIsoTimestamp(t, ctx), t).toBeTruthy();
    for (const t of ['2020-03-23T11:26+02', '2020-03-23 11:26+02:00', '23-03-2020', '2020-02-30', '2020-03-23T24:00:00Z', ' 2020-03-23']) expect(readIsoTimestamp(t, ctx), t).toBeUndefined();
    expect(readIsoTimestamp('2031-01-01T00:00:00Z', ctx)).toBeNull(); // the future: rejected as the engine rejects it
  });

  it('keeps the written offset and seconds, drops fractions, and falls back to the zone without an offset', () => {
    expect(parseArabicDate('2020-03-23T11:26:45.123Z')?.iso).toBe('2020-03-23T11:26:45+00:00');
    expect(parseArabicDate('2020-03-23T11:26:00+0200', { timeZone: 'Asia/Riyadh' })?.iso).toBe('2020-03-23T11:26:00+02:00');
    expect(parseArabicDate('2020-03-23 11:26', { timeZone: 'Africa/Cairo' })).toEqual({ iso: '2020-03-23T11:26:00+02:00', precision: 'minute', zoned: true, calendar: 'gregorian', relative: false });
    expect(parseArabicDate('2020-03-23')).toEqual({ iso: '2020-03-23', precision: 'day', zoned: false, calendar: 'gregorian', relative: false });
    expect(parseArabicDate('2020-02-30T10:00:00Z')).toBeNull();
    expect(() => parseArabicDate('2020-03-23', { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });
});
