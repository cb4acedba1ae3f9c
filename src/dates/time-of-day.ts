/**
 * Clock times: `6:59`, `18:59:07`, `08:35:03.000`, with a meridiem word (`6:59 م`, `10 صباحا`,
 * `8:08 pm`). A spaced `MM : H` or `MM : HH` whose first number cannot be an hour, as right-to-left
 * pages sometimes print `14:51` (`51 : 14`), is read back in order.
 */
import type { MeridiemKind } from '../lexicon/dates.js';
import type { Clock, TimeSpan } from './model.js';
import type { Token } from './tokenize.js';
import { MERIDIEM, phraseAt } from './words.js';

function isNum(t: Token | undefined, maxLen: number): t is Token {
  return t !== undefined && t.kind === 'num' && t.norm.length <= maxLen;
}

const isPunct = (t: Token | undefined, ch: string): boolean => t !== undefined && t.kind === 'punct' && t.norm === ch;

/** The 24-hour hour for `h` read with a meridiem word, or -1 when they contradict. */
export function applyMeridiem(h: number, kind: MeridiemKind | undefined): number {
  if (kind === undefined) return h;
  if (h === 0 || h > 12) return (kind === 'am' && h > 12) || (kind !== 'am' && kind !== 'night' && h === 0) ? -1 : h;
  switch (kind) {
    case 'am':
      return h === 12 ? 0 : h;
    case 'pm':
      return h === 12 ? 12 : h + 12;
    case 'noon':
      return h === 12 || h > 6 ? h : h + 12;
    case 'night':
      return h === 12 ? 0 : h >= 6 ? h + 12 : h;
  }
}

function makeClock(h: number, min: number, s: number, kind: MeridiemKind | undefined): Clock | null {
  const hour = applyMeridiem(h, kind);
  const ok = hour >= 0 && hour <= 23 && min >= 0 && min <= 59 && s >= 0 && s <= 59;
  return ok ? { h: hour, min, s } : null;
}

/** Seconds (`:SS`) and an ISO fraction (`.000`) after `HH:MM`; returns [seconds, end]. */
function secondsAt(tokens: readonly Token[], j: number): [number, number] {
  const sec = tokens[j + 1];
  if (!isPunct(tokens[j], ':') || !isNum(sec, 2) || sec.norm.length !== 2) return [0, j];
  let end = j + 2;
  const frac = tokens[end + 1];
  if (isPunct(tokens[end], '.') && !tokens[end]!.spaceBefore && isNum(frac, 9) && !frac.spaceBefore) end += 2;
  return [sec.value, end];
}

function colonClockAt(tokens: readonly Token[], i: number, minuteFirst: boolean): TimeSpan | undefined {
  const a = tokens[i]!;
  const b = tokens[i + 2];
  if (!isNum(b, 2)) return undefined;
  let h = a.value;
  let min = b.value;
  const spaced = tokens[i + 1]!.spaceBefore || b.spaceBefore;
  // Minutes are written with two digits: a spaced one-digit right side is the hour (`5 : 9` is 09:05).
  // On a page that writes minutes first (`51 : 14`), `3 : 18` is 18:03 too.
  const reversed = spaced && ((h > 23 && min <= 23) || b.norm.length === 1 || (minuteFirst && min <= 23));
  if (reversed) [h, min] = [min, h];
  const [s, afterSeconds] = reversed ? [0, i + 3] : secondsAt(tokens, i + 3);
  // `03:49:PM`: a colon may sit between the clock and its meridiem; `pm 01:55`: a Latin one may come first.
  const after = isPunct(tokens[afterSeconds], ':') && tokens[afterSeconds + 1]?.kind === 'word' ? afterSeconds + 1 : afterSeconds;
  const mer = phraseAt(tokens, after, MERIDIEM) ?? latinMeridiemBefore(tokens, i);
  const shapeOk = reversed || b.norm.length === 2;
  const clock = shapeOk ? makeClock(h, min, s, mer?.value) : null;
  return { type: 'time', start: i, end: mer && mer.end > i ? mer.end : afterSeconds, clock };
}

/** `pm 01:55`: a Latin am/pm just before the clock (an Arabic `م` there ends the date before it: `2020م`). */
function latinMeridiemBefore(tokens: readonly Token[], i: number): { value: MeridiemKind; end: number } | undefined {
  const w = tokens[i - 1];
  if (!w || w.kind !== 'word' || (w.norm !== 'am' && w.norm !== 'pm')) return undefined;
  return { value: w.norm, end: i };
}

/** A clock time starting at token `i`, if one is written there. */
export function timeAt(tokens: readonly Token[], i: number, minuteFirst = false): TimeSpan | undefined {
  const a = tokens[i];
  if (!isNum(a, 2)) return undefined;
  if (isPunct(tokens[i + 1], ':')) return colonClockAt(tokens, i, minuteFirst);
  const mer = phraseAt(tokens, i + 1, MERIDIEM);
  if (!mer) return undefined;
  return { type: 'time', start: i, end: mer.end, clock: makeClock(a.value, 0, 0, mer.value) };
}
