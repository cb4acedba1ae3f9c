/** The examples in docs/dates.md and in the JSDoc of each export give what they say. */
import { describe, expect, it } from 'vitest';
import { findArabicDates, offsetOf, parseArabicDate, toWesternDigits, zonedIso } from '../../src/dates/index.js';

describe('documented examples', () => {
  it('parseArabicDate', () => {
    expect(parseArabicDate('الثلاثاء 17 نوفمبر 2015 - 6:59 م', { timeZone: 'Africa/Cairo' })).toEqual({
      iso: '2015-11-17T18:59:00+02:00', precision: 'minute', calendar: 'gregorian', relative: false, zoned: true,
    });
    expect(parseArabicDate('نشر في: ١٧/١١/٢٠١٥')).toEqual({
      iso: '2015-11-17', precision: 'day', calendar: 'gregorian', relative: false, zoned: false,
    });
    expect(parseArabicDate('26 جمادى الأولى 1441 هـ')).toEqual({
      iso: '2020-01-21', precision: 'day', calendar: 'hijri', relative: false, zoned: false,
    });
    expect(parseArabicDate('منذ ساعتين', { now: new Date('2020-05-02T10:15:30Z'), timeZone: 'Asia/Riyadh' })).toEqual({
      iso: '2020-05-02T11:15:00+03:00', precision: 'minute', calendar: 'gregorian', relative: true, zoned: true,
    });
    expect(parseArabicDate('2015')).toBeNull();
    expect(parseArabicDate('6:59 م')).toBeNull();
    expect(parseArabicDate('17 نوفمبر')).toBeNull();
  });

  it('findArabicDates', () => {
    const line = 'نشر في: الثلاثاء 17 نوفمبر 2015 - 6:59 م | آخر تحديث: الأربعاء 18 نوفمبر 2015 - 1:05 م';
    expect(findArabicDates(line, { timeZone: 'Africa/Cairo' })).toEqual([
      { iso: '2015-11-17T18:59:00+02:00', precision: 'minute', calendar: 'gregorian', relative: false, zoned: true, index: 8, text: 'الثلاثاء 17 نوفمبر 2015 - 6:59 م' },
      { iso: '2015-11-18T13:05:00+02:00', precision: 'minute', calendar: 'gregorian', relative: false, zoned: true, index: 54, text: 'الأربعاء 18 نوفمبر 2015 - 1:05 م' },
    ]);
  });

  it('helpers', () => {
    expect(toWesternDigits('١٧ نوفمبر ٢٠١٥')).toBe('17 نوفمبر 2015');
    expect(toWesternDigits('۱۴۴۱ هـ')).toBe('1441 هـ');
    expect(zonedIso(2015, 11, 17, 18, 59, 'Africa/Cairo')).toBe('2015-11-17T18:59:00+02:00');
    expect(zonedIso(2023, 7, 1, 9, 0, 'Africa/Cairo')).toBe('2023-07-01T09:00:00+03:00');
    expect(zonedIso(2023, 4, 28, 0, 30, 'Africa/Cairo')).toBe('2023-04-28T01:30:00+03:00');
    expect(offsetOf(new Date('2015-11-17T12:00:00Z'), 'Africa/Cairo')).toBe('+02:00');
    expect(offsetOf(new Date('2020-05-01T12:00:00Z'), 'Africa/Casablanca')).toBe('+00:00');
    expect(offsetOf(new Date('2023-01-15T12:00:00Z'), 'Asia/Damascus')).toBe('+03:00');
    expect(offsetOf(new Date('2023-07-01T12:00:00Z'), 'Africa/Cairo')).toBe('+03:00');
  });

  it('machine forms named in the docs', () => {
    expect(parseArabicDate('Tue May 19 2020 08:35:03 GMT+0300 (Arabian Standard Time)')?.iso).toBe('2020-05-19T08:35:03+03:00');
    expect(parseArabicDate('2020-05-19T08:35:03+03:00')?.iso).toBe('2020-05-19T08:35:03+03:00');
  });
});
