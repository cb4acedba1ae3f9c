/** `maqal` on one page: output equals the library's, formats, --fields, help and exit codes. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract, toMarkdown } from '../../src/index.js';
import { FIXTURE_NOW, FIXTURES, ROOT } from '../fixtures.js';
import { buildCli, parseNdjson, runCli, runInProcess } from './helpers.js';

const SEED = join(FIXTURES, 'shorouknews.com', 'seed.html');
const seedHtml = readFileSync(SEED);
const seedUrl = /<!--\s*maqal-url:\s*(\S+)\s*-->/.exec(seedHtml.toString())![1]!;
const NOW = FIXTURE_NOW.toISOString();
let cli: string;
const tmp = mkdtempSync(join(tmpdir(), 'maqal-cli-'));

beforeAll(async () => {
  cli = await buildCli('extract');
});
afterAll(() => {
  rmSync(cli, { force: true });
  rmSync(tmp, { recursive: true, force: true });
});

describe('maqal <file> (one page)', () => {
  it('prints the Article JSON the library returns (README command shape, no subcommand)', async () => {
    const r = await runCli(cli, ['fixtures/shorouknews.com/seed.html', '--url', seedUrl, '--now', NOW]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(extract(seedHtml, { url: seedUrl, now: FIXTURE_NOW }));
  });

  it('maqal extract - reads standard input; --format markdown', async () => {
    const r = await runCli(cli, ['extract', '-', '--url', seedUrl, '--now', NOW, '--format', 'markdown'], { input: seedHtml });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${toMarkdown(extract(seedHtml, { url: seedUrl, now: FIXTURE_NOW }))}\n`);
  });

  it('--fields keeps only those fields (json and ndjson), --out writes the file', async () => {
    const r = await runCli(cli, ['extract', SEED, '--fields', 'headline,published,authors', '--now', NOW]);
    const a = extract(seedHtml, { now: FIXTURE_NOW });
    expect(JSON.parse(r.stdout)).toEqual({ headline: a.headline, published: a.published, authors: a.authors });
    const out = join(tmp, 'one.ndjson');
    const r2 = await runCli(cli, ['extract', SEED, '--fields', 'headline', '--format', 'ndjson', '--out', out]);
    expect(r2.code).toBe(0);
    expect(r2.stdout).toBe('');
    expect(parseNdjson(readFileSync(out, 'utf8'))).toEqual([{ source: { file: SEED }, article: { headline: a.headline } }]);
  });

  it('--help and extract --help print usage with examples', async () => {
    for (const args of [['--help'], ['extract', '--help']]) {
      const r = await runCli(cli, args);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Examples:/);
      expect(r.stdout).toMatch(/Exit codes/);
    }
  }, 20_000);

  it('exit codes: 2 usage, 3 I/O, 1 not HTML — with the file name on stderr', async () => {
    const usage = [[], ['--bogus', SEED], ['extract', SEED, '--format', 'pdf'], ['extract', SEED, '--fields', 'nope'], ['extract', SEED, '--now', 'yesterday'], ['extract', SEED, '--time-zone', 'Mars/Base'], ['extract', SEED, '--adapter', 'nope.com'], ['extract', SEED, '--resume'], ['extract', 'fixtures', '--format', 'text'], ['adapter', 'old', 'x.com']];
    // In-process (no worker is started before the arguments are checked): fast.
    for (const args of usage) {
      const r = await runInProcess(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^maqal: /);
    }
    expect((await runCli(cli, ['--bogus'])).code).toBe(2);
    const missing = await runCli(cli, ['extract', 'no/such/page.html']);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('no/such/page.html');
    const png = join(tmp, 'image.html');
    writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const bin = await runCli(cli, ['extract', png]);
    expect(bin.code).toBe(1);
    expect(bin.stdout).toBe('');
    expect(bin.stderr).toContain(`${png}: BINARY_INPUT`);
    const unwritable = await runCli(cli, ['extract', SEED, '--out', join(tmp, 'no-dir', 'x.json')]);
    expect(unwritable.code).toBe(3);
  }, 20_000);
});

describe('npm run maqal (tsx, from source)', () => {
  it('prints the seed Article', async () => {
    const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
    const r = await new Promise<{ code: number | null; out: string }>((resolve) => {
      const c = spawn(tsx, ['src/cli/main.ts', 'fixtures/shorouknews.com/seed.html', '--now', NOW], { cwd: ROOT });
      let out = '';
      c.stdout.on('data', (d) => (out += d));
      c.on('close', (code) => resolve({ code, out }));
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual(extract(seedHtml, { now: FIXTURE_NOW }));
  }, 20_000);
});
