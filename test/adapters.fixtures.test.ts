/**
 * The generated adapter test: every fixture page must extract to its reviewed
 * `<name>.expected.json` (rewrite them with `npm run fixtures:update`, review the diff).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { FIXTURE_NOW, listFixtures } from './fixtures.js';

const fixtures = listFixtures();

describe.each(fixtures.map((f) => [`${f.site}/${f.name}`, f] as const))('fixture %s', (_id, f) => {
  it('has a reviewed expected Article', () => {
    expect(f.expected, `${f.expectedPath} missing: run npm run fixtures:update and review it`).toBeDefined();
  });
  it('extracts to the expected Article', () => {
    if (!f.expected) return;
    const article = extract(f.html, { url: f.expected.url, now: FIXTURE_NOW });
    expect(JSON.parse(JSON.stringify(article))).toEqual(f.expected);
  });
});
