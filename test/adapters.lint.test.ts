/**
 * Adapter lint: the rules every built-in site adapter keeps, checked on the files themselves.
 * Each failure names the file and says what to change (docs/adapters.md walks through it).
 *
 * - `src/adapters/<id>.ts` exports only `default`, built by `defineAdapter`, and is listed in
 *   `builtinAdapters` (src/adapters/index.ts); every listed adapter has its own file.
 * - the id is the file name; ids and domains are unique; domains are lower-case hosts; the
 *   time zone is an Area/City IANA zone.
 * - `fixtures/<id>/` holds at least one page with its reviewed `.expected.json`, extracted by
 *   this adapter.
 * - every selector the adapter declares (field selectors, selector lists, `{ selector }` picks,
 *   `remove`, `transforms` keys; functions are not read) matches an element in one of its fixtures.
 * - no `TODO(adapter)` marker left by `maqal adapter new` in the adapter or its fixtures.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Adapter, PickSpec, Selectors } from '../src/adapt/types.js';
import { builtinAdapters } from '../src/adapters/index.js';
import { parseDocument } from '../src/parse/index.js';
import { selectAll } from '../src/parse/select.js';
import { FIXTURES, ROOT, listFixtures, type Fixture } from './fixtures.js';

const ADAPTERS_DIR = join(ROOT, 'src', 'adapters');
const INDEX = 'src/adapters/index.ts';
/** A lower-case host of two labels or more (no scheme, port, path, `www.` or trailing dot). */
const HOST = /^(?!www\d?\.)(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]+)$/;
/** Area/Location[/Location] IANA zones (`Africa/Cairo`); offsets and abbreviations do not follow DST. */
const IANA = /^[A-Z][A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+$/;
const MARKER = 'TODO(adapter)';

/** The fields that take selectors (functions are skipped: their selectors are code). */
const SELECTOR_FIELDS = ['headline', 'subheadline', 'authors', 'published', 'updated', 'section', 'tags', 'leadImage', 'body', 'captions'] as const;

interface Declared {
  /** Where the selector sits in the spec, e.g. `published.selector[1]`, `remove[3]`, `transforms['p img ~ span']`. */
  where: string;
  selector: string;
}

const isPick = (v: unknown): v is PickSpec => typeof v === 'object' && v !== null && !Array.isArray(v) && 'selector' in v;
const asList = (s: Selectors): readonly string[] => (typeof s === 'string' ? [s] : s);

/** Every CSS selector an adapter declares as data. */
function declaredSelectors(a: Adapter): Declared[] {
  const out: Declared[] = [];
  for (const field of SELECTOR_FIELDS) {
    const v: unknown = a[field];
    if (v === undefined || typeof v === 'function') continue;
    const pick = isPick(v);
    const base = pick ? `${field}.selector` : field;
    const list = asList((pick ? v.selector : v) as Selectors);
    list.forEach((selector, i) => out.push({ where: list.length > 1 ? `${base}[${i}]` : base, selector }));
  }
  (a.remove ?? []).forEach((selector, i) => out.push({ where: `remove[${i}]`, selector }));
  for (const selector of Object.keys(a.transforms ?? {})) out.push({ where: `transforms[${JSON.stringify(selector)}]`, selector });
  return out;
}

/** The line numbers (1-based) of a text that contain `needle`. */
const linesWith = (text: string, needle: string): number[] =>
  text.split('\n').flatMap((line, i) => (line.includes(needle) ? [i + 1] : []));

// ---------------------------------------------------------------------------------------------

const adapterFiles = readdirSync(ADAPTERS_DIR)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.endsWith('.d.ts'))
  .sort();

interface Loaded {
  file: string;
  /** The id the file name says: `src/adapters/<id>.ts`. */
  stem: string;
  exports: Record<string, unknown>;
  adapter: Adapter | undefined;
}

const loaded: Loaded[] = await Promise.all(
  adapterFiles.map(async (f) => {
    const exports = (await import(pathToFileURL(join(ADAPTERS_DIR, f)).href)) as Record<string, unknown>;
    const d = exports.default as Adapter | undefined;
    const adapter = d && typeof d === 'object' && typeof d.id === 'string' ? d : undefined;
    return { file: `src/adapters/${f}`, stem: f.slice(0, -3), exports, adapter };
  }),
);

const allFixtures = listFixtures();
const fixturesOf = (id: string): Fixture[] => allFixtures.filter((f) => f.site === id);
const docs = new Map<string, Document>();
const docOf = (f: Fixture): Document => {
  let d = docs.get(f.htmlPath);
  if (!d) docs.set(f.htmlPath, (d = parseDocument(f.html)));
  return d;
};

describe('adapter lint: the set of built-in adapters', () => {
  it('every adapter in builtinAdapters has its own file src/adapters/<id>.ts', () => {
    const problems = builtinAdapters
      .filter((a) => !loaded.some((l) => l.adapter === a))
      .map((a) => `builtinAdapters lists adapter "${a.id}" but no src/adapters/*.ts file exports it as default: move it to src/adapters/${a.id}.ts (export default defineAdapter({...})) and import it from there in ${INDEX}`);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('adapter ids are unique', () => {
    const problems: string[] = [];
    const seen = new Map<string, string>();
    for (const a of builtinAdapters) {
      const other = seen.get(a.id);
      if (other !== undefined) problems.push(`two adapters in builtinAdapters have id "${a.id}": keep one (each site has exactly one adapter file, src/adapters/${a.id}.ts)`);
      seen.set(a.id, a.id);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('no two adapters claim one domain', () => {
    const owner = new Map<string, string>();
    const problems: string[] = [];
    for (const l of loaded) {
      if (!l.adapter) continue;
      for (const d of l.adapter.domains) {
        const other = owner.get(d);
        if (other === l.file) problems.push(`${l.file}: domain "${d}" is listed twice in domains: remove the duplicate`);
        else if (other) problems.push(`domain "${d}" is claimed by both ${other} and ${l.file}: one site, one adapter — remove it from one of them (to change a built-in adapter, edit its file)`);
        owner.set(d, l.file);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe.each(loaded.map((l) => [l.file, l] as const))('adapter lint: %s', (file, l) => {
  const a = l.adapter;
  const need = (): Adapter => {
    if (!a) throw new Error(`${file} has no adapter as its default export: write \`export default defineAdapter({ id: '${l.stem}', ... })\``);
    return a;
  };

  it('exports only `default`, an adapter built by defineAdapter', () => {
    const extra = Object.keys(l.exports).filter((k) => k !== 'default');
    const problems: string[] = [];
    if (!a) problems.push(`${file} has no adapter as its default export: write \`export default defineAdapter({ id: '${l.stem}', ... })\``);
    else if (!Object.isFrozen(a)) problems.push(`${file}: the default export is not frozen — build it with defineAdapter({...}) (it checks and freezes the spec)`);
    if (extra.length) {
      problems.push(
        `${file} exports ${extra.map((k) => `\`${k}\``).join(', ')} besides default: an adapter module exports only its adapter. ` +
          `Drop the \`export\` keyword (keep the helper private to the file), or move a helper other code needs to a module under src/ (not src/adapters/) and import it from there`,
      );
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('is registered in builtinAdapters', () => {
    const adapter = need();
    expect(builtinAdapters.includes(adapter), `${file} is not registered: add \`import x from './${l.stem}.js';\` and \`x\` to the builtinAdapters array in ${INDEX} (maqal adapter new does this for you)`).toBe(true);
  });

  it('has the file name as its id', () => {
    const adapter = need();
    expect(adapter.id, `${file}: id is "${adapter.id}" but the file is named ${l.stem}.ts: make them equal (rename the file to src/adapters/${adapter.id}.ts, or set id: '${l.stem}'), and keep fixtures in fixtures/<id>/`).toBe(l.stem);
  });

  it('lists lower-case hosts as domains, and an IANA zone as timeZone', () => {
    const adapter = need();
    const problems: string[] = [];
    if (!adapter.domains.length) problems.push(`${file}: domains is empty: list the site's host, e.g. domains: ['${l.stem}']`);
    for (const d of adapter.domains) {
      if (!HOST.test(d)) {
        problems.push(
          `${file}: domain "${d}" is not a bare lower-case host: write it like 'example.com' — no scheme, path, port, capitals or trailing dot, and no www./m. prefix (subdomains match automatically)`,
        );
      }
    }
    let zoneOk = IANA.test(adapter.timeZone);
    try {
      new Intl.DateTimeFormat('en', { timeZone: adapter.timeZone });
    } catch {
      zoneOk = false;
    }
    if (!zoneOk) problems.push(`${file}: timeZone "${adapter.timeZone}" is not an Area/City IANA zone: use the zone the site writes its times in, e.g. 'Africa/Cairo' or 'Asia/Riyadh' (not an offset or abbreviation: those miss daylight saving)`);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('has at least one fixture with a reviewed expected file, extracted by this adapter', () => {
    const adapter = need();
    const fx = fixturesOf(adapter.id);
    const problems: string[] = [];
    if (!fx.length) {
      problems.push(
        `${file} has no fixture: add fixtures/${adapter.id}/<layout>.html — a small page modelled on the site's real markup, with your own text and a <!-- maqal-url: https://${adapter.id}/... --> line — then run npm run fixtures:update -- ${adapter.id} and review the .expected.json (docs/adapters.md)`,
      );
    }
    for (const f of fx) {
      const rel = `fixtures/${f.site}/${f.name}`;
      if (!f.expected) problems.push(`${rel}.expected.json is missing: run npm run fixtures:update -- ${adapter.id} and review it`);
      else if (f.expected.adapter !== adapter.id) {
        problems.push(
          `${rel}.expected.json was extracted by adapter "${f.expected.adapter}", not ${adapter.id}: give the page a URL on ${adapter.domains.join(' / ')} (the <!-- maqal-url: … --> line; the expected file's "url" wins once it exists), then run npm run fixtures:update -- ${adapter.id}`,
        );
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('declares only selectors that match an element in one of its fixtures', () => {
    const adapter = need();
    const fx = fixturesOf(adapter.id);
    if (!fx.length) return; // reported by the fixture check
    const names = fx.map((f) => `${f.name}.html`).join(', ');
    const problems: string[] = [];
    for (const { where, selector } of declaredSelectors(adapter)) {
      let matched = false;
      try {
        matched = fx.some((f) => selectAll(docOf(f), selector).length > 0);
      } catch (e) {
        problems.push(`${file}: ${where} '${selector}' is not valid CSS (${(e as Error).message.split('\n')[0]}): fix the selector`);
        continue;
      }
      if (!matched) {
        problems.push(
          `${file}: ${where} '${selector}' matches nothing in fixtures/${adapter.id}/ (${names}): ` +
            `add the element it targets to a fixture, modelled on the site's markup (then npm run fixtures:update -- ${adapter.id}), or correct / drop the selector`,
        );
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it(`has no ${MARKER} markers left`, () => {
    const adapter = need();
    const problems: string[] = [];
    const src = readFileSync(join(ROOT, file), 'utf8');
    const inSrc = linesWith(src, MARKER);
    if (inSrc.length) problems.push(`${file} line ${inSrc.join(', ')}: ${MARKER} — finish that part of the template, then delete the marker`);
    const dir = join(FIXTURES, adapter.id);
    if (existsSync(dir)) {
      for (const f of readdirSync(dir).filter((n) => n.endsWith('.html')).sort()) {
        const lines = linesWith(readFileSync(join(dir, f), 'utf8'), MARKER);
        if (lines.length) problems.push(`fixtures/${adapter.id}/${f} line ${lines.join(', ')}: ${MARKER} — rewrite the skeleton after the site's real markup (your own text), then delete the marker`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
