/**
 * A finished page must die young. If anything long-lived points into a page's tree (a
 * module-level WeakMap whose value holds the tree, such as linkedom's `defaultView` table),
 * V8's minor GC keeps the tree alive and copies it into the old space: every page's tree,
 * at about a third of all allocation, and the pauses cost more than the parse. This runs the
 * extractor over the fixtures in a child process with V8's GC trace and checks the share of
 * allocated bytes the minor GCs promote (about 2% when pages die young; 20% when they did not).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../fixtures.js';

function promotedShare(): { scavenges: number; share: number } {
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--trace-gc-nvp', join(ROOT, 'test/parse/young-garbage-child.ts')], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(child.status, child.stderr).toBe(0);
  let scavenges = 0;
  let promoted = 0;
  let allocated = 0;
  for (const line of child.stdout.split('\n')) {
    if (!line.includes(' gc=s ')) continue;
    scavenges++;
    promoted += Number(/ promoted=(\d+)/.exec(line)?.[1] ?? 0);
    allocated += Number(/ allocated=(\d+)/.exec(line)?.[1] ?? 0);
  }
  return { scavenges, share: allocated ? promoted / allocated : Number.NaN };
}

describe('pages die young', () => {
  it('minor GCs promote little of what extraction allocates', { timeout: 60_000 }, () => {
    const { scavenges, share } = promotedShare();
    expect(scavenges).toBeGreaterThan(10);
    expect(share).toBeLessThan(0.08);
  });
});
