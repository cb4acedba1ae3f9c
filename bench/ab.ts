/**
 * `npm run bench:ab -- --a DIR --b DIR`: is build B faster than build A? Two built copies of maqal
 * (directories holding tsup's `index.js` — `dist/` copied aside before a change, say) run in ONE
 * process, so both meet the same machine moment: each pass visits the pages in a shuffled order (as
 * `npm run bench` does: no page is warm from its own last call), and each page runs under both builds
 * back to back, in alternating order, for `extract` and for the parse layer (`parseDocument`).
 * Per page, each build keeps its median and its fastest time; the table compares their means and the
 * median page's ratio of extraction to its parse layer.
 *
 * On a shared host the same build against itself differs by up to ±1%: run it in both orders
 * (`--a`/`--b` swapped) and trust what both runs agree on.
 * Usage: tsx ab.ts --a DIR --b DIR [--runs N] [--corpus DIR]
 */
import { resolve, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mean, median } from '../scripts/eval/aggregate.js';
import { DEFAULT_CORPUS, benchPages } from '../scripts/eval/corpus.js';
import { fixed, formatTable } from '../scripts/eval/table.js';
import { passOrder } from './run-one.js';

interface Build {
  extract(html: string, options: { url?: string }): unknown;
  parseDocument(html: string): unknown;
}

const WARMUP = 3;

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Each page's times under one build and one call: the runs, in pass order. */
type Times = number[][];

async function main(): Promise<void> {
  const a = flag('--a');
  const b = flag('--b');
  if (!a || !b) throw new Error('usage: tsx ab.ts --a DIR --b DIR [--runs N] [--corpus DIR]');
  const runs = Number(flag('--runs') ?? 20);
  const builds: Build[] = await Promise.all([a, b].map(async (dir) => (await import(pathToFileURL(join(resolve(dir), 'index.js')).href)) as Build));
  const { source, files } = benchPages(resolve(flag('--corpus') ?? DEFAULT_CORPUS));
  const calls = builds.flatMap((m) => [(i: number) => m.extract(files[i]!.html, files[i]!.url ? { url: files[i]!.url } : {}), (i: number) => m.parseDocument(files[i]!.html)]);
  // calls: [A extract, A parse, B extract, B parse]
  const times: Times[] = calls.map(() => files.map(() => []));
  for (let pass = 0; pass < WARMUP + runs; pass++) {
    passOrder(files.length, pass).forEach((page, k) => {
      const order = (pass + k) % 2 === 0 ? [0, 2, 1, 3] : [2, 0, 3, 1];
      for (const c of order) {
        const start = performance.now();
        calls[c]!(page);
        if (pass >= WARMUP) times[c]![page]!.push(performance.now() - start);
      }
    });
  }
  const medians = times.map((t) => t.map((xs) => median(xs)!));
  const minima = times.map((t) => t.map((xs) => Math.min(...xs)));
  const ratio = (e: number, p: number): number => median(minima[e]!.map((x, i) => x / minima[p]![i]!))!;
  const avg = (xs: readonly number[]): number => mean(xs)!;
  const row = (what: string, av: number, bv: number, unit = ' ms'): string[] => [what, `${fixed(av, 3)}${unit}`, `${fixed(bv, 3)}${unit}`, `${((bv / av - 1) * 100).toFixed(1)}%`];
  console.log(`bench:ab — ${files.length} pages (${source}), ${runs} passes after ${WARMUP} warm-up; A = ${a}, B = ${b}\n`);
  console.log(
    formatTable(
      ['per page', 'A', 'B', 'B against A'],
      [
        row('extract: mean of medians', avg(medians[0]!), avg(medians[2]!)),
        row('extract: mean of fastest', avg(minima[0]!), avg(minima[2]!)),
        row('parse layer: mean of medians', avg(medians[1]!), avg(medians[3]!)),
        row('parse layer: mean of fastest', avg(minima[1]!), avg(minima[3]!)),
        row('extract less parse (fastest)', avg(minima[0]!) - avg(minima[1]!), avg(minima[2]!) - avg(minima[3]!)),
        row('median page: extract ÷ parse', ratio(0, 1), ratio(2, 3), '×'),
      ],
    ),
  );
}

await main();
