/**
 * Shared plumbing of parseArabicDate and findArabicDates: option checking, bounded windows
 * over long text, and tokens → spans → candidates for one window.
 */
import { assemble } from './assemble.js';
import type { BuildContext } from './build.js';
import type { Candidate } from './model.js';
import { scanSpans } from './spans.js';
import { tokenize } from './tokenize.js';
import type { Token } from './tokenize.js';
import type { ParseDateOptions } from './types.js';
import { isKnownTimeZone } from './zone.js';

/** Characters read per window; a window ends at whitespace when it can. */
export const WINDOW_CHARS = 4096;
/**
 * Context kept on each side of the part of a window whose dates are reported: windows overlap
 * by twice this, so every reported date was read with at least this much text around it.
 */
export const MARGIN_CHARS = 128;

/** Options checked and resolved. Throws a RangeError for an unknown zone or an invalid `now`. */
export function contextOf(options: ParseDateOptions | undefined): BuildContext {
  const now = options?.now ?? new Date();
  if (Number.isNaN(now.getTime())) throw new RangeError('Invalid `now`');
  const timeZone = options?.timeZone;
  if (timeZone === undefined) return { now: now.getTime() };
  if (!isKnownTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${timeZone}`);
  return { now: now.getTime(), zone: { kind: 'iana', name: timeZone } };
}

function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0xa0;
}

/** End of the window starting at `from`: at most WINDOW_CHARS on, pulled back to whitespace. */
export function windowEnd(text: string, from: number): number {
  const end = Math.min(text.length, from + WINDOW_CHARS);
  if (end === text.length) return end;
  for (let k = end; k > end - MARGIN_CHARS / 2; k--) if (isSpaceAt(text, k)) return k;
  return end;
}

/** Start of the window after the one ending at `end`: 2 × MARGIN_CHARS back, at whitespace if near. */
export function nextWindowStart(text: string, end: number): number {
  const target = end - 2 * MARGIN_CHARS;
  for (let k = target; k > target - MARGIN_CHARS / 2; k--) if (isSpaceAt(text, k)) return k;
  return target;
}

/** Tokens and assembled candidates of `text` between offsets `from` and `to`. */
export function candidatesIn(text: string, from: number, to: number): { tokens: Token[]; candidates: Candidate[] } {
  const tokens = tokenize(text, from, to);
  return { tokens, candidates: assemble(tokens, scanSpans(tokens)) };
}
