/** Shared helpers for the fixture-driven tests: where fixtures live and how they are extracted. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = join(ROOT, 'fixtures');
/** Fixtures are extracted as if fetched at this instant (relative dates, future-date checks). */
export const FIXTURE_NOW = new Date('2026-01-01T00:00:00Z');

export interface Fixture {
  site: string;
  name: string;
  htmlPath: string;
  expectedPath: string;
  html: string;
  expected?: Record<string, any>;
}

/** Every `fixtures/<site>/<name>.html` with its `<name>.expected.json` (when present). */
export function listFixtures(): Fixture[] {
  const out: Fixture[] = [];
  for (const site of readdirSync(FIXTURES).sort()) {
    const dir = join(FIXTURES, site);
    let files: string[];
    try {
      files = readdirSync(dir);
    } catch {
      continue;
    }
    for (const f of files.filter((f) => f.endsWith('.html')).sort()) {
      const name = f.slice(0, -5);
      const expectedPath = join(dir, `${name}.expected.json`);
      out.push({
        site,
        name,
        htmlPath: join(dir, f),
        expectedPath,
        html: readFileSync(join(dir, f), 'utf8'),
        ...(existsSync(expectedPath) ? { expected: JSON.parse(readFileSync(expectedPath, 'utf8')) } : {}),
      });
    }
  }
  return out;
}

export const SHARED = join(ROOT, '..', 'shared');
export const hasCorpus = (): boolean => existsSync(join(SHARED, 'corpus', 'manifest.jsonl'));
