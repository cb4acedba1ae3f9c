/**
 * Hijri → Gregorian by the Umm al-Qura calendar (the official calendar of Saudi Arabia), from a
 * table of month lengths for 1356–1500 AH (1937-03-14 … 2077-11-16). No ICU data is needed.
 *
 * Source of the table: R. H. van Gent, "The Umm al-Qura Calendar of Saudi Arabia" (Utrecht
 * University, https://webspace.science.uu.nl/~gent0113/islam/ummalqura.htm), month starts
 * 1356–1500 AH, as distributed in moment-hijri's `ummalquraData`, with three later corrections
 * taken from .NET's UmAlQuraCalendar table: 1427 (Jumada I has 30 days, Jumada II 29) and 1446
 * (Jumada I 29, Jumada II 30) — both also as in ICU — and 1485 (Ramadan 29, Shawwal 30).
 * For 1420–1450 AH every month start equals ICU's (`Intl.DateTimeFormat` with
 * `calendar: 'islamic-umalqura'`), which test/dates/hijri.test.ts checks. Before 1420 the
 * published calendars followed other rules and sources differ by a day here and there; after 1450
 * ICU uses its own estimate, which this table does not follow.
 *
 * Encoding: three hex digits per year from 1356; bit k (k = 0 for Muharram) set = month k+1 has
 * 30 days, clear = 29 days. The table's one 28-day month (Sha'ban 1364) is listed apart.
 */
import { civilFromDays } from './calendar.js';
import type { Ymd } from './calendar.js';

export const HIJRI_FIRST_YEAR = 1356;
export const HIJRI_LAST_YEAR = 1500;

const MONTH_BITS =
  '4d4d5564b497d55555555d55755d55555555d556d5555ea5d2aaaacd5655572da9555aaa55552da6d55a55574dd53d54556d552d5d55d54d4565552da5d55aad56aad4b52aa574ae97656cb55aaaa554ad95d2da5d9db2ba4b4aa552b5575b6abd2bc4b89a9552d5adb6a6d4dc9d92aa69562ae56d36ab55aaa94d49d95d2ba5b55aad55a9a92e26e55dada6d46a554ba9754eaae5acba9d92b2564bcab55ab556d2ea5e4aa9552daad36c7596d269552da5b4ba9ba3b4b69b52aa64b696d2ec6d9eb2d54d2aa564ae96dd6ab54b29a9352ba57536ab56aae93';

/** 1 Muharram 1356 = 1937-03-14. */
const EPOCH_DAYS = -11981;

function yearBits(y: number): number {
  const at = (y - HIJRI_FIRST_YEAR) * 3;
  return parseInt(MONTH_BITS.slice(at, at + 3), 16);
}

/** Days in Hijri month `m` of year `y` (Umm al-Qura), or 0 outside the table. */
export function hijriMonthLength(y: number, m: number): number {
  if (!Number.isInteger(y) || y < HIJRI_FIRST_YEAR || y > HIJRI_LAST_YEAR || m < 1 || m > 12) return 0;
  if (y === 1364 && m === 8) return 28;
  return (yearBits(y) >> (m - 1)) & 1 ? 30 : 29;
}

function yearLength(y: number): number {
  let days = 0;
  for (let m = 1; m <= 12; m++) days += hijriMonthLength(y, m);
  return days;
}

/** Days from 1 Muharram 1356 to 1 Muharram of each year 1356–1500 (a 145-entry table). */
function buildYearStarts(): readonly number[] {
  const starts = [0];
  for (let y = HIJRI_FIRST_YEAR; y < HIJRI_LAST_YEAR; y++) starts.push(starts[starts.length - 1]! + yearLength(y));
  return starts;
}

const YEAR_STARTS = /* @__PURE__ */ buildYearStarts();

function daysBefore(y: number, m: number): number {
  let days = YEAR_STARTS[y - HIJRI_FIRST_YEAR]!;
  for (let mm = 1; mm < m; mm++) days += hijriMonthLength(y, mm);
  return days;
}

/**
 * The Gregorian date of Umm al-Qura day `d` of month `m` (1 = محرم) of year `y`, or null
 * when the year is outside 1356–1500 or the day does not exist (30 in a 29-day month).
 *
 * @example
 * hijriToGregorian(1441, 9, 1)  // { y: 2020, m: 4, d: 24 }  (1 رمضان 1441)
 * hijriToGregorian(1441, 5, 26) // { y: 2020, m: 1, d: 21 }
 */
export function hijriToGregorian(y: number, m: number, d: number): Ymd | null {
  const len = hijriMonthLength(y, m);
  if (len === 0 || !Number.isInteger(d) || d < 1 || d > len) return null;
  return civilFromDays(EPOCH_DAYS + daysBefore(y, m) + d - 1);
}
