/**
 * Relative times: `منذ 5 دقائق`, `منذ ساعتين`, `قبل 3 أيام`, `منذ ساعة و20 دقيقة`, `أمس`, `اليوم`,
 * `الآن`, `منذ لحظات`, `5 minutes ago`, `yesterday`. Read into a Relative; resolved against `now`
 * by build.ts.
 */
import type { RelativeUnit, UnitForm } from '../lexicon/dates.js';
import type { Relative, RelativeSpan } from './model.js';
import type { Token } from './tokenize.js';
import { HEDGE, NOW, NUMBER_WORD, phraseAt, REL_DAY, REL_PREFIX, REL_SUFFIX, UNIT } from './words.js';

const UNIT_MS: Readonly<Record<RelativeUnit, number>> = {
  second: 1_000, minute: 60_000, hour: 3_600_000, day: 86_400_000, week: 604_800_000, month: 0, year: 0,
};

interface Amount {
  unit: RelativeUnit;
  n: number;
}

/** A number or number word at `j`. */
function countAt(tokens: readonly Token[], j: number): { n: number; end: number } | undefined {
  const t = tokens[j];
  if (t?.kind === 'num') return t.norm.length <= 4 ? { n: t.value, end: j + 1 } : undefined;
  const w = phraseAt(tokens, j, NUMBER_WORD);
  return w && { n: w.value, end: w.end };
}

/** `[count] unit` with the unit's grammatical number checked against the count. */
function amountAt(tokens: readonly Token[], j: number): { amount: Amount | null; end: number } | undefined {
  const count = countAt(tokens, j);
  const unit = phraseAt(tokens, count?.end ?? j, UNIT);
  if (!unit) return undefined;
  const n = count?.n ?? defaultCount(unit.value.form);
  const ok = n !== undefined && n >= 1 && n <= 10_000 && !(unit.value.form === 'two' && n !== 2);
  return { amount: ok ? { unit: unit.value.unit, n } : null, end: unit.end };
}

function defaultCount(form: UnitForm): number | undefined {
  return form === 'one' ? 1 : form === 'two' ? 2 : undefined;
}

/** Amounts joined by `و` (`ساعة و20 دقيقة`). */
function amountsAt(tokens: readonly Token[], j: number): { amounts: (Amount | null)[]; end: number } | undefined {
  const first = amountAt(tokens, j);
  if (!first) return undefined;
  const amounts = [first.amount];
  let end = first.end;
  for (let n = 0; n < 3 && tokens[end]?.norm === 'و'; n++) {
    const next = amountAt(tokens, end + 1);
    if (!next) break;
    amounts.push(next.amount);
    end = next.end;
  }
  return { amounts, end };
}

/** Sum amounts: sub-day units give an instant, days/weeks a day count, months alone a month count. */
function combine(amounts: readonly (Amount | null)[]): Relative {
  if (amounts.some((a) => a === null || a.unit === 'year')) return { kind: 'invalid' };
  const list = amounts as Amount[];
  if (list.some((a) => a.unit === 'month')) {
    return list.length === 1 ? { kind: 'months', months: list[0]!.n } : { kind: 'invalid' };
  }
  const ms = list.reduce((sum, a) => sum + a.n * UNIT_MS[a.unit], 0);
  const subDay = list.some((a) => a.unit === 'second' || a.unit === 'minute' || a.unit === 'hour');
  return subDay ? { kind: 'instant', agoMs: ms, bare: false } : { kind: 'days', days: ms / UNIT_MS.day, bare: false };
}

function skipHedge(tokens: readonly Token[], j: number): number {
  return phraseAt(tokens, j, HEDGE)?.end ?? j;
}

/** `منذ [حوالي] 5 دقائق`. */
function arabicAgo(tokens: readonly Token[], i: number): RelativeSpan | undefined {
  const prefix = phraseAt(tokens, i, REL_PREFIX);
  if (!prefix) return undefined;
  const found = amountsAt(tokens, skipHedge(tokens, prefix.end));
  return found && { type: 'relative', start: i, end: found.end, rel: combine(found.amounts) };
}

/** `[about] 5 minutes ago`. */
function englishAgo(tokens: readonly Token[], i: number): RelativeSpan | undefined {
  const found = amountsAt(tokens, skipHedge(tokens, i));
  const suffix = found && phraseAt(tokens, found.end, REL_SUFFIX);
  return suffix && { type: 'relative', start: i, end: suffix.end, rel: combine(found.amounts) };
}

/** A relative time starting at token `i`, if any. */
export function relativeAt(tokens: readonly Token[], i: number): RelativeSpan | undefined {
  const now = phraseAt(tokens, i, NOW);
  if (now) return { type: 'relative', start: i, end: now.end, rel: { kind: 'instant', agoMs: 0, bare: true } };
  const day = phraseAt(tokens, i, REL_DAY);
  if (day) return { type: 'relative', start: i, end: day.end, rel: { kind: 'days', days: day.value, bare: true } };
  return arabicAgo(tokens, i) ?? englishAgo(tokens, i);
}
