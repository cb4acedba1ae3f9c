/**
 * Size of the library bundled for browsers (esbuild, platform browser, ESM, minified), raw
 * and gzipped. Run: npx tsx scripts/bundle-size.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleForBrowser } from '../test/browser/bundle.js';

const dir = mkdtempSync(join(tmpdir(), 'maqal-size-'));
try {
  const code = Buffer.from(await bundleForBrowser(join(dir, 'maqal.js')));
  const kib = (n: number): string => `${(n / 1024).toFixed(1)} KiB`;
  console.log(`browser bundle (src/index.ts, esm, minified): ${kib(code.length)} (${code.length} B), gzip -9: ${kib(gzipSync(code, { level: 9 }).length)} (${gzipSync(code, { level: 9 }).length} B)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
