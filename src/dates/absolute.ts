/**
 * Calendar dates with month names, Gregorian (every regional family, doubled forms like
 * `كانون الثاني/يناير`, `2 (فبراير) شباط`) or Hijri (`26 جمادى الأولى 1441 هـ`):
 * day-month-year, month-day-year (`November 17, 2015`), year … day-month as bidi-flipped lines
 * print it (`2020 الأربعاء ,18 آذار/ مارس`), month-year (`نوفمبر 2015`), and all-number dates.
 */
import type { DateSpan } from './model.js';
import { numericDateAt } from './numeric.js';
import type { Token } from './tokenize.js';
import { ERA, HIJRI, MONTHS, phraseAt, WEEKDAY } from './words.js';
import type { PhraseTable } from './words.js';

const DATE_SEPARATORS = new Set(['/', '-', '.', ',', '،', '–', '—', '\\']);
const GROUP_SEPARATORS = new Set(['/', '(', ')', '-', '\\', '–']);
const ORDINALS = new Set(['st', 'nd', 'rd', 'th', 'er', 'eme']);
const OF_WORDS = new Set(['من', 'of']);

const isPunctIn = (t: Token | undefined, set: ReadonlySet<string>): boolean => t !== undefined && t.kind === 'punct' && set.has(t.norm);

function skip(tokens: readonly Token[], j: number, set: ReadonlySet<string>, max: number): number {
  let k = j;
  while (k - j < max && isPunctIn(tokens[k], set)) k++;
  return k;
}

/** A one- or two-digit day at `j` (range checked later), with an optional glued ordinal (`17th`). */
function dayAt(tokens: readonly Token[], j: number): { d: number; end: number } | undefined {
  const t = tokens[j];
  if (!t || t.kind !== 'num' || t.norm.length > 2) return undefined;
  const next = tokens[j + 1];
  const ordinal = next?.kind === 'word' && !next.spaceBefore && ORDINALS.has(next.norm);
  return { d: t.value, end: ordinal ? j + 2 : j + 1 };
}

function yearAt(tokens: readonly Token[], j: number): number | undefined {
  const t = tokens[j];
  return t && t.kind === 'num' && t.norm.length === 4 ? t.value : undefined;
}

interface MonthGroup {
  m: number;
  end: number;
  conflict: boolean;
}

/** One month name, or several naming the same month (`آذار/ مارس`, `(فبراير) شباط`). */
function monthGroupAt(tokens: readonly Token[], j: number, tbl: PhraseTable<number>): MonthGroup | undefined {
  let open = tokens[j]?.norm === '(' ? 1 : 0;
  const first = phraseAt(tokens, j + open, tbl);
  if (!first) return undefined;
  const group: MonthGroup = { m: first.value, end: first.end, conflict: false };
  for (let n = 0; n < 3; n++) {
    const at = skip(tokens, group.end, GROUP_SEPARATORS, 3);
    const next = phraseAt(tokens, at, tbl);
    if (!next) break;
    for (let k = group.end; k < at; k++) open += tokens[k]!.norm === '(' ? 1 : tokens[k]!.norm === ')' ? -1 : 0;
    if (next.value !== group.m) group.conflict = true;
    group.end = next.end;
  }
  if (open > 0 && tokens[group.end]?.norm === ')') group.end++;
  return group;
}

/** An era word after the year (`2015م`, `1441 هـ`); an all-number date followed by `هـ` is Hijri. */
function withEra(tokens: readonly Token[], span: DateSpan, numeric: boolean): DateSpan {
  const era = phraseAt(tokens, span.end, ERA);
  if (!era) return span;
  if (numeric) return { ...span, end: era.end, calendar: era.value };
  return { ...span, end: era.end, conflict: span.conflict || era.value !== span.calendar };
}

/** `17 نوفمبر 2015`, `18/مارس/2020`, `17 من نوفمبر 2015`, `26 رمضان 1441 هـ`. */
function dayMonthYear(tokens: readonly Token[], i: number, tbl: PhraseTable<number>): DateSpan | undefined {
  const day = dayAt(tokens, i);
  if (!day) return undefined;
  let j = skip(tokens, day.end, DATE_SEPARATORS, 2);
  if (tokens[j]?.kind === 'word' && OF_WORDS.has(tokens[j]!.norm)) j++;
  const month = monthGroupAt(tokens, j, tbl);
  if (!month) return undefined;
  const yAt = skip(tokens, month.end, DATE_SEPARATORS, 2);
  const y = yearAt(tokens, yAt);
  if (y === undefined) return undefined;
  const calendar = tbl === HIJRI ? 'hijri' : 'gregorian';
  return { type: 'date', start: i, end: yAt + 1, calendar, y, m: month.m, d: day.d, conflict: month.conflict };
}

/** `November 17, 2015`, `Nov. 17th 2015`. */
function monthDayYear(tokens: readonly Token[], i: number): DateSpan | undefined {
  const month = monthGroupAt(tokens, i, MONTHS);
  if (!month) return undefined;
  const day = dayAt(tokens, skip(tokens, month.end, DATE_SEPARATORS, 1));
  if (!day || tokens[day.end]?.norm === ':') return undefined;
  const yAt = skip(tokens, day.end, DATE_SEPARATORS, 2);
  const y = yearAt(tokens, yAt);
  if (y === undefined) return undefined;
  return { type: 'date', start: i, end: yAt + 1, calendar: 'gregorian', y, m: month.m, d: day.d, conflict: month.conflict };
}

/** Bidi-flipped `2020 الأربعاء ,18 آذار/ مارس`: a year, a weekday, then day and month with no year after. */
function yearFirst(tokens: readonly Token[], i: number): DateSpan | undefined {
  const y = yearAt(tokens, i);
  if (y === undefined) return undefined;
  let j = i + 1;
  let weekday = false;
  for (let n = 0; n < 4; n++) {
    const wd = phraseAt(tokens, j, WEEKDAY);
    if (wd) weekday = true;
    if (wd) j = wd.end;
    else if (isPunctIn(tokens[j], DATE_SEPARATORS)) j++;
    else break;
  }
  const day = weekday ? dayAt(tokens, j) : undefined;
  const month = day && monthGroupAt(tokens, skip(tokens, day.end, DATE_SEPARATORS, 2), MONTHS);
  if (!day || !month) return undefined;
  if (yearAt(tokens, skip(tokens, month.end, DATE_SEPARATORS, 2)) !== undefined) return undefined;
  return { type: 'date', start: i, end: month.end, calendar: 'gregorian', y, m: month.m, d: day.d, conflict: month.conflict };
}

/** `نوفمبر 2015` (month precision), unless a day number stands just before the month. */
function monthYear(tokens: readonly Token[], i: number): DateSpan | undefined {
  const before = isPunctIn(tokens[i - 1], DATE_SEPARATORS) ? tokens[i - 2] : tokens[i - 1];
  if (before?.kind === 'num') return undefined;
  const month = monthGroupAt(tokens, i, MONTHS);
  if (!month) return undefined;
  const yAt = skip(tokens, month.end, DATE_SEPARATORS, 2);
  const y = yearAt(tokens, yAt);
  if (y === undefined) return undefined;
  return { type: 'date', start: i, end: yAt + 1, calendar: 'gregorian', y, m: month.m, conflict: month.conflict };
}

/** A written calendar date starting at token `i`, if any. */
export function absoluteDateAt(tokens: readonly Token[], i: number): DateSpan | undefined {
  const numeric = numericDateAt(tokens, i);
  if (numeric) return withEra(tokens, numeric, true);
  const span =
    dayMonthYear(tokens, i, MONTHS) ?? dayMonthYear(tokens, i, HIJRI) ?? monthDayYear(tokens, i) ??
    yearFirst(tokens, i) ?? monthYear(tokens, i);
  return span && withEra(tokens, span, false);
}
