/**
 * How maqal's time grows with page size. Each page is rebuilt 1×, 4× and 16× larger by
 * repeating its body paragraphs in place (the element with the most <p> children), and
 * one page is grown to 10 MB (sizes are UTF-8 bytes; median of the same runs). If ms/KB stays flat as pages grow, growth is linear.
 * Usage: tsx scale.ts [--runs N] [--corpus DIR] [--pages N]
 */
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { median } from '../scripts/eval/aggregate.js';
import { DEFAULT_CORPUS, benchPages, type HtmlFile } from '../scripts/eval/corpus.js';
import { fixed, formatTable } from '../scripts/eval/table.js';

const FACTORS = [1, 4, 16] as const;
const TEN_MB = 10 * 1024 * 1024;
const MARK = '<!--maqal-scale-->';

/** A page split around its paragraph block, so copies can be inserted cheaply. */
interface Growable {
  name: string;
  url?: string;
  /** The page (as linkedom serialises it) with MARK after the last body paragraph. */
  marked: string;
  /** The HTML of the body paragraphs, repeated to grow the page. */
  paragraphs: string;
}

function paragraphContainer(document: Document): Element | null {
  let best: Element | null = null;
  let bestCount = 0;
  for (const el of Array.from(document.querySelectorAll('*'))) {
    const count = Array.from(el.children).filter((c) => c.tagName === 'P').length;
    if (count > bestCount) [best, bestCount] = [el, count];
  }
  return best;
}

function growable(file: HtmlFile): Growable | null {
  const { document } = parseHTML(file.html);
  const container = paragraphContainer(document as unknown as Document);
  if (!container) return null;
  const ps = Array.from(container.children).filter((c) => c.tagName === 'P');
  const paragraphs = ps.map((p) => p.outerHTML).join('\n');
  ps[ps.length - 1]!.insertAdjacentHTML('afterend', MARK);
  const page: Growable = { name: file.name, marked: String(document), paragraphs };
  if (file.url !== undefined) page.url = file.url;
  return page;
}

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');
const kilobytes = (s: string): number => bytes(s) / 1024;

/** UTF-8 size of the 1× page. */
function baseBytes(page: Growable): number {
  return bytes(page.marked) - MARK.length;
}

/** The page grown to at least `target` UTF-8 bytes (the 1× page when target is smaller). */
function grownTo(page: Growable, target: number): string {
  const copies = Math.max(0, Math.ceil((target - baseBytes(page)) / (bytes(page.paragraphs) + 1)));
  return page.marked.replace(MARK, `\n${page.paragraphs}`.repeat(copies));
}

type Extract = (html: string, options: { url?: string }) => unknown;

function timeMs(extract: Extract, html: string, url: string | undefined, runs: number): number {
  const options = url === undefined ? {} : { url };
  extract(html, options);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    extract(html, options);
    times.push(performance.now() - start);
  }
  return median(times)!;
}

function flag(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

async function main(argv: readonly string[]): Promise<void> {
  const runs = Number(flag(argv, '--runs') ?? 3);
  const limit = Number(flag(argv, '--pages') ?? Infinity);
  const { source, files } = benchPages(resolve(flag(argv, '--corpus') ?? DEFAULT_CORPUS));
  const pages = files
    .slice(0, limit).map(growable).filter((p): p is Growable => p !== null);
  if (pages.length === 0) return console.log(`scale: no pages with paragraphs (looked in ${source}) — skipped`);
  const { extract } = (await import('../src/index.js')) as { extract: Extract };

  const rows: string[][] = [];
  for (const factor of FACTORS) {
    let kb = 0;
    let ms = 0;
    const perKb: number[] = [];
    for (const page of pages) {
      const html = grownTo(page, baseBytes(page) * factor);
      const t = timeMs(extract, html, page.url, runs);
      kb += kilobytes(html);
      ms += t;
      perKb.push(t / kilobytes(html));
    }
    rows.push([`${factor}×`, String(pages.length), (kb / pages.length).toFixed(0), fixed(ms / pages.length, 2), fixed(ms / kb, 4), fixed(median(perKb), 4)]);
  }
  console.log(`scale: ${pages.length} pages from ${source}, median of ${runs} runs each\n`);
  console.log(formatTable(['size', 'pages', 'mean KB', 'mean ms', 'ms/KB (total)', 'ms/KB (median page)'], rows));

  const biggest = pages.reduce((a, b) => (b.paragraphs.length > a.paragraphs.length ? b : a));
  const huge = grownTo(biggest, TEN_MB);
  try {
    const t = timeMs(extract, huge, biggest.url, runs);
    console.log(`\n10 MB page (${biggest.name} grown to ${(kilobytes(huge) / 1024).toFixed(1)} MB): ${t.toFixed(0)} ms, ${fixed(t / kilobytes(huge), 4)} ms/KB`);
  } catch (error) {
    console.log(`\n10 MB page (${biggest.name}): maqal threw: ${(error as Error).message.split('\n')[0]}`);
  }
}

await main(process.argv.slice(2));
