/**
 * Time ONE tool over the bench pages, in its own process so the peak RSS is its own.
 * Usage: tsx run-one.ts <tool> [--runs N] [--warmup N] [--corpus DIR]
 * Prints one line `@@RESULT {json}` (other output of the tools is ignored by run.ts).
 */
import { resolve } from 'node:path';
import { median, percentile } from '../scripts/eval/aggregate.js';
import { DEFAULT_CORPUS, benchPages, type HtmlFile } from '../scripts/eval/corpus.js';
import { isPeerId, loadPeer } from './peers/index.js';

export const RESULT_MARK = '@@RESULT ';
/** The built library (`npm run build`). */
const DIST = new URL('../dist/index.js', import.meta.url).href;

/** `none` is the process baseline: pages read, nothing parsed. */
export const BENCH_TOOLS = [
  'maqal',
  'maqal-parse',
  'parse5',
  'readability-jsdom',
  'readability-linkedom',
  'postlight',
  'defuddle',
  'article-extractor',
  'trafilatura',
  'none',
] as const;

type Run = (html: string, url: string | undefined) => unknown;

async function loadRun(tool: string): Promise<Run> {
  // maqal as users run it: the built package (run.ts builds it first), not the sources through tsx.
  if (tool === 'maqal') {
    const { extract } = (await import(DIST)) as typeof import('../src/index.js');
    return (html, url) => extract(html, url === undefined ? {} : { url });
  }
  if (tool === 'maqal-parse') {
    const { parseDocument } = (await import(DIST)) as typeof import('../src/index.js');
    return (html) => parseDocument(html);
  }
  if (tool === 'parse5') {
    const { parse } = await import('parse5');
    return (html) => parse(html);
  }
  if (tool === 'none') return () => undefined;
  if (isPeerId(tool)) {
    const peer = await loadPeer(tool);
    return (html, url) => peer.extract(html, url ?? 'https://example.com/');
  }
  throw new Error(`unknown tool ${tool}; one of ${BENCH_TOOLS.join(', ')}`);
}

export interface OneResult {
  tool: string;
  pages: number;
  runs: number;
  /** Median over pages of each page's median time over the runs. */
  medianMs: number | null;
  p95Ms: number | null;
  pagesPerSecond: number | null;
  /** process.resourceUsage().maxRSS, in kilobytes. */
  maxRssKb: number;
  errors: number;
  firstError?: string;
}

/**
 * The page order of pass `n`: the same seeded shuffle for every tool. In a fixed order a
 * collector's pauses fall on the same pages every pass (the heap fills at the same point)
 * and the per-page median keeps them; shuffled, each page's median is its own cost.
 * (Pauses still count in pages/s, which is total time.)
 */
export function passOrder(pages: number, n: number): number[] {
  const order = Array.from({ length: pages }, (_, i) => i);
  let seed = (n + 1) * 2654435761;
  const next = (k: number): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % k);
  for (let i = pages - 1; i > 0; i--) {
    const j = next(i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** Times one pass in `order`; returns per-page ms by page index (NaN for a page that threw). */
async function pass(run: Run, files: readonly HtmlFile[], order: readonly number[], errors: string[]): Promise<number[]> {
  const times: number[] = new Array<number>(files.length).fill(Number.NaN);
  for (const i of order) {
    const file = files[i]!;
    const start = performance.now();
    try {
      await run(file.html, file.url);
      times[i] = performance.now() - start;
    } catch (error) {
      errors.push(`${file.name}: ${String((error as Error)?.message ?? error).split('\n')[0]}`);
    }
  }
  return times;
}

export async function benchOne(tool: string, runs: number, corpus: string, warmups = 1): Promise<OneResult> {
  const { files } = benchPages(corpus);
  const run = await loadRun(tool);
  const warmupErrors: string[] = [];
  for (let i = 0; i < warmups; i++) await pass(run, files, passOrder(files.length, i), i === 0 ? warmupErrors : []);
  const errors: string[] = [];
  const passes: number[][] = [];
  for (let i = 0; i < runs; i++) passes.push(await pass(run, files, passOrder(files.length, warmups + i), errors));
  const perPage = files
    .map((_, page) => median(passes.map((p) => p[page]!).filter((t) => !Number.isNaN(t))))
    .filter((t): t is number => t !== null);
  const passTotals = passes.map((p) => p.filter((t) => !Number.isNaN(t)).reduce((a, b) => a + b, 0));
  const meanPassMs = passTotals.reduce((a, b) => a + b, 0) / Math.max(1, passTotals.length);
  const result: OneResult = {
    tool,
    pages: files.length,
    runs,
    medianMs: median(perPage),
    p95Ms: percentile(perPage, 0.95),
    pagesPerSecond: meanPassMs > 0 ? (perPage.length * 1000) / meanPassMs : null,
    maxRssKb: process.resourceUsage().maxRSS,
    errors: errors.length / Math.max(1, runs),
  };
  if (errors[0] ?? warmupErrors[0]) result.firstError = errors[0] ?? warmupErrors[0]!;
  return result;
}

function flag(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

async function main(argv: readonly string[]): Promise<void> {
  const tool = argv[0];
  if (!tool || tool.startsWith('-')) throw new Error(`usage: tsx run-one.ts <${BENCH_TOOLS.join('|')}> [--runs N] [--corpus DIR]`);
  const runs = Number(flag(argv, '--runs') ?? 5);
  const warmups = Number(flag(argv, '--warmup') ?? 1);
  const corpus = resolve(flag(argv, '--corpus') ?? DEFAULT_CORPUS);
  const result = await benchOne(tool, runs, corpus, warmups);
  process.stdout.write(`\n${RESULT_MARK}${JSON.stringify(result)}\n`);
}

// Run only as a script (run.ts imports the constants above).
if (process.argv[1]?.endsWith('run-one.ts')) {
  await main(process.argv.slice(2));
}
