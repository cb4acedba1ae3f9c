/**
 * V8 counts, per object or array literal, how many of its objects survive a minor GC, and past
 * a ratio allocates that literal's objects in the old generation for good. Objects that live as
 * long as their page and point into its tree (END markers, the element index's lists, text blocks,
 * their noise links and text sizes) must not come from a literal: once pretenured, the dead old
 * ones kept every later page's young tree alive through the minor GCs (GC time ×5 for the rest of
 * the process, `npm run bench:gc`). The child reads pages large enough to trigger the decision on
 * a literal, then checks where a small page's records were born (all old with literals; none now).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../fixtures.js';

describe('per-page objects are never pretenured', () => {
  it('a small page read after huge ones has its END markers, index lists and blocks in the young generation', { timeout: 60_000 }, () => {
    const child = spawnSync(process.execPath, ['--allow-natives-syntax', '--import', 'tsx', join(ROOT, 'test/parse/pretenuring-child.ts')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(child.status, child.stderr).toBe(0);
    const result = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as { elements: number; oldEnds: number; lists: number; oldLists: number; records: number; oldRecords: number };
    expect(result.elements).toBe(400);
    expect(result.lists).toBeGreaterThan(400);
    expect(result.oldEnds).toBe(0);
    expect(result.oldLists).toBe(0);
    expect(result.records).toBeGreaterThan(600);
    expect(result.oldRecords).toBe(0);
  });
});
