import { describe, expect, it } from 'vitest';
import { hijriMonthLength, hijriToGregorian } from '../../src/dates/hijri.js';

function umalquraFormatter(): Intl.DateTimeFormat | undefined {
  const f = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
  return f.resolvedOptions().calendar === 'islamic-umalqura' ? f : undefined;
}

function icuHijri(f: Intl.DateTimeFormat, y: number, m: number, d: number): [number, number, number] {
  const parts = f.formatToParts(new Date(Date.UTC(y, m - 1, d)));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)!.value.replace(/\D/g, ''));
  return [get('year'), get('month'), get('day')];
}

describe('Umm al-Qura conversion', () => {
  const f = umalquraFormatter();

  it.skipIf(!f)("matches ICU's islamic-umalqura on every month start of 1420–1450 AH", () => {
    for (let y = 1420; y <= 1450; y++) {
      for (let m = 1; m <= 12; m++) {
        const g = hijriToGregorian(y, m, 1)!;
        expect(icuHijri(f!, g.y, g.m, g.d), `${y}/${m}`).toEqual([y, m, 1]);
        const last = hijriToGregorian(y, m, hijriMonthLength(y, m))!;
        expect(icuHijri(f!, last.y, last.m, last.d), `${y}/${m} last day`).toEqual([y, m, hijriMonthLength(y, m)]);
      }
    }
  });

  it('converts known dates', () => {
    expect(hijriToGregorian(1356, 1, 1)).toEqual({ y: 1937, m: 3, d: 14 });
    expect(hijriToGregorian(1441, 9, 1)).toEqual({ y: 2020, m: 4, d: 24 });
    expect(hijriToGregorian(1441, 10, 1)).toEqual({ y: 2020, m: 5, d: 24 });
    expect(hijriToGregorian(1441, 5, 26)).toEqual({ y: 2020, m: 1, d: 21 });
    expect(hijriToGregorian(1444, 12, 10)).toEqual({ y: 2023, m: 6, d: 28 });
    expect(hijriToGregorian(1445, 9, 1)).toEqual({ y: 2024, m: 3, d: 11 });
    expect(hijriToGregorian(1446, 9, 1)).toEqual({ y: 2025, m: 3, d: 1 });
    expect(hijriToGregorian(1500, 12, hijriMonthLength(1500, 12))).toEqual({ y: 2077, m: 11, d: 16 });
  });

  it('has month lengths of 29 or 30 days (one 28-day month in the source table)', () => {
    for (let y = 1356; y <= 1500; y++) {
      for (let m = 1; m <= 12; m++) {
        const len = hijriMonthLength(y, m);
        if (y === 1364 && m === 8) expect(len).toBe(28);
        else expect([29, 30]).toContain(len);
      }
    }
  });

  it('returns null outside the table or for days a month does not have', () => {
    expect(hijriToGregorian(1355, 12, 1)).toBeNull();
    expect(hijriToGregorian(1501, 1, 1)).toBeNull();
    expect(hijriToGregorian(1441, 13, 1)).toBeNull();
    expect(hijriToGregorian(1441, 10, 30)).toBeNull();
    expect(hijriToGregorian(1441, 9, 0)).toBeNull();
  });
});
