/**
 * `scaffoldAdapter` (maqal adapter new): run in a temporary checkout whose `src/adapters/` is a copy
 * (the other `src/` entries and node_modules are symlinks to the real ones, so the generated files import and typecheck).
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Adapter } from '../../src/adapt/types.js';
import { checkDomain, identifierFor, registerAdapter, scaffoldAdapter, ScaffoldError, TODO_MARKER } from '../../src/cli/adapter-new.js';
import { createExtractor } from '../../src/extractor.js';
import { parseDocument } from '../../src/parse/index.js';
import { selectAll, selectOne } from '../../src/parse/select.js';
import { FIXTURE_NOW, ROOT } from '../fixtures.js';

let root: string;

/** A throwaway checkout: src/adapters copied, the rest of src linked, an empty fixtures folder. */
function makeCheckout(): string {
  const dir = mkdtempSync(join(tmpdir(), 'maqal-adapter-new-'));
  mkdirSync(join(dir, 'src', 'adapters'), { recursive: true });
  for (const entry of readdirSync(join(ROOT, 'src'))) {
    if (entry !== 'adapters') symlinkSync(join(ROOT, 'src', entry), join(dir, 'src', entry));
  }
  for (const f of readdirSync(join(ROOT, 'src', 'adapters'))) copyFileSync(join(ROOT, 'src', 'adapters', f), join(dir, 'src', 'adapters', f));
  mkdirSync(join(dir, 'fixtures'));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

const read = (rel: string): string => readFileSync(join(root, rel), 'utf8');
const load = async (rel: string): Promise<Record<string, unknown>> => (await import(pathToFileURL(join(root, rel)).href)) as Record<string, unknown>;

function refusal(fn: () => unknown): ScaffoldError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ScaffoldError);
    return e as ScaffoldError;
  }
  throw new Error('expected a ScaffoldError');
}

beforeEach(() => {
  root = makeCheckout();
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('scaffoldAdapter', () => {
  it('writes the adapter, the fixture slot, and registers it', () => {
    const { files } = scaffoldAdapter('example.com', { root });
    expect(files).toEqual(['src/adapters/example.com.ts', 'fixtures/example.com/article.html', 'src/adapters/index.ts']);
    for (const f of files) expect(existsSync(join(root, f)), f).toBe(true);

    const adapter = read('src/adapters/example.com.ts');
    expect(adapter).toContain("id: 'example.com'");
    expect(adapter).toContain("domains: ['example.com']");
    // .com tells no zone: the placeholder, with a TODO.
    expect(adapter).toMatch(/TODO\(adapter\): nothing tells the zone[^\n]*\n\s*timeZone: 'Africa\/Cairo'/);
    for (const field of ['headline', 'subheadline', 'authors', 'published', 'updated', 'section', 'tags', 'leadImage', 'captions', 'body', 'remove', 'transforms', 'match']) {
      expect(adapter, field).toMatch(new RegExp(`// [^\\n]+\\n\\s*${field}: `));
    }

    const fixture = read('fixtures/example.com/article.html');
    expect(fixture.split('\n')[0]).toBe('<!-- maqal-url: https://www.example.com/news/details/1234567 -->');
    expect(fixture).toContain(TODO_MARKER);
    expect(fixture).toContain('npm run fixtures:update -- example.com');

    const index = read('src/adapters/index.ts');
    expect(index).toContain("import example from './example.com.js';\nimport masrawy from './masrawy.com.js';");
    expect(index).toMatch(/builtinAdapters: readonly Adapter\[\] = \[[^\]]*\belwatannews, example, masrawy\b/);
  });

  it('generates an adapter that imports, is registered, and fits its skeleton fixture', async () => {
    scaffoldAdapter('example.com', { root, name: 'موقع المثال' });
    const mod = await load('src/adapters/example.com.ts');
    expect(Object.keys(mod)).toEqual(['default']);
    const adapter = mod.default as Adapter;
    expect(Object.isFrozen(adapter)).toBe(true);
    expect(adapter).toMatchObject({ id: 'example.com', name: 'موقع المثال', domains: ['example.com'], timeZone: 'Africa/Cairo' });

    const { builtinAdapters } = (await load('src/adapters/index.ts')) as { builtinAdapters: readonly Adapter[] };
    expect(builtinAdapters).toContain(adapter);
    expect(builtinAdapters.map((a) => a.id).sort()).toEqual(['akhbarelyom.com', 'almasryalyoum.com', 'elbalad.news', 'elwatannews.com', 'example.com', 'masrawy.com', 'shorouknews.com', 'youm7.com']);

    // Every placeholder selector matches the skeleton, and the pair extracts a sensible article.
    const html = read('fixtures/example.com/article.html');
    const doc = parseDocument(html);
    const selectors = [
      ...(['headline', 'subheadline', 'authors', 'published', 'updated', 'section', 'tags', 'leadImage', 'captions', 'body'] as const).flatMap((k) => {
        const v = adapter[k] as unknown;
        const s = typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as { selector: string | string[] }).selector : v;
        return typeof s === 'string' ? [s] : Array.isArray(s) ? (s as string[]) : [];
      }),
      ...(adapter.remove ?? []),
      ...Object.keys(adapter.transforms ?? {}),
    ];
    expect(selectors.length).toBeGreaterThan(12);
    for (const s of selectors) expect(selectAll(doc, s).length, s).toBeGreaterThan(0);
    expect(adapter.match?.(doc, (s) => selectOne(doc, s))).toBe(true);

    const url = /<!--\s*maqal-url:\s*(\S+)\s*-->/.exec(html)![1]!;
    const article = createExtractor({ adapters: [adapter] }).extract(html, { url, now: FIXTURE_NOW });
    expect(article.adapter).toBe('example.com');
    expect(article.headline).toBe('افتتاح مكتبة عامة جديدة في وسط المدينة');
    expect(article.authors).toEqual(['سامي المصري']);
    expect(article.published?.iso).toBe('2025-03-10T14:30:00+02:00');
    expect(article.updated?.iso).toBe('2025-03-10T16:05:00+02:00');
    expect(article.tags).toEqual(['مكتبات', 'ثقافة']);
    expect(article.leadImage?.caption).toBe('واجهة المكتبة الجديدة');
    expect(article.body.filter((b) => b.type === 'paragraph')).toHaveLength(4);
    expect(article.text).not.toMatch(/اقرأ أيضا|إعلان/);
    expect(article.images.map((i) => i.caption)).toContain('قاعة الاطلاع في الطابق الأول');
  });

  it('generates files that typecheck under the project tsconfig', () => {
    scaffoldAdapter('example.com.sa', { root, name: "O'Reilly */ نيوز" });
    const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), ts.sys.readFile);
    const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
    const program = ts.createProgram([join(root, 'src/adapters/index.ts')], { ...options, noEmit: true });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics).toEqual([]);
    expect(program.getSourceFile(join(root, 'src/adapters/example.com.sa.ts'))).toBeDefined();
  }, 60_000);

  it('guesses the zone from the domain, or takes the one given', () => {
    scaffoldAdapter('example.com.sa', { root });
    expect(read('src/adapters/example.com.sa.ts')).toMatch(/Guessed from the \.sa country domain[^\n]*\n\s*timeZone: 'Asia\/Riyadh'/);
    scaffoldAdapter('alarabiya.net', { root });
    expect(read('src/adapters/alarabiya.net.ts')).toMatch(/known sites[^\n]*\n\s*timeZone: 'Asia\/Riyadh'/);
    scaffoldAdapter('example.org', { root, timeZone: 'Asia/Amman' });
    const amman = read('src/adapters/example.org.ts');
    expect(amman).toContain("timeZone: 'Asia/Amman'");
    expect(amman).not.toMatch(/TODO\(adapter\): nothing tells the zone/);
  });

  it('escapes the name in the code, the comment and the page', async () => {
    scaffoldAdapter('example.net', { root, name: "O'Reilly */ & نيوز" });
    const mod = await load('src/adapters/example.net.ts');
    expect((mod.default as Adapter).name).toBe("O'Reilly */ & نيوز");
    expect(read('fixtures/example.net/article.html')).toContain('content="O\'Reilly */ &amp; نيوز"');
    expect(() => scaffoldAdapter('example.info', { root, name: 'two\nlines' })).toThrow(/one line/);
  });

  it('refuses to overwrite, and writes nothing when it refuses', () => {
    scaffoldAdapter('example.com', { root });
    const before = ['src/adapters/example.com.ts', 'fixtures/example.com/article.html', 'src/adapters/index.ts'].map(read);
    expect(refusal(() => scaffoldAdapter('example.com', { root })).code).toBe('ADAPTER_EXISTS');
    expect(['src/adapters/example.com.ts', 'fixtures/example.com/article.html', 'src/adapters/index.ts'].map(read)).toEqual(before);

    // A built-in adapter.
    const index = read('src/adapters/index.ts');
    expect(refusal(() => scaffoldAdapter('youm7.com', { root })).message).toMatch(/src\/adapters\/youm7\.com\.ts already exists/);
    // A fixture already there.
    mkdirSync(join(root, 'fixtures', 'other.com'));
    writeFileSync(join(root, 'fixtures', 'other.com', 'article.html'), '<p>mine</p>');
    expect(refusal(() => scaffoldAdapter('other.com', { root })).code).toBe('ADAPTER_EXISTS');
    expect(read('fixtures/other.com/article.html')).toBe('<p>mine</p>');
    expect(existsSync(join(root, 'src/adapters/other.com.ts'))).toBe(false);
    // A domain another adapter serves.
    writeFileSync(join(root, 'src/adapters/multi.com.ts'), "export default { id: 'multi.com', domains: ['multi.com', 'multi.net'] };\n");
    expect(refusal(() => scaffoldAdapter('multi.net', { root })).message).toMatch(/already served by src\/adapters\/multi\.com\.ts/);
    expect(read('src/adapters/index.ts')).toBe(index);
  });

  it('rejects what is not a bare lower-case host', () => {
    const bad = ['', ' ', 'example', 'https://example.com', 'http://example.com/news', 'example.com/', 'example.com:8080', 'Example.com', 'www.example.com',
      'example.com.', ' example.com', 'exa_mple.com', '-example.com', 'example-.com', 'example..com', '../evil.com', 'example.c0m', 'ex ample.com', 'مثال.com'];
    for (const d of bad) {
      const e = refusal(() => scaffoldAdapter(d, { root }));
      expect(e.code, d).toBe('INVALID_DOMAIN');
    }
    expect(refusal(() => checkDomain('https://www.Example.com/news/1')).message).toMatch(/without the scheme — did you mean example\.com\?/);
    expect(refusal(() => checkDomain('www.example.com')).message).toMatch(/drop the www\./);
    for (const d of ['example.com', 'news.example.com.sa', 'al-madina.com', '24.ae', 'xn--mgbh0fb.xn--mgberp4a5d4ar']) expect(() => checkDomain(d), d).not.toThrow();
    expect(readdirSync(join(root, 'fixtures'))).toEqual([]);
    expect(refusal(() => scaffoldAdapter('example.com', { root, timeZone: '+02:00' })).code).toBe('INVALID_OPTION');
    expect(refusal(() => scaffoldAdapter('example.com', { root, timeZone: 'Mars/Olympus' })).code).toBe('INVALID_OPTION');
    expect(refusal(() => scaffoldAdapter('example.com', { root: join(root, 'nowhere') })).code).toBe('NO_REGISTRY');
  });
});

describe('registerAdapter (the index.ts edit)', () => {
  const HEAD = "import type { Adapter } from '../adapt/types.js';\n";

  it('inserts at the alphabetical place of a sorted one-line list', () => {
    const src = `${HEAD}import alpha from './alpha.com.js';\nimport gamma from './gamma.com.js';\n\nexport const builtinAdapters: readonly Adapter[] = [alpha, gamma];\n`;
    expect(registerAdapter(src, 'beta.com').source).toBe(
      `${HEAD}import alpha from './alpha.com.js';\nimport beta from './beta.com.js';\nimport gamma from './gamma.com.js';\n\nexport const builtinAdapters: readonly Adapter[] = [alpha, beta, gamma];\n`,
    );
    expect(registerAdapter(src, 'aa.com').source).toContain("import aa from './aa.com.js';\nimport alpha");
    expect(registerAdapter(src, 'aa.com').source).toContain('[aa, alpha, gamma]');
    expect(registerAdapter(src, 'zeta.com').source).toContain("import gamma from './gamma.com.js';\nimport zeta from './zeta.com.js';\n");
    expect(registerAdapter(src, 'zeta.com').source).toContain('[alpha, gamma, zeta]');
  });

  it('keeps a multi-line list multi-line, with or without a trailing comma, and skips comments', () => {
    const src = `${HEAD}import alpha from './alpha.com.js';\nimport gamma from './gamma.com.js';\n\nexport const builtinAdapters: readonly Adapter[] = [\n  alpha, // the first\n  /* beta? */ gamma,\n];\n`;
    const mid = registerAdapter(src, 'beta.com').source;
    expect(mid).toContain('[\n  alpha, // the first\n  beta,\n  /* beta? */ gamma,\n];');
    expect(registerAdapter(src, 'zeta.com').source).toContain('  /* beta? */ gamma,\n  zeta,\n];');
    const noComma = src.replace('gamma,\n];', 'gamma\n];');
    expect(registerAdapter(noComma, 'zeta.com').source).toContain('  /* beta? */ gamma,\n  zeta\n];');
  });

  it('places the entry where it leaves the fewest out of order in an unsorted list', () => {
    const real = readFileSync(join(ROOT, 'src', 'adapters', 'index.ts'), 'utf8');
    const { source, identifier } = registerAdapter(real, 'example.com');
    expect(identifier).toBe('example');
    const imports = [...source.matchAll(/^import (\w+) from '\.\/[^']+';$/gm)].map((m) => m[1]);
    expect(imports.indexOf('example')).toBe(imports.indexOf('elwatannews') + 1);
    expect(source.split('\n').length).toBe(real.split('\n').length + 1);
  });

  it('handles an empty registry, CRLF files, and refuses a second registration', () => {
    const empty = `${HEAD}\nexport const builtinAdapters: readonly Adapter[] = [];\n`;
    expect(registerAdapter(empty, 'example.com').source).toBe(`${HEAD}import example from './example.com.js';\n\nexport const builtinAdapters: readonly Adapter[] = [example];\n`);
    const crlf = `${HEAD}import alpha from './alpha.com.js';\n\nexport const builtinAdapters: readonly Adapter[] = [\n  alpha,\n];\n`.replace(/\n/g, '\r\n');
    expect(registerAdapter(crlf, 'beta.com').source).toBe(
      `${HEAD}import alpha from './alpha.com.js';\nimport beta from './beta.com.js';\n\nexport const builtinAdapters: readonly Adapter[] = [\n  alpha,\n  beta,\n];\n`.replace(/\n/g, '\r\n'),
    );
    const once = registerAdapter(empty, 'example.com').source;
    expect(() => registerAdapter(once, 'example.com')).toThrow(/already imports/);
    expect(() => registerAdapter(HEAD, 'example.com')).toThrow(ScaffoldError);
  });

  it('picks a free, valid identifier', () => {
    expect(identifierFor('youm7.com', new Set())).toBe('youm7');
    expect(identifierFor('elfagr.news', new Set(['elfagr']))).toBe('elfagrNews');
    expect(identifierFor('al-madina.com', new Set())).toBe('alMadina');
    expect(identifierFor('24.ae', new Set())).toBe('site24');
    expect(identifierFor('new.com', new Set())).toBe('newCom');
    expect(identifierFor('a.com', new Set(['a', 'aCom']))).toBe('aCom2');
  });
});
