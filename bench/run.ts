/**
 * `npm run bench` (in bench/): time maqal, its parse layer, parse5 and the peer
 * extractors on the corpus pages (or fixtures/**\/*.html), each tool in its own child
 * process. Usage: tsx run.ts [--runs N] [--warmup N] [--rounds N] [--corpus DIR] [--tools a,b,c] [--json FILE]
 * See docs/performance.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import { busyHostWarning, describeMachine, machineLine } from './machine.js';
import { DEFAULT_CORPUS, REPO_ROOT, benchPages } from '../scripts/eval/corpus.js';
import { ensureBenchInstalled } from '../scripts/eval/peers.js';
import { NA, fixed, formatTable } from '../scripts/eval/table.js';
import { isPeerId } from './peers/index.js';
import { BENCH_TOOLS, RESULT_MARK, type OneResult } from './run-one.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const FLOORS = ['parse5', 'maqal-parse'] as const;
/**
 * Warm-up passes before timing, for every tool alike: a crawler runs millions of pages, so the
 * figure that matters is the optimised steady state, not the first hundred pages' JIT tiers.
 */
const DEFAULT_WARMUP = 3;
/**
 * Processes per fast tool (maqal, its parse layer, parse5). Their medians are a few milliseconds,
 * and on a shared host one process can come out 10–20% off the next for the same code (JIT and
 * neighbours: eight processes of one build gave 3.39–4.16 ms); the peers, 4–30× slower, run once.
 * Rounds interleave the fast tools (maqal, parse layer, parse5, maqal, …) and each keeps its middle
 * process (by median), whole. Five, not three: the middle of three moved 1.8× → 2.1× between runs
 * minutes apart with nothing changed.
 */
const DEFAULT_ROUNDS = 5;
const ROUNDED = new Set(['maqal', 'maqal-parse', 'parse5']);

interface Options {
  runs: number;
  warmup: number;
  rounds: number;
  corpus: string;
  tools: string[];
  json: string;
}

function parseOptions(argv: readonly string[]): Options {
  const get = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const runs = Number(get('--runs') ?? 5);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs needs a positive integer');
  const warmup = Number(get('--warmup') ?? DEFAULT_WARMUP);
  if (!Number.isInteger(warmup) || warmup < 0) throw new Error('--warmup needs a whole number');
  const rounds = Number(get('--rounds') ?? DEFAULT_ROUNDS);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds needs a positive integer');
  return {
    runs,
    warmup,
    rounds,
    corpus: resolve(get('--corpus') ?? DEFAULT_CORPUS),
    tools: get('--tools')?.split(',') ?? [...BENCH_TOOLS],
    json: resolve(get('--json') ?? join(REPO_ROOT, '.bench/bench.json')),
  };
}

type Outcome = (OneResult & { roundMedians?: number[] }) | { tool: string; failed: string };

/** The process with the middle median of a tool's rounds (all its figures together), or the first failure. */
function middleRound(tool: string, rounds: readonly Outcome[]): Outcome {
  const ok = rounds.filter((o): o is OneResult => !('failed' in o) && o.medianMs !== null);
  if (ok.length === 0) return rounds[0] ?? { tool, failed: 'no run' };
  const sorted = [...ok].sort((a, b) => a.medianMs! - b.medianMs!);
  return { ...sorted[(sorted.length - 1) >> 1]!, roundMedians: ok.map((o) => o.medianMs!) };
}

/** The `SomeError: message` line of a crashed child's output, else its last line. */
function failureReason(output: string, status: number | null): string {
  const lines = output.trim().split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const line = lines.find((l) => /^\w*(Error|Exception)\b/.test(l)) ?? lines.at(-1) ?? `exit ${status}`;
  return line.slice(0, 200);
}

/** maqal is timed as users run it, from the built package: build it now so it is never stale. */
function buildLibrary(): void {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['run', 'build'], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm run build failed:\n${r.stderr || r.stdout}`);
  console.log('bench: built the library (dist/) to time it as users run it');
}

/** Run `run-one.ts <tool>` in a fresh Node process with the tsx loader. */
function runChild(tool: string, options: Options): Outcome {
  const child = spawnSync(
    process.execPath,
    ['--import', import.meta.resolve('tsx'), join(HERE, 'run-one.ts'), tool, '--runs', String(options.runs), '--warmup', String(options.warmup), '--corpus', options.corpus],
    { cwd: HERE, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  const line = child.stdout?.split('\n').find((l) => l.startsWith(RESULT_MARK));
  if (child.status === 0 && line) return JSON.parse(line.slice(RESULT_MARK.length)) as OneResult;
  return { tool, failed: failureReason(child.stderr || child.stdout || String(child.error ?? ''), child.status) };
}

const ratio = (value: number | null, base: number | null | undefined): string =>
  value === null || base === null || base === undefined || base === 0 ? NA : `${(value / base).toFixed(1)}×`;

function table(outcomes: readonly Outcome[]): string {
  const ok = new Map(outcomes.flatMap((o) => ('failed' in o ? [] : [[o.tool, o] as const])));
  const base = (tool: string): number | null | undefined => ok.get(tool)?.medianMs;
  const rows = outcomes.map((o) => {
    if ('failed' in o) return [o.tool, 'failed'];
    if (o.tool === 'none') return [o.tool, NA, NA, NA, (o.maxRssKb / 1024).toFixed(0), NA, NA, NA, ''];
    return [
      o.tool,
      fixed(o.medianMs, 2),
      fixed(o.p95Ms, 2),
      fixed(o.pagesPerSecond, 1),
      (o.maxRssKb / 1024).toFixed(0),
      ratio(o.medianMs, base('maqal')),
      ...FLOORS.map((f) => ratio(o.medianMs, base(f))),
      o.errors > 0 ? String(o.errors) : '',
    ];
  });
  return formatTable(['tool', 'median ms', 'p95 ms', 'pages/s', 'peak RSS MB', '× maqal', '× parse5', '× maqal-parse', 'errors'], rows);
}

function writeJson(path: string, data: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  if (basename(dirname(path)) === '.bench' && !existsSync(join(dirname(path), '.gitignore'))) {
    writeFileSync(join(dirname(path), '.gitignore'), '*\n');
  }
  writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const { source, files } = benchPages(options.corpus);
  if (files.length === 0) {
    console.log(`bench: no pages (looked in ${source}) — skipped`);
    return;
  }
  if (options.tools.some(isPeerId) && !ensureBenchInstalled((line) => console.log(`bench: ${line}`))) {
    console.log('bench: the peer tools will be reported as failed');
  }
  const kb = files.reduce((a, f) => a + Buffer.byteLength(f.html), 0) / 1024;
  const machine = describeMachine();
  console.log(`bench: machine: ${machineLine(machine)}`);
  console.log(`bench: ${files.length} pages (${kb.toFixed(0)} KB) from ${source}; ${options.warmup} warm-up passes + ${options.runs} timed passes per tool; ${options.rounds} process(es) each for ${[...ROUNDED].join(', ')}`);
  if (options.tools.some((t) => t.startsWith('maqal'))) buildLibrary();
  const runs = new Map<string, Outcome[]>(options.tools.map((t) => [t, []]));
  for (let round = 0; round < options.rounds; round++) {
    for (const tool of options.tools) {
      if (round > 0 && !ROUNDED.has(tool)) continue;
      const outcome = runChild(tool, options);
      const label = options.rounds > 1 && ROUNDED.has(tool) ? `${tool} (round ${round + 1}/${options.rounds})` : tool;
      console.log(`bench: ${label} ${'failed' in outcome ? `failed (${outcome.failed})` : 'done'}`);
      runs.get(tool)!.push(outcome);
    }
  }
  const outcomes = options.tools.map((t) => middleRound(t, runs.get(t)!));
  console.log(`\n${table(outcomes)}`);
  for (const o of outcomes) {
    if (!('failed' in o) && o.roundMedians && o.roundMedians.length > 1) {
      console.log(`  ${o.tool}: median ms of its ${o.roundMedians.length} processes ${o.roundMedians.map((m) => m.toFixed(2)).join(', ')} (the middle one is shown)`);
    }
  }
  for (const o of outcomes) {
    const warning = !('failed' in o) && o.roundMedians ? busyHostWarning(o.tool, o.roundMedians) : undefined;
    if (warning) console.log(`  warning: ${warning}`);
  }
  for (const o of outcomes) if ('failed' in o) console.log(`  ${o.tool} failed: ${o.failed}`);
  const loadAtEnd = Number(loadavg()[0]!.toFixed(2));
  console.log(`  machine: ${machineLine(machine, loadAtEnd)} (the load at the end counts the bench's own processes)`);
  console.log('\nmedian/p95: over pages of each page\'s median time across passes; `none` = process baseline (pages read, nothing parsed).');
  writeJson(options.json, { generatedAt: new Date().toISOString(), node: process.version, machine: { ...machine, loadAtEnd }, source, pages: files.length, warmup: options.warmup, runs: options.runs, rounds: options.rounds, results: outcomes });
  console.log(`bench: results written to ${relative(process.cwd(), options.json)}`);
}

await main();
