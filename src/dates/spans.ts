/**
 * One left-to-right pass over the tokens that marks the date-bearing spans: calendar dates,
 * relative expressions, clock times and zones. Spans never overlap; each position tries the
 * readers in a fixed order (date, relative, time, zone), so the pass is linear.
 */
import { absoluteDateAt } from './absolute.js';
import type { Span } from './model.js';
import { relativeAt } from './relative.js';
import { timeAt } from './time-of-day.js';
import type { Token } from './tokenize.js';
import { zoneAt } from './zone-words.js';
import type { ZoneContext } from './zone-words.js';

/** Punctuation a span may start with: `(فبراير) شباط`, offsets `+02:00` / `-0500`. */
const OPENERS = new Set(['(', '+', '-', '−', '–']);

/** Whether token `i` follows a clock time directly, and whether that time looks like ISO 8601. */
function zoneContext(tokens: readonly Token[], spans: readonly Span[], i: number): ZoneContext {
  const last = spans[spans.length - 1];
  if (last === undefined || last.type !== 'time' || last.end !== i) return 'free';
  const t = tokens[last.start - 1];
  const isoT = t !== undefined && t.kind === 'word' && t.norm === 't' && !t.spaceBefore;
  return isoT || last.end - last.start >= 5 ? 'after-iso-time' : 'after-time';
}

export function scanSpans(tokens: readonly Token[], minuteFirst = false): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.kind === 'punct' && !OPENERS.has(t.norm)) {
      i++;
      continue;
    }
    const span = absoluteDateAt(tokens, i) ?? relativeAt(tokens, i) ?? timeAt(tokens, i, minuteFirst) ?? zoneAt(tokens, i, zoneContext(tokens, spans, i));
    if (span) {
      spans.push(span);
      i = span.end;
    } else i++;
  }
  return spans;
}
