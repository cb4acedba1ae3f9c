/**
 * Batch benchmark: 5,000 pages made from the fixtures (each varied a little) as a directory
 * and as a WARC.gz; `maqal extract` over each with --workers 1 and --workers 2; pages/s, the
 * 2-vs-1 speed-up and the peak RSS of the process (worker threads included).
 *
 * Run: npx tsx bench/batch.ts [pages]
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildCli, warcRecord } from '../test/cli/helpers.js';
import { listFixtures } from '../test/fixtures.js';

const PAGES = Number(process.argv[2] ?? 5000);
/** Extra node flags for the CLI process (experiments), e.g. MAQAL_BENCH_NODE_FLAGS=--single-threaded-gc */
const NODE_FLAGS = (process.env.MAQAL_BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean);
const dir = mkdtempSync(join(tmpdir(), 'maqal-bench-batch-'));
const pagesDir = join(dir, 'pages');
const warc = join(dir, 'pages.warc.gz');

/** A fixture page varied a little: a numbered sentence in the first paragraph and the title. */
function vary(html: string, i: number): string {
  return html
    .replace(/<title>([^<]*)/i, (_m, t: string) => `<title>${t} ${i}`)
    .replace(/<p([^>]*)>/i, (_m, a: string) => `<p${a}>تحديث رقم ${i} من الخبر. `);
}

async function generate(): Promise<void> {
  const fixtures = listFixtures();
  const out = createWriteStream(warc);
  for (let i = 0; i < PAGES; i++) {
    const f = fixtures[i % fixtures.length]!;
    const html = vary(f.html, i);
    const sub = join(pagesDir, String(Math.floor(i / 100)).padStart(3, '0'));
    if (i % 100 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `${f.site}-${f.name}-${i}.html`), html);
    const rec = gzipSync(warcRecord({ uri: `https://www.${f.site}/bench/${i}`, id: `bench-${i}`, httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' }, body: html }));
    if (!out.write(rec)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'close');
}

interface Result {
  input: string;
  workers: number;
  pages: number;
  seconds: number;
  rate: number;
  rssMB: number;
  /** CPU seconds (user + system, all threads) over wall seconds: how many cores it kept busy. */
  cores: number;
}

async function run(cli: string, input: string, workers: number): Promise<Result> {
  const out = join(dir, `out-${workers}.ndjson`);
  const useTime = existsSync('/usr/bin/time');
  const cmd = useTime ? '/usr/bin/time' : process.execPath;
  const args = [...(useTime ? ['-f', 'MAXRSS_KB=%M CPU_S=%U+%S', process.execPath] : []), ...NODE_FLAGS, cli, 'extract', input, '--workers', String(workers), '--out', out];
  const t0 = performance.now();
  const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const [code] = (await once(child, 'close')) as [number];
  const seconds = (performance.now() - t0) / 1000;
  if (code !== 0) throw new Error(`maqal exited ${code}: ${stderr}`);
  const pages = Number(/(\d+) pages, \d+ errors/.exec(stderr)?.[1] ?? NaN);
  const rss = Number(/MAXRSS_KB=(\d+)/.exec(stderr)?.[1] ?? NaN) / 1024;
  const cpu = /CPU_S=([\d.]+)\+([\d.]+)/.exec(stderr);
  const cores = cpu ? (Number(cpu[1]) + Number(cpu[2])) / seconds : NaN;
  return { input, workers, pages, seconds, rate: pages / seconds, rssMB: rss, cores };
}

try {
  console.log(`generating ${PAGES} pages in ${dir} …`);
  await generate();
  const cli = await buildCli('bench');
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model}, load average before: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const results: Result[] = [];
  for (const [label, input] of [['directory', pagesDir], ['warc.gz', warc]] as const) {
    for (const workers of [1, 2]) {
      const r = await run(cli, input, workers);
      results.push(r);
      console.log(`${label.padEnd(9)} --workers ${workers}: ${r.pages} pages in ${r.seconds.toFixed(1)} s = ${r.rate.toFixed(1)} pages/s, peak RSS ${r.rssMB.toFixed(0)} MB, ${r.cores.toFixed(2)} cores busy, load ${loadavg()[0]!.toFixed(2)}`);
    }
    const [one, two] = results.slice(-2) as [Result, Result];
    console.log(`${label.padEnd(9)} speed-up 2 vs 1 workers: ${(two.rate / one.rate).toFixed(2)}×`);
  }
  console.log(`peak RSS (max over runs): ${Math.max(...results.map((r) => r.rssMB)).toFixed(0)} MB; load average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  rmSync(cli, { force: true });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
