/**
 * `npm run bench:gc`: garbage-collection time per page, in several fresh processes per tool.
 * A crawler runs one process for hours: a GC pathology that strikes only some processes (V8's
 * pretenuring decisions depend on where the minor GCs happen to fall) is invisible in one run.
 * Each process runs `--passes` passes over the bench pages and reports, after the first pass,
 * GC milliseconds per page and how many of the collections were full (mark-compact) ones.
 * Each process is `gc-child.mjs`. Usage: tsx gc.ts [--processes N] [--passes N] [--corpus DIR] [--tools maqal,maqal-parse] [--no-build]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CORPUS, REPO_ROOT, benchPages } from '../scripts/eval/corpus.js';
import { fixed, formatTable } from '../scripts/eval/table.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const MARK = '@@GC ';
/** A process whose GC time per page exceeds its tool's best process by this factor (and by 0.1 ms) is flagged. */
const PATHOLOGICAL = 2;
const MIN_EXCESS_MS = 0.1;

interface ProcessResult {
  tool: string;
  pages: number;
  msPerPage: number;
  gcMsPerPage: number;
  minorGcs: number;
  majorGcs: number;
}

const flag = (argv: readonly string[], name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};

/** One process in plain Node (no loader: its modules would change the heap the library runs in). */
function spawnChild(tool: string, passes: number, list: string): ProcessResult {
  const out = spawnSync(process.execPath, [join(HERE, 'gc-child.mjs'), tool, list, String(passes)], { cwd: HERE, encoding: 'utf8' });
  const line = out.stdout?.split('\n').find((l) => l.startsWith(MARK));
  if (out.status !== 0 || !line) throw new Error(`gc child for ${tool} failed: ${(out.stderr || out.stdout).trim().split('\n').at(-1)}`);
  return JSON.parse(line.slice(MARK.length)) as ProcessResult;
}

async function main(argv: readonly string[]): Promise<void> {
  const corpus = resolve(flag(argv, '--corpus') ?? DEFAULT_CORPUS);
  const passes = Number(flag(argv, '--passes') ?? 16);
  if (!Number.isInteger(passes) || passes < 2) throw new Error('--passes needs an integer of at least 2');
  const processes = Number(flag(argv, '--processes') ?? 8);
  const tools = (flag(argv, '--tools') ?? 'maqal,maqal-parse').split(',');
  // `--no-build` times dist/ as it is (another build copied there, say).
  if (!argv.includes('--no-build')) {
    const build = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], { cwd: REPO_ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stderr || build.stdout}`);
  }
  const { source, files } = benchPages(corpus);
  const list = join(REPO_ROOT, '.bench/gc-pages.json');
  mkdirSync(dirname(list), { recursive: true });
  writeFileSync(list, JSON.stringify(files.map((f) => ({ path: join(source, f.name), url: f.url }))));
  console.log(`bench:gc — ${files.length} pages (${source}), ${processes} processes per tool, ${passes - 1} timed passes each\n`);
  const rows: string[][] = [];
  for (const tool of tools) {
    const results = Array.from({ length: processes }, () => spawnChild(tool, passes, list));
    const best = Math.min(...results.map((r) => r.gcMsPerPage));
    const bad = results.filter((r) => r.gcMsPerPage > Math.max(PATHOLOGICAL * best, best + MIN_EXCESS_MS)).length;
    const gc = results.map((r) => r.gcMsPerPage).sort((a, b) => a - b);
    rows.push([
      tool,
      fixed(gc[0]!, 3),
      fixed(gc[gc.length >> 1]!, 3),
      fixed(gc.at(-1)!, 3),
      fixed(results.reduce((a, r) => a + r.msPerPage, 0) / results.length, 2),
      fixed(results.reduce((a, r) => a + r.majorGcs, 0) / results.length, 1),
      `${bad}/${processes}`,
    ]);
  }
  console.log(formatTable(['tool', 'GC ms/page min', 'median', 'max', 'mean ms/page', 'full GCs/process', `GC > ${PATHOLOGICAL}× best`], rows));
}

await main(process.argv.slice(2));
