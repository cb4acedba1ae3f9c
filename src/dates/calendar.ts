/** Proleptic Gregorian helpers on plain numbers (month 1–12), all in UTC arithmetic. */

export const DAY_MS = 86_400_000;
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** Days in month `m` of year `y`. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Whether y-m-d is a real Gregorian day (31 فبراير is not). */
export function isValidYmd(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/**
 * The UTC instant of a wall clock read in UTC, or undefined when it is no real instant (`02-30`, `25:00`) or its year
 * is outside 1900–2100.
 *
 * @example utcInstant(2020, 3, 21, 15, 2, 32)?.toISOString() // '2020-03-21T15:02:32.000Z'
 */
export function utcInstant(y: number, m: number, d: number, h: number, mi: number, s: number): Date | undefined {
  if (!inYearRange(y) || !isValidYmd(y, m, d) || h > 23 || mi > 59 || s > 59) return undefined;
  return new Date(Date.UTC(y, m - 1, d, h, mi, s));
}

/** Whether the year is one the engine accepts (1900–2100). */
export function inYearRange(y: number): boolean {
  return y >= MIN_YEAR && y <= MAX_YEAR;
}

/** Days since 1970-01-01 of a civil date. */
export function daysFromCivil(y: number, m: number, d: number): number {
  const ms = Date.UTC(y, m - 1, d);
  return Math.round(ms / DAY_MS);
}

/** The civil date `days` after 1970-01-01. */
export function civilFromDays(days: number): Ymd {
  const dt = new Date(days * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export const pad2 = (n: number): string => String(n).padStart(2, '0');
const pad4 = (n: number): string => String(n).padStart(4, '0');

/** `YYYY-MM-DD`. */
export function formatDay(y: number, m: number, d: number): string {
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
}

/** `YYYY-MM`. */
export function formatMonth(y: number, m: number): string {
  return `${pad4(y)}-${pad2(m)}`;
}

/** `HH:MM:SS`. */
export function formatClock(h: number, min: number, s: number): string {
  return `${pad2(h)}:${pad2(min)}:${pad2(s)}`;
}
