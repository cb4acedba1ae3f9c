import { describe, expect, it } from 'vitest';
import { parseArabicDate } from '../../src/dates/index.js';
import { CASES } from './cases.js';

describe('parseArabicDate case table', () => {
  it('has at least 300 cases, 40 of them malformed', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(300);
    expect(CASES.filter((c) => c.expected === null).length).toBeGreaterThanOrEqual(40);
  });

  const groups = [...new Set(CASES.map((c) => c.group))];
  for (const group of groups) {
    describe(group, () => {
      const rows = CASES.filter((c) => c.group === group).map((c) => [c.text, c.options.timeZone ?? '-', c] as const);
      it.each(rows)('%s (%s)', (text, _zone, c) => {
        expect(parseArabicDate(text, c.options)).toEqual(c.expected);
      });
    });
  }
});

describe('acceptance', () => {
  it('reads the key example', () => {
    expect(parseArabicDate('الثلاثاء 17 نوفمبر 2015 - 6:59 م', { timeZone: 'Africa/Cairo' })).toEqual({
      iso: '2015-11-17T18:59:00+02:00',
      precision: 'minute',
      calendar: 'gregorian',
      relative: false,
      zoned: true,
    });
  });

  it('throws a RangeError for an unknown options.timeZone', () => {
    expect(() => parseArabicDate('17 نوفمبر 2015', { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });
});
