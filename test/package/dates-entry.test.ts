/**
 * `maqal/dates` must stay a small, parser-free entry: bundling it alone pulls in the date
 * engine and @date-fns/tz, never parse5, linkedom or the extractor.
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../fixtures.js';

describe('maqal/dates entry', () => {
  it('bundles without the HTML parser or the extractor', async () => {
    const result = await build({
      entryPoints: [join(ROOT, 'src', 'dates.ts')],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile!.inputs);
    expect(inputs.some((p) => p.includes('src/dates/'))).toBe(true);
    expect(inputs.filter((p) => /parse5|linkedom|css-select|src\/(parse|extract|adapt|adapters)\//.test(p))).toEqual([]);
    const bytes = result.outputFiles![0]!.contents.length;
    expect(bytes).toBeLessThan(200_000);
  });
});
