/**
 * All-number dates: `17/11/2015`, `17-11-2015`, `17.11.2015`, `2015-11-17`, `2020/12/25`, spaced
 * (`26 - 03 - 2020`), in any digit set. Day first as Arabic sites write them; year first when the
 * first number has four digits. A day-first reading that cannot be a date (`3/19/2020`) is read
 * month-first only when that is the one possible reading, or when an en-US clock follows
 * (`6/4/2020 9:20:00 PM`, `05/02/2020 - 09:14 AM`). Two-digit years are not read.
 */
import type { DateSpan } from './model.js';
import type { Token } from './tokenize.js';
import { isValidYmd } from './calendar.js';

const SEPARATORS = new Set(['/', '-', '.', '\\']);

function isNum(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'num';
}

function isSep(t: Token | undefined, ch?: string): t is Token {
  return t !== undefined && t.kind === 'punct' && SEPARATORS.has(t.norm) && (ch === undefined || t.norm === ch);
}

function glued(t: Token | undefined): boolean {
  return t !== undefined && !t.spaceBefore;
}

/** Whether the triple at `i` is part of a longer run like `1/2/3/2020` or an IP address. */
function embedded(tokens: readonly Token[], i: number, sep: string): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 5];
  if (isSep(before, sep) && isNum(tokens[i - 2]) && glued(tokens[i]) && glued(before)) return true;
  return isSep(after, sep) && glued(after) && isNum(tokens[i + 6]) && glued(tokens[i + 6]);
}

/**
 * `6/4/2020 9:20:00 PM`, `05/02/2020 - 09:14 AM`: a slashed date followed by an English 12-hour clock
 * is the en-US format (ASP.NET CMSs' metadata, a US-published paper's date line) — month first.
 * Arabic sites write ص/م; every Latin AM/PM after a slashed date on the pages studied was month-first.
 */
function usClockFollows(tokens: readonly Token[], i: number): boolean {
  let k = i + (tokens[i]?.norm === '-' ? 1 : 0);
  if (!isNum(tokens[k]) || tokens[k + 1]?.norm !== ':' || !isNum(tokens[k + 2])) return false;
  k += 3;
  if (tokens[k]?.norm === ':' && isNum(tokens[k + 1])) k += 2;
  const mer = tokens[k];
  return mer !== undefined && mer.kind === 'word' && (mer.norm === 'am' || mer.norm === 'pm');
}

function readDayFirst(first: number, second: number, y: number): { m: number; d: number } {
  if (!isValidYmd(y, second, first) && isValidYmd(y, first, second)) return { m: first, d: second };
  return { m: second, d: first };
}

/** A numeric date starting at token `i`. */
export function numericDateAt(tokens: readonly Token[], i: number): DateSpan | undefined {
  const a = tokens[i];
  const s1 = tokens[i + 1];
  const b = tokens[i + 2];
  const s2 = tokens[i + 3];
  const c = tokens[i + 4];
  if (!isNum(a) || !isSep(s1) || !isNum(b) || !isSep(s2, s1.norm) || !isNum(c)) return undefined;
  if (b.norm.length > 2 || embedded(tokens, i, s1.norm)) return undefined;
  const base = { type: 'date' as const, start: i, end: i + 5, calendar: 'gregorian' as const };
  if (a.norm.length === 4 && c.norm.length <= 2) return { ...base, y: a.value, m: b.value, d: c.value };
  if (c.norm.length === 4 && a.norm.length <= 2) {
    const us = s1.norm === '/' && usClockFollows(tokens, i + 5) && isValidYmd(c.value, a.value, b.value);
    return { ...base, y: c.value, ...(us ? { m: a.value, d: b.value } : readDayFirst(a.value, b.value, c.value)) };
  }
  return undefined;
}
