/**
 * Parse-layer benchmark: ms per page for maqal's parser (parse5 building linkedom nodes),
 * linkedom's own parseHTML, and parse5's default tree — on the corpus pages (or the
 * project's fixtures when the corpus is absent). Run: npm run bench:parse [-- --runs 10]
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'parse5';
import { parseHTML } from 'linkedom';
import { parseDocument } from '../src/parse/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 10;

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...htmlFiles(p));
    else if (e.name.endsWith('.html')) out.push(p);
  }
  return out;
}

const corpus = join(root, '..', 'shared', 'corpus', 'pages');
const source = existsSync(corpus) ? corpus : join(root, 'fixtures');
const pages = htmlFiles(source).map((f) => readFileSync(f, 'utf8'));

function measure(fn: (html: string) => unknown): { median: number; p95: number } {
  for (const p of pages) fn(p); // warm-up
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    for (const p of pages) {
      const t = performance.now();
      fn(p);
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  return { median: times[times.length >> 1]!, p95: times[Math.floor(times.length * 0.95)]! };
}

console.log(`parse benchmark: ${pages.length} pages from ${source.replace(root + '/', '')}, ${runs} runs`);
const rows = [
  ['maqal parseDocument (parse5 → linkedom)', measure(parseDocument)],
  ["linkedom's parseHTML", measure((h) => parseHTML(h))],
  ["parse5's default tree", measure((h) => parse(h))],
] as const;
for (const [name, { median, p95 }] of rows) console.log(`${name.padEnd(42)} median ${median.toFixed(2)} ms/page   p95 ${p95.toFixed(2)} ms`);
