/** Turn page scores into the summary figures of one tool (pure). */
import { harmonicMean, type DateOutcome, type PageScore } from './score.js';

/** A fraction and what it is a fraction of; `rate` is null when `of` is 0. */
export interface Rate {
  rate: number | null;
  hits: number;
  of: number;
}

export interface DateSummary extends Rate {
  /** Pages whose truth has no date but the tool gave one. */
  spurious: number;
  /** Pages whose truth has no date. */
  truthNull: number;
}

export interface Summary {
  pages: number;
  errors: number;
  /** Pages where the tool gave no body text at all. */
  emptyBodies: number;
  /** Means over pages of the page figures. */
  f1: number | null;
  precision: number | null;
  recall: number | null;
  /** Harmonic mean of mean precision and mean recall (the scrapinghub benchmark's headline F1). */
  f1OfMeans: number | null;
  headline: Rate;
  headlineNormalised: Rate;
  /** null: the tool does not report the field. */
  published: DateSummary | null;
  /** Pages whose predicted publication names the truth's day, over pages whose truth has one. */
  publishedDay: Rate;
  updated: DateSummary | null;
  /** Truth captions found, over pages with at least one caption. */
  captionRecall: Rate | null;
  /** Pages whose body text contains a truth noise string, over all pages. */
  noiseLeak: Rate;
  /** Author names, micro-averaged over pages. */
  authors: { precision: Rate; recall: Rate } | null;
  msMedian: number | null;
}

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Nearest-rank percentile of unsorted values (0 < q ≤ 1). */
export function percentile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function rate(hits: number, of: number): Rate {
  return { rate: of === 0 ? null : hits / of, hits, of };
}

function summariseDates(outcomes: readonly DateOutcome[]): DateSummary | null {
  if (outcomes.length === 0 || outcomes.every((o) => o === 'n/a')) return null;
  const count = (o: DateOutcome): number => outcomes.filter((x) => x === o).length;
  const matched = count('match');
  return {
    ...rate(matched, matched + count('miss')),
    spurious: count('spurious'),
    truthNull: count('spurious') + count('none-ok'),
  };
}

function summariseCaptions(pages: readonly PageScore[]): Rate | null {
  const scored = pages.flatMap((p) => (p.captions ? [p.captions] : []));
  if (scored.length === 0) return null;
  return rate(
    scored.reduce((a, c) => a + c.found, 0),
    scored.reduce((a, c) => a + c.total, 0),
  );
}

function summariseAuthors(pages: readonly PageScore[]): Summary['authors'] {
  const scored = pages.flatMap((p) => (p.authors ? [p.authors] : []));
  if (scored.length === 0) return null;
  const tp = scored.reduce((a, s) => a + s.tp, 0);
  return {
    precision: rate(tp, scored.reduce((a, s) => a + s.predicted, 0)),
    recall: rate(tp, scored.reduce((a, s) => a + s.truth, 0)),
  };
}

export function summarise(pages: readonly PageScore[]): Summary {
  const precision = mean(pages.map((p) => p.body.precision));
  const recall = mean(pages.map((p) => p.body.recall));
  const withHeadline = pages.filter((p) => p.headline !== null);
  return {
    pages: pages.length,
    errors: pages.filter((p) => p.error !== undefined).length,
    emptyBodies: pages.filter((p) => p.body.tp + p.body.fp === 0).length,
    f1: mean(pages.map((p) => p.body.f1)),
    precision,
    recall,
    f1OfMeans: precision === null || recall === null ? null : harmonicMean(precision, recall),
    headline: rate(withHeadline.filter((p) => p.headline!.exact).length, withHeadline.length),
    headlineNormalised: rate(withHeadline.filter((p) => p.headline!.normalised).length, withHeadline.length),
    published: summariseDates(pages.map((p) => p.published)),
    publishedDay: rate(pages.filter((p) => p.publishedDay === true).length, pages.filter((p) => p.publishedDay !== null).length),
    updated: summariseDates(pages.map((p) => p.updated)),
    captionRecall: summariseCaptions(pages),
    noiseLeak: rate(pages.filter((p) => p.leaked.length > 0).length, pages.length),
    authors: summariseAuthors(pages),
    msMedian: median(pages.map((p) => p.ms)),
  };
}
