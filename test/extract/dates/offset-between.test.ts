import { describe, expect, it } from 'vitest';
import { offsetBetween } from '../../../src/extract/dates/convert.js';

describe('offsetBetween', () => {
  it('is the offset a shown clock puts an instant at, the instant’s seconds dropped', () => {
    expect(offsetBetween('2020-06-07T16:07', '2020-06-07T13:07:35.000Z')).toBe(180);
    expect(offsetBetween('2020-06-07T16:07:00', '2020-06-07T13:07:59+00:00')).toBe(180);
    expect(offsetBetween('2020-01-03T21:06', '2020-01-03T19:06:00Z')).toBe(120);
    expect(offsetBetween('2020-03-01T09:45', '2020-03-01T04:00:00Z')).toBe(345);
    expect(offsetBetween('2020-03-01T01:30', '2020-03-01T12:30:00Z')).toBe(-660);
  });

  it('is undefined for a difference no zone has (off the quarter hour, beyond ±14 h) or an instant without offset', () => {
    expect(offsetBetween('2020-06-07T16:07', '2020-06-07T13:00:00Z')).toBeUndefined();
    expect(offsetBetween('2020-06-08T16:07', '2020-06-07T13:07:00Z')).toBeUndefined();
    expect(offsetBetween('2020-06-07T16:07', '2020-06-07T13:07:00')).toBeUndefined();
  });
});
