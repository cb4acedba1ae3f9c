/**
 * maqal's Arabic date engine: pure functions, no Node APIs, no global state.
 * See docs/dates.md.
 */
export type { FoundDate, ParseDateOptions, ParsedDate } from './types.js';
export { parseArabicDate } from './parse-arabic-date.js';
export { findArabicDates } from './find-arabic-dates.js';
export { toWesternDigits } from './digits.js';
export { offsetOf, zonedIso } from './zone.js';
