import { describe, expect, it } from 'vitest';
import { hasClock } from '../../../src/extract/dates/has-clock.js';

describe('hasClock', () => {
  it('sees a time of day in any digits', () => {
    expect(hasClock('الأحد 12 يناير 2020 - 8:03 م')).toBe(true);
    expect(hasClock('١٦:٤٥ الثلاثاء ١٤ / ٠٤ / ٢٠٢٠')).toBe(true);
    expect(hasClock('ن ش/اص/ب ط06/06/2020 10:17:03')).toBe(true);
  });

  it('sees none in a day alone', () => {
    expect(hasClock('12 مايو 2020')).toBe(false);
    expect(hasClock('2020-05-12')).toBe(false);
    // A day written with dots (DW, Anadolu): `14.03` is the day and month, not a quarter past two.
    expect(hasClock('14.03.2024')).toBe(false);
    expect(hasClock('2024.03.14')).toBe(false);
    expect(hasClock('14.03.2024 - 19:20')).toBe(true);
  });
});
