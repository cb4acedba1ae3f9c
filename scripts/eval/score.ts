/**
 * Pure scoring functions of the evaluation. No I/O: every function takes the truth
 * and the prediction and returns numbers or outcomes. See docs/evaluation.md.
 */
import { collapseWhitespace, containsNormalised, normalise, tokens } from './normalise.js';
import type { Capabilities, Prediction, Truth } from './types.js';

/* ------------------------------------------------------------------ body */

export interface BodyScore {
  /** True/false positives and false negatives, as fractions of their sum (as the benchmark does). */
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  /** `tokens` when the truth has fewer than `n` tokens and token sets were compared. */
  mode: 'shingles' | 'tokens';
}

/**
 * Shingles (n-grams of tokens) as a multiset. Like the scrapinghub benchmark, a text
 * shorter than `n` tokens gives one shingle of all its tokens; an empty text gives none.
 */
export function shingles(toks: readonly string[], n = 4): Map<string, number> {
  const out = new Map<string, number>();
  const count = Math.max(1, toks.length - n + 1);
  for (let i = 0; i < count; i++) {
    const shingle = toks.slice(i, i + n);
    if (shingle.length === 0) continue;
    const key = shingle.join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

function tokenSet(toks: readonly string[]): Map<string, number> {
  return new Map(toks.map((t) => [t, 1]));
}

/** Multiset matching: tp = Σ min, fp = Σ excess predicted, fn = Σ missed truth. */
export function matchMultisets(truth: Map<string, number>, pred: Map<string, number>): { tp: number; fp: number; fn: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...truth.keys(), ...pred.keys()])) {
    const t = truth.get(key) ?? 0;
    const p = pred.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  return { tp, fp, fn };
}

/** The benchmark's precision: 1 when nothing was expected and nothing predicted, 0 when nothing was predicted. */
export function precisionScore(tp: number, fp: number, fn: number): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function recallScore(tp: number, fp: number, fn: number): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

export function harmonicMean(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** Body precision/recall/F1 by 4-token shingles (token sets when the truth has fewer than 4 tokens). */
export function scoreBody(truthText: string, predText: string, n = 4): BodyScore {
  const truthTokens = tokens(truthText);
  const predTokens = tokens(predText);
  const mode = truthTokens.length < n ? 'tokens' : 'shingles';
  const counts =
    mode === 'tokens'
      ? matchMultisets(tokenSet(truthTokens), tokenSet(predTokens))
      : matchMultisets(shingles(truthTokens, n), shingles(predTokens, n));
  const sum = counts.tp + counts.fp + counts.fn;
  const [tp, fp, fn] = sum > 0 ? [counts.tp / sum, counts.fp / sum, counts.fn / sum] : [0, 0, 0];
  const precision = precisionScore(tp, fp, fn);
  const recall = recallScore(tp, fp, fn);
  return { tp, fp, fn, precision, recall, f1: harmonicMean(precision, recall), mode };
}

/* -------------------------------------------------------------- headline */

export interface HeadlineScore {
  /** Equal after collapsing whitespace and trimming. */
  exact: boolean;
  /** Equal after the matching normalisation. */
  normalised: boolean;
}

export function scoreHeadline(truth: string, pred: string | undefined): HeadlineScore {
  const exact = pred !== undefined && collapseWhitespace(truth) === collapseWhitespace(pred);
  const normalised = pred !== undefined && normalise(truth) !== '' && normalise(truth) === normalise(pred);
  return { exact, normalised: exact || normalised };
}

/* ----------------------------------------------------------------- dates */

export interface IsoParts {
  /** `YYYY-MM-DD`, or `YYYY-MM` for a month. */
  date: string;
  /** `HH:MM` local time, when known. */
  time?: string;
  /** `+HH:MM` / `-HH:MM` (`Z` becomes `+00:00`), when given. */
  offset?: string;
}

const ISO =
  /^(\d{4})-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?)?$/i;

function normaliseOffset(raw: string): string {
  if (raw.toUpperCase() === 'Z') return '+00:00';
  const digits = raw.slice(1).replace(':', '');
  const hh = digits.slice(0, 2);
  const mm = digits.length > 2 ? digits.slice(2, 4) : '00';
  const sign = raw[0] === '-' && hh + mm === '0000' ? '+' : raw[0]!;
  return `${sign}${hh}:${mm}`;
}

/** Split an ISO 8601 string into local date, local minute and offset; null when it is not ISO. */
export function parseIso(value: string): IsoParts | null {
  const m = ISO.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, hh, mi, off] = m;
  const parts: IsoParts = { date: d ? `${y}-${mo}-${d}` : `${y}-${mo}` };
  if (hh !== undefined && mi !== undefined) parts.time = `${hh}:${mi}`;
  if (off !== undefined) parts.offset = normaliseOffset(off);
  return parts;
}

/**
 * - `match` / `miss`: the truth has a date; the prediction equals it (to the minute
 *   and same offset; or the same local day when the truth is a bare day) or not.
 * - `none-ok` / `spurious`: the truth has no date; the prediction has none, or has one.
 * - `n/a`: the tool does not report this field.
 */
export type DateOutcome = 'match' | 'miss' | 'none-ok' | 'spurious' | 'n/a';

export function datesMatch(truth: string, pred: string): boolean {
  const t = parseIso(truth);
  const p = parseIso(pred);
  if (!t || !p) return false;
  if (t.date !== p.date) return false;
  if (t.time === undefined) return true;
  return t.time === p.time && t.offset === p.offset;
}

/** Minutes east of UTC of a normalised offset (`+02:00` → 120). */
const offsetMinutes = (offset: string): number => (offset[0] === '-' ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));

/**
 * Does the prediction name the truth's day? A predicted instant (time and offset) is read in the truth's offset first
 * (`2020-03-25T22:30:00Z` is the 26th in Cairo); a bare predicted day, or a truth with no offset, compares as written.
 * The lenient view of a date, for tools that give a day or UTC: `datesMatch` is the strict one.
 *
 * @example sameDay('2020-03-26T00:30:00+02:00', '2020-03-25T22:30:00Z') // true
 */
export function sameDay(truth: string, pred: string): boolean {
  const t = parseIso(truth);
  const p = parseIso(pred);
  if (!t || !p || t.date.length !== 10 || p.date.length !== 10) return false;
  if (t.offset === undefined || p.time === undefined || p.offset === undefined) return t.date === p.date;
  const [h, m] = p.time.split(':').map(Number) as [number, number];
  const utc = Date.parse(`${p.date}T00:00:00Z`) + (h * 60 + m - offsetMinutes(p.offset)) * 60_000;
  return new Date(utc + offsetMinutes(t.offset) * 60_000).toISOString().slice(0, 10) === t.date;
}

export function scoreDate(truth: string | null, pred: string | undefined): DateOutcome {
  const predicted = pred !== undefined && pred.trim() !== '';
  if (truth === null) return predicted ? 'spurious' : 'none-ok';
  return predicted && datesMatch(truth, pred!) ? 'match' : 'miss';
}

/* -------------------------------------------------------------- captions */

export interface CaptionScore {
  found: number;
  total: number;
  /** Truth captions not found. */
  missed: string[];
}

/** A truth caption is found when it and a predicted caption contain one another (normalised). */
export function scoreCaptions(truth: readonly string[], predicted: readonly string[]): CaptionScore {
  const missed = truth.filter((t) => !predicted.some((p) => containsNormalised(p, t) || containsNormalised(t, p)));
  return { found: truth.length - missed.length, total: truth.length, missed };
}

/* ----------------------------------------------------------------- noise */

/** The truth noise strings that occur (normalised, on token boundaries) in the predicted text. */
export function leakedNoise(text: string, noise: readonly string[]): string[] {
  return noise.filter((n) => containsNormalised(text, n));
}

/* --------------------------------------------------------------- authors */

export interface AuthorScore {
  /** Predicted names that equal a truth name (normalised). */
  tp: number;
  predicted: number;
  truth: number;
}

export function scoreAuthors(truth: readonly string[], predicted: readonly string[]): AuthorScore {
  const truthNames = new Set(truth.map(normalise).filter((n) => n !== ''));
  const predNames = new Set(predicted.map(normalise).filter((n) => n !== ''));
  let tp = 0;
  for (const name of predNames) if (truthNames.has(name)) tp++;
  return { tp, predicted: predNames.size, truth: truthNames.size };
}

/* ------------------------------------------------------------------ page */

export interface PageScore {
  file: string;
  site: string;
  /** Extraction time in ms. */
  ms: number;
  /** The tool threw; the page is scored as an empty prediction. */
  error?: string;
  body: BodyScore;
  headline: HeadlineScore | null;
  published: DateOutcome;
  /** The predicted publication names the truth's day (see `sameDay`); null when the truth has no publication date. */
  publishedDay: boolean | null;
  updated: DateOutcome;
  captions: CaptionScore | null;
  leaked: string[];
  authors: AuthorScore | null;
  /** What was predicted, for --verbose and the JSON report. */
  predicted: { headline?: string; published?: string; updated?: string; authors?: string[] };
}

/** Score one prediction against its truth. */
export function scorePage(truth: Truth, pred: Prediction, caps: Capabilities, ms: number): PageScore {
  const score: PageScore = {
    file: truth.file,
    site: truth.site,
    ms,
    body: scoreBody(truth.body.join('\n\n'), pred.text),
    headline: truth.headline === null ? null : scoreHeadline(truth.headline, pred.headline),
    published: scoreDate(truth.published, pred.published),
    publishedDay: truth.published === null ? null : pred.published !== undefined && sameDay(truth.published, pred.published),
    updated: caps.updated ? scoreDate(truth.updated, pred.updated) : 'n/a',
    captions: caps.captions && truth.captions.length > 0 ? scoreCaptions(truth.captions, pred.captions ?? []) : null,
    leaked: leakedNoise(pred.text, truth.noise),
    authors: caps.authors ? scoreAuthors(truth.authors, pred.authors ?? []) : null,
    predicted: {},
  };
  if (pred.headline !== undefined) score.predicted.headline = pred.headline;
  if (pred.published !== undefined) score.predicted.published = pred.published;
  if (pred.updated !== undefined) score.predicted.updated = pred.updated;
  if (pred.authors !== undefined) score.predicted.authors = pred.authors;
  return score;
}
