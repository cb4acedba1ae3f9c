/** A clock time written in a date's text (`10:17`, `١٦:٤٥`, `8.03`). */
const CLOCK = /[\d٠-٩]\s*[:.]\s*[\d٠-٩]{2}/;
/** A day written with dots, slashes or dashes (`14.03.2024`, `2024.03.14`): its `14.03` is no clock. */
const NUMERIC_DAY = /[\d٠-٩]{1,4}([./-])[\d٠-٩]{1,2}\1[\d٠-٩]{1,4}/g;

/**
 * Does a date's text show the time of day, not only the day?
 *
 * @example hasClock('الأحد 12 يناير 2020 - 8:03 م') // true
 * @example hasClock('12 مايو 2020') // false
 * @example hasClock('14.03.2024') // false
 */
export function hasClock(text: string): boolean {
  return CLOCK.test(text) && CLOCK.test(text.replace(NUMERIC_DAY, ' '));
}
