/**
 * The shared corpus pages are not ours to publish: no sentence of theirs, and no journalist they name, may
 * enter the project's files (fixtures, tests, docs, doc comments). The seed's text may (it started the project).
 * Runs only where ../shared sits beside the repository.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasCorpus, ROOT, SHARED } from '../fixtures.js';
import { namesOutlet } from '../../src/lexicon/index.js';

/** Arabic words in a row that make a sentence's own wording, not a phrase every story uses. */
const SHINGLE_WORDS = 7;
const CHECKED = ['src', 'test', 'docs', 'fixtures', 'scripts', 'bench', 'README.md'];
const SKIPPED_DIRS = new Set(['node_modules', '.bench', '.eval', 'dist']);

const words = (text: string): string[] => text.match(/[\u0621-\u064A]+/g) ?? [];
function shingles(text: string): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE_WORDS <= w.length; i++) out.add(w.slice(i, i + SHINGLE_WORDS).join(' '));
  return out;
}

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => (SKIPPED_DIRS.has(name) ? [] : filesUnder(join(path, name))));
}

function truths(): Array<Record<string, unknown>> {
  const dir = join(SHARED, 'corpus', 'truth');
  return readdirSync(dir).flatMap((site) =>
    readdirSync(join(dir, site)).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(dir, site, f), 'utf8')) as Record<string, unknown>),
  );
}

const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : []);

describe.skipIf(!hasCorpus())('the project holds nothing of the shared corpus pages (needs ../shared)', () => {
  // Read in beforeAll, not while the suite is collected: a skipped suite's body still runs, without ../shared.
  let seed = new Set<string>();
  let seedText = '';
  let all: Array<Record<string, unknown>> = [];
  let files: string[] = [];
  beforeAll(() => {
    const seedDir = join(SHARED, 'seed');
    const seedFiles = existsSync(seedDir) ? readdirSync(seedDir).map((f) => readFileSync(join(seedDir, f), 'utf8')) : [];
    seed = new Set(seedFiles.flatMap((t) => [...shingles(t)]));
    seedText = seedFiles.join('\n');
    all = truths();
    files = CHECKED.flatMap((p) => filesUnder(join(ROOT, p))).filter((f) => /\.(ts|js|json|md|html|txt|tsv|jsonl)$/.test(f));
  });

  it('shares no run of seven words with a story the corpus annotates (headline, deck, body, captions)', () => {
    const corpus = new Set<string>();
    for (const t of all) for (const s of strings([t.headline, t.subheadline, t.body, t.captions])) for (const sh of shingles(s)) if (!seed.has(sh)) corpus.add(sh);
    const hits = files.flatMap((f) => [...shingles(readFileSync(f, 'utf8'))].filter((s) => corpus.has(s)).map((s) => `${f.slice(ROOT.length + 1)}: ${s}`));
    expect(hits).toEqual([]);
  });

  it('names none of the journalists the corpus pages name', () => {
    // A person's name: two words or more, none an initial (`أ ش أ`), no outlet the lexicon knows, not the seed's.
    const people = [...new Set(all.flatMap((t) => strings(t.authors)))].filter(
      (n) => words(n).length >= 2 && words(n).every((w) => w.length > 1) && !namesOutlet(n) && !/[.«/]/.test(n) && !seedText.includes(n),
    );
    expect(people.length).toBeGreaterThan(10);
    const hits = files.flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      return people.filter((n) => text.includes(n)).map((n) => `${f.slice(ROOT.length + 1)}: ${n}`);
    });
    expect(hits).toEqual([]);
  });
});
