/** Digits: Western 0-9, Arabic-Indic ٠-٩ (U+0660–U+0669) and Eastern/Persian ۰-۹ (U+06F0–U+06F9). */

/**
 * The value (0–9) of a digit character code in any of the three digit sets, or -1.
 */
export function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x660 && code <= 0x669) return code - 0x660;
  if (code >= 0x6f0 && code <= 0x6f9) return code - 0x6f0;
  return -1;
}

/**
 * Rewrite Arabic-Indic (٠-٩) and Eastern Arabic-Indic/Persian (۰-۹) digits as Western 0-9;
 * every other character is kept as it is.
 *
 * @example
 * toWesternDigits('١٧ نوفمبر ٢٠١٥') // '17 نوفمبر 2015'
 * toWesternDigits('۱۴۴۱ هـ')        // '1441 هـ'
 */
export function toWesternDigits(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x660) continue;
    const v = digitValue(code);
    if (v < 0) continue;
    out += s.slice(from, i) + String.fromCharCode(0x30 + v);
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}
