/**
 * maqal runs in a real browser: the library bundled for browsers extracts the seed page in
 * headless Chromium, and the Article deep-equals the Node result (same `now` and `url`).
 * Skips when /usr/bin/chromium is absent (.ci/run installs Debian's `chromium`).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { FIXTURE_NOW, FIXTURES } from '../fixtures.js';
import { bundleForBrowser } from './bundle.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`skipping the browser test: ${CHROMIUM} is absent (apt-get install -y chromium)`);

const SEED = join(FIXTURES, 'shorouknews.com', 'seed.html');
const seed = readFileSync(SEED);
const url = /<!--\s*maqal-url:\s*(\S+)\s*-->/.exec(seed.toString())![1]!;

const HARNESS = `<!doctype html><meta charset="utf-8"><title>maqal</title>
<script type="module">
  import { extract } from './maqal.js';
  try {
    const bytes = new Uint8Array(await (await fetch('./seed.html')).arrayBuffer());
    window.__result = { article: extract(bytes, { url: ${JSON.stringify(url)}, now: new Date(${JSON.stringify(FIXTURE_NOW.toISOString())}) }) };
  } catch (e) {
    window.__result = { error: String(e && e.stack || e) };
  }
</script>`;

describe.skipIf(!hasChromium)('in headless Chromium', () => {
  // Made in beforeAll, not while collecting: a skipped suite would leave it behind (afterAll does not run then).
  let dir = '';
  let server: Server;
  let base = '';
  let bundle = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'maqal-browser-'));
    bundle = await bundleForBrowser(join(dir, 'maqal.js'));
    const files: Record<string, [string, string | Buffer]> = {
      '/': ['text/html; charset=utf-8', HARNESS],
      '/maqal.js': ['text/javascript; charset=utf-8', bundle],
      '/seed.html': ['application/octet-stream', seed],
    };
    server = createServer((req, res) => {
      const f = files[req.url ?? ''];
      if (!f) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': f[0] }).end(f[1]);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the browser bundle has no Node built-ins', () => {
    expect(bundle).not.toMatch(/["']node:/);
  });

  it('extracts the seed page exactly as Node does', async () => {
    const { chromium } = await import('playwright-core');
    const profile = mkdtempSync(join(tmpdir(), 'maqal-chromium-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${base}/`);
      await page.waitForFunction(() => (window as unknown as { __result?: unknown }).__result !== undefined, undefined, { timeout: 20_000 });
      const result = await page.evaluate(() => (window as unknown as { __result: { article?: unknown; error?: string } }).__result);
      expect(errors).toEqual([]);
      expect(result.error).toBeUndefined();
      expect(result.article).toEqual(extract(seed, { url, now: FIXTURE_NOW }));
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }, 60_000);
});
