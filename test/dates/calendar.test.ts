import { describe, expect, it } from 'vitest';
import { utcInstant } from '../../src/dates/calendar.js';

describe('utcInstant', () => {
  it('is the instant of a UTC wall clock', () => {
    expect(utcInstant(2020, 3, 21, 15, 2, 32)?.toISOString()).toBe('2020-03-21T15:02:32.000Z');
    expect(utcInstant(2020, 2, 29, 0, 0, 0)?.toISOString()).toBe('2020-02-29T00:00:00.000Z');
  });

  it('is undefined for a day, hour, minute or second that does not exist, and a year out of range', () => {
    const impossible: Array<[number, number, number, number, number, number]> = [[2021, 2, 29, 0, 0, 0], [2020, 13, 1, 0, 0, 0], [2020, 3, 21, 24, 0, 0], [2020, 3, 21, 12, 60, 0], [2020, 3, 21, 12, 0, 60], [1899, 1, 1, 0, 0, 0], [2101, 1, 1, 0, 0, 0]];
    for (const args of impossible) {
      expect(utcInstant(...args), args.join('-')).toBeUndefined();
    }
  });
});
