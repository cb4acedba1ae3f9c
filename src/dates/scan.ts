/**
 * Shared plumbing of parseArabicDate and findArabicDates: option checking, bounded windows
 * over long text, and tokens → spans → candidates for one window.
 */
import { assemble } from './assemble.js';
import type { BuildContext } from './build.js';
import { isFiller } from './gap.js';
import type { Candidate, Span } from './model.js';
import { scanSpans } from './spans.js';
import { tokenize } from './tokenize.js';
import type { Token } from './tokenize.js';
import type { ParseDateOptions } from './types.js';
import { isKnownTimeZone } from './zone.js';

/** Characters read per window; a window ends at whitespace when it can. */
export const WINDOW_CHARS = 4096;
/**
 * A window's dates are reported up to a word no date can span, found at least this far before
 * the window's end. In the rare window with no such word (an unbroken run of dates), reporting
 * stops this far before the end and the next window starts twice this far back, so every
 * reported date was still read with this much text around it.
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

export interface Analysis {
  tokens: Token[];
  spans: Span[];
  candidates: Candidate[];
}

/** Tokens, spans and assembled candidates of `text` between offsets `from` and `to`. */
export function analyse(text: string, from: number, to: number, minuteFirst = false): Analysis {
  const tokens = tokenize(text, from, to);
  const spans = scanSpans(tokens, minuteFirst);
  return { tokens, spans, candidates: assemble(tokens, spans) };
}

/**
 * Offset of the last token starting in (`from`, `limit`] that no date can reach across: not
 * part of any span and not a filler (an ordinary word, a stray number). Text on either side of
 * it is read the same alone as together. -1 if there is none.
 */
export function lastBreakBefore(a: Analysis, from: number, limit: number): number {
  let spanIndex = a.spans.length - 1;
  for (let k = a.tokens.length - 1; k >= 0; k--) {
    const t = a.tokens[k]!;
    if (t.start <= from) return -1;
    while (spanIndex >= 0 && a.spans[spanIndex]!.start > k) spanIndex--;
    const inSpan = spanIndex >= 0 && a.spans[spanIndex]!.end > k;
    if (t.start <= limit && !inSpan && !isFiller(t)) return t.start;
  }
  return -1;
}
