/**
 * `maqal/dates`: the Arabic date engine on its own, without the HTML parser.
 *
 * @example
 * import { parseArabicDate } from 'maqal/dates';
 * parseArabicDate('الثلاثاء 17 نوفمبر 2015 - 6:59 م', { timeZone: 'Africa/Cairo' })?.iso
 * // '2015-11-17T18:59:00+02:00'
 */
export * from './dates/index.js';
