/** A clock time written in a date's text (`10:17`, `١٦:٤٥`, `8.03`). */
const CLOCK = /[\d٠-٩]\s*[:.]\s*[\d٠-٩]{2}/;

/**
 * Does a date's text show the time of day, not only the day?
 *
 * @example hasClock('الأحد 12 يناير 2020 - 8:03 م') // true
 * @example hasClock('12 مايو 2020') // false
 */
export function hasClock(text: string): boolean {
  return CLOCK.test(text);
}
