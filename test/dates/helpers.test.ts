import { describe, expect, it } from 'vitest';
import { offsetOf, toWesternDigits, zonedIso } from '../../src/dates/index.js';

describe('toWesternDigits', () => {
  it('rewrites Arabic-Indic and Persian digits and keeps everything else', () => {
    expect(toWesternDigits('١٧ نوفمبر ٢٠١٥')).toBe('17 نوفمبر 2015');
    expect(toWesternDigits('۱۴۴۱ هـ')).toBe('1441 هـ');
    expect(toWesternDigits('٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789 0123456789');
    expect(toWesternDigits('no digits')).toBe('no digits');
    expect(toWesternDigits('')).toBe('');
  });
});

describe('zonedIso', () => {
  it('uses the offset the zone had on that date', () => {
    expect(zonedIso(2015, 11, 17, 18, 59, 'Africa/Cairo')).toBe('2015-11-17T18:59:00+02:00');
    expect(zonedIso(2023, 7, 1, 9, 0, 'Africa/Cairo')).toBe('2023-07-01T09:00:00+03:00');
    expect(zonedIso(2020, 5, 1, 12, 0, 'Africa/Casablanca')).toBe('2020-05-01T12:00:00+00:00');
    expect(zonedIso(2020, 1, 21, 21, 22, 'Asia/Riyadh')).toBe('2020-01-21T21:22:00+03:00');
  });

  it('reads gap and overlap times with the offset in force before the change', () => {
    expect(zonedIso(2023, 4, 28, 0, 30, 'Africa/Cairo')).toBe('2023-04-28T01:30:00+03:00');
    expect(zonedIso(2023, 10, 26, 23, 30, 'Africa/Cairo')).toBe('2023-10-26T23:30:00+03:00');
    expect(zonedIso(2023, 10, 27, 0, 30, 'Africa/Cairo')).toBe('2023-10-27T00:30:00+02:00');
  });

  it('throws a RangeError for impossible input', () => {
    expect(() => zonedIso(2015, 2, 30, 10, 0, 'Africa/Cairo')).toThrow(RangeError);
    expect(() => zonedIso(2015, 11, 17, 24, 0, 'Africa/Cairo')).toThrow(RangeError);
    expect(() => zonedIso(2015, 11, 17, 10, 0, 'Nowhere/Zone')).toThrow(RangeError);
  });
});

describe('offsetOf', () => {
  it('gives the real offset at an instant', () => {
    expect(offsetOf(new Date('2015-11-17T12:00:00Z'), 'Africa/Cairo')).toBe('+02:00');
    expect(offsetOf(new Date('2014-07-15T12:00:00Z'), 'Africa/Cairo')).toBe('+02:00');
    expect(offsetOf(new Date('2014-08-15T12:00:00Z'), 'Africa/Cairo')).toBe('+03:00');
    expect(offsetOf(new Date('2023-01-15T12:00:00Z'), 'Asia/Damascus')).toBe('+03:00');
    expect(offsetOf(new Date('2020-06-01T12:00:00Z'), 'America/St_Johns')).toBe('-02:30');
    expect(offsetOf(new Date('2020-06-01T12:00:00Z'), 'UTC')).toBe('+00:00');
  });

  it('throws a RangeError for an unknown zone or invalid date', () => {
    expect(() => offsetOf(new Date(), 'Nowhere/Zone')).toThrow(RangeError);
    expect(() => offsetOf(new Date(NaN), 'Africa/Cairo')).toThrow(RangeError);
  });
});
