/** The console report: per-site and overall tables, and --verbose page lines. */
import { summarise, type Summary } from './aggregate.js';
import type { DateOutcome, PageScore } from './score.js';
import { NA, fixed, formatTable, percent } from './table.js';
import type { Page } from './types.js';

export interface ToolRun {
  tool: string;
  pages: PageScore[];
}

const SUMMARY_HEADER = ['pages', 'F1', 'P', 'R', 'headline', 'head(norm)', 'published', 'pub. day', 'updated', 'captions', 'noise leak', 'authors P/R', 'ms/page'];

function summaryCells(s: Summary): string[] {
  return [
    String(s.pages),
    fixed(s.f1),
    fixed(s.precision),
    fixed(s.recall),
    percent(s.headline.rate),
    percent(s.headlineNormalised.rate),
    s.published ? percent(s.published.rate) : NA,
    percent(s.publishedDay.rate),
    s.updated ? percent(s.updated.rate) : NA,
    s.captionRecall ? percent(s.captionRecall.rate) : NA,
    percent(s.noiseLeak.rate),
    s.authors ? `${percent(s.authors.precision.rate)}/${percent(s.authors.recall.rate)}` : NA,
    fixed(s.msMedian, 1),
  ];
}

function groupBySite(pages: readonly PageScore[]): Map<string, PageScore[]> {
  const bySite = new Map<string, PageScore[]>();
  for (const page of pages) bySite.set(page.site, [...(bySite.get(page.site) ?? []), page]);
  return new Map([...bySite.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/** One tool: a row per site and an overall row. */
export function siteTable(run: ToolRun): string {
  const rows = [...groupBySite(run.pages)].map(([site, pages]) => [site, ...summaryCells(summarise(pages))]);
  rows.push(['ALL', ...summaryCells(summarise(run.pages))]);
  return formatTable(['site', ...SUMMARY_HEADER], rows);
}

/** Several tools: page F1 per site, one column per tool. */
export function siteF1Table(runs: readonly ToolRun[]): string {
  const sites = [...groupBySite(runs[0]?.pages ?? []).keys()];
  const rows = sites.map((site) => [
    site,
    ...runs.map((run) => fixed(summarise(run.pages.filter((p) => p.site === site)).f1)),
  ]);
  rows.push(['ALL', ...runs.map((run) => fixed(summarise(run.pages).f1))]);
  return formatTable(['site (mean page F1)', ...runs.map((r) => r.tool)], rows);
}

/** Several tools: one overall row each. */
export function toolTable(runs: readonly ToolRun[]): string {
  return formatTable(['tool', ...SUMMARY_HEADER], runs.map((run) => [run.tool, ...summaryCells(summarise(run.pages))]));
}

/** The counts behind the rates that a table cannot show. */
export function footnotes(run: ToolRun): string[] {
  const s = summarise(run.pages);
  const notes: string[] = [];
  const dates = (label: string, d: Summary['published']): void => {
    if (d) notes.push(`${label}: ${d.hits}/${d.of} matched; ${d.spurious} spurious of ${d.truthNull} pages whose truth has none`);
  };
  dates('published', s.published);
  dates('updated', s.updated);
  if (s.captionRecall) notes.push(`captions: ${s.captionRecall.hits}/${s.captionRecall.of} found`);
  notes.push(`noise leak: ${s.noiseLeak.hits}/${s.noiseLeak.of} pages`);
  if (s.emptyBodies > 0) notes.push(`empty body: ${s.emptyBodies} page(s)`);
  if (s.errors > 0) notes.push(`errors: ${s.errors} page(s) threw (scored as empty)`);
  return notes.map((n) => `  ${run.tool} — ${n}`);
}

/* --------------------------------------------------------------- verbose */

const q = (s: string | undefined): string => (s === undefined ? '(none)' : JSON.stringify(s));

function dateLine(label: string, outcome: DateOutcome, pred: string | undefined, truth: string | null): string | null {
  if (outcome === 'miss') return `${label}: ${q(pred)} ≠ truth ${q(truth ?? undefined)}`;
  if (outcome === 'spurious') return `${label}: ${q(pred)} but truth has none`;
  return null;
}

/** The failing fields of one page, predicted vs truth. */
export function pageLines(score: PageScore, page: Page): string[] {
  const t = page.truth;
  const b = score.body;
  const lines = [`${score.file.replace(/^pages\//, '')}  F1 ${fixed(b.f1)} (P ${fixed(b.precision)} R ${fixed(b.recall)})  ${fixed(score.ms, 1)} ms`];
  const detail: (string | null)[] = [
    score.error !== undefined ? `error: ${score.error}` : null,
    score.headline && !score.headline.exact ? `headline${score.headline.normalised ? ' (matches normalised)' : ''}: ${q(score.predicted.headline)} ≠ truth ${q(t.headline ?? undefined)}` : null,
    dateLine('published', score.published, score.predicted.published, t.published),
    dateLine('updated', score.updated, score.predicted.updated, t.updated),
    score.captions && score.captions.missed.length > 0 ? `captions missed: ${score.captions.missed.map((c) => q(c)).join(', ')}` : null,
    score.leaked.length > 0 ? `noise leaked: ${score.leaked.map((n) => q(n)).join(', ')}` : null,
    score.authors && (score.authors.tp < score.authors.truth || score.authors.tp < score.authors.predicted)
      ? `authors: ${JSON.stringify(score.predicted.authors ?? [])} ≠ truth ${JSON.stringify(t.authors)}`
      : null,
  ];
  return [...lines, ...detail.filter((d): d is string => d !== null).map((d) => `    ${d}`)];
}

export function verboseReport(run: ToolRun, pages: readonly Page[]): string {
  const byFile = new Map(pages.map((p) => [p.file, p]));
  return run.pages.flatMap((score) => pageLines(score, byFile.get(score.file)!)).join('\n');
}
