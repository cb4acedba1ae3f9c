/**
 * Child process of young-garbage.test.ts: extracts every fixture page many times over, so
 * the parent can read V8's minor-GC trace (`--trace-gc-nvp`) of a steady run.
 */
import { extract } from '../../src/index.js';
import { listFixtures } from '../fixtures.js';

const pages = listFixtures().map((f) => f.html);
for (let pass = 0; pass < 60; pass++) for (const html of pages) extract(html);
