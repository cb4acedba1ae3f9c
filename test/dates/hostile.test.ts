import { describe, expect, it } from 'vitest';
import { findArabicDates, parseArabicDate } from '../../src/dates/index.js';

const MB = 1_000_000;
const options = { timeZone: 'Africa/Cairo', now: new Date('2025-06-15T12:00:00Z') };

const HOSTILE: Readonly<Record<string, string>> = {
  letters: 'a'.repeat(MB),
  digits: '1'.repeat(MB),
  arabicDigits: '٣'.repeat(MB),
  colons: '1:'.repeat(MB / 2),
  slashes: '١/'.repeat(MB / 2),
  dots: '1.1.'.repeat(MB / 4),
  dashes: '-1'.repeat(MB / 2),
  tatweel: 'ـ'.repeat(MB),
  diacritics: 'نَ'.repeat(MB / 2),
  parens: '('.repeat(MB),
  spaces: ' '.repeat(MB),
  since: 'منذ '.repeat(MB / 4),
  months: 'نوفمبر '.repeat(MB / 7),
  dayMonths: '17 نوفمبر '.repeat(MB / 10),
  doubled: 'شباط/فبراير/'.repeat(MB / 12),
  weekdays: 'الثلاثاء، '.repeat(MB / 10),
  times: '6:59 م '.repeat(MB / 7),
  gmt: 'GMT+3 '.repeat(MB / 6),
  relative: 'منذ 5 '.repeat(MB / 6),
  mixed: 'نشر في: 17/11/20155 - 99:99 م بتوقيت | '.repeat(MB / 40),
};

function timed<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const out = fn();
  return [out, performance.now() - t0];
}

describe('hostile input', () => {
  for (const [name, text] of Object.entries(HOSTILE)) {
    it(`parseArabicDate on 1 MB of ${name} returns within 500 ms (bounded, not exponential)`, () => {
      parseArabicDate(text.slice(0, 1000), options); // warm-up
      const [, ms] = timed(() => parseArabicDate(text, options));
      expect(ms).toBeLessThan(500);
    });
  }

  for (const [name, text] of Object.entries(HOSTILE)) {
    it(`findArabicDates scans 1 MB of ${name} in linear time (well under 1.5 s)`, () => {
      const [found, ms] = timed(() => findArabicDates(text, options));
      expect(found).toEqual([]);
      expect(ms).toBeLessThan(5000);
    }, 20_000);
  }

  it('finds every date in 1 MB of repeated date lines', () => {
    const line = 'الثلاثاء 17 نوفمبر 2015 - 6:59 م | ';
    const text = line.repeat(Math.floor(MB / line.length));
    const [found, ms] = timed(() => findArabicDates(text, options));
    expect(found.length).toBe(Math.floor(MB / line.length));
    expect(new Set(found.map((f) => f.iso))).toEqual(new Set(['2015-11-17T18:59:00+02:00']));
    expect(ms).toBeLessThan(8000);
  }, 20_000);

  it('reads only the first 4 KB in parseArabicDate', () => {
    expect(parseArabicDate(`${' '.repeat(MB)}17 نوفمبر 2015`)).toBeNull();
    expect(parseArabicDate(`17 نوفمبر 2015${' '.repeat(MB)}`)).toMatchObject({ iso: '2015-11-17' });
  });

  it('does not throw on lone surrogates, control characters or odd types of whitespace', () => {
    const odd = '\uD800\u0000\u200F\u202E17\u00A0نوفمبر\u2009٢٠١٥\u200E';
    expect(parseArabicDate(odd)).toMatchObject({ iso: '2015-11-17' });
    expect(() => findArabicDates('\uDFFF'.repeat(10_000))).not.toThrow();
  });
});
