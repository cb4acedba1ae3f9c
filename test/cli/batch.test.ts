/**
 * Batch mode: a folder of pages and a WARC built here from the fixtures give the same
 * Articles as the library; --resume; bad inputs become error records and the run goes on.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { FIXTURE_NOW, hasCorpus, listFixtures, ROOT, SHARED } from '../fixtures.js';
import { buildCli, parseNdjson, runCli, warcFile, type WarcInput } from './helpers.js';

const NOW = FIXTURE_NOW.toISOString();
const fixtures = listFixtures();
const tmp = mkdtempSync(join(tmpdir(), 'maqal-batch-'));
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
let cli: string;

beforeAll(async () => {
  cli = await buildCli('batch');
});
afterAll(() => {
  rmSync(cli, { force: true });
  rmSync(tmp, { recursive: true, force: true });
});

const urlOf = (html: string, fallback: string): string => /<!--\s*maqal-url:\s*(\S+)\s*-->/.exec(html)?.[1] ?? fallback;

/** Arabic text encoded as ISO-8859-6 (a legacy Arabic charset the decoder would not guess). */
function iso88596(text: string): Buffer {
  const dec = new TextDecoder('iso-8859-6');
  const map = new Map<string, number>();
  for (let b = 0; b < 256; b++) map.set(dec.decode(Uint8Array.of(b)), b);
  return Buffer.from([...text].map((ch) => map.get(ch) ?? 0x3f));
}

describe('maqal extract <dir>', () => {
  it('gives the library Article for every page, an error record for a binary file, and exit 1', async () => {
    const bad = join(tmp, 'bad');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(bad, 'sub'), { recursive: true });
    writeFileSync(join(bad, 'sub', 'image.html'), PNG);
    writeFileSync(join(bad, 'notes.txt'), 'not a page');
    const r = await runCli(cli, ['extract', 'fixtures', relative(ROOT, bad), '--now', NOW, '--workers', '2', '--quiet']);
    expect(r.code).toBe(1);
    const recs = parseNdjson(r.stdout);
    expect(recs.map((x) => x.source.file)).toEqual([...fixtures.map((f) => relative(ROOT, f.htmlPath)), relative(ROOT, join(bad, 'sub', 'image.html'))]);
    fixtures.forEach((f, i) => expect(recs[i].article, f.htmlPath).toEqual(extract(readFileSync(f.htmlPath), { now: FIXTURE_NOW })));
    expect(recs.at(-1).error.code).toBe('BINARY_INPUT');
    expect(r.stderr).toBe(''); // --quiet
  }, 20_000);
});

describe('maqal extract <file.warc.gz>', () => {
  const records: Array<WarcInput | Buffer> = [];
  const expected: Array<{ id: string; article?: unknown; error?: string }> = [];
  fixtures.forEach((f, i) => {
    const uri = urlOf(f.html, `https://example.com/${f.site}/${f.name}`);
    records.push({ uri, id: `fixture-${i}`, httpHeaders: { 'Content-Type': 'text/html; charset=utf-8', Server: 'test' }, body: readFileSync(f.htmlPath) });
    expected.push({ id: `fixture-${i}`, article: extract(readFileSync(f.htmlPath), { url: uri, now: FIXTURE_NOW }) });
    if (i === 2) {
      records.push({ type: 'request', uri, id: 'request-1', contentType: 'application/http; msgtype=request', body: 'GET / HTTP/1.1\r\n\r\n' });
      records.push({ uri: 'https://example.com/logo.png', id: 'png-1', httpHeaders: { 'Content-Type': 'image/png' }, body: PNG });
      records.push({ uri: 'https://example.com/gone', id: 'gone', status: 404, body: '<p>not found</p>' });
      records.push(Buffer.from('this is not gzip data\n')); // damage between members
      expected.push({ id: 'offset', error: 'WARC_CORRUPT' });
      records.push({ uri: 'https://example.com/fake.html', id: 'binary-1', httpHeaders: { 'Content-Type': 'text/html' }, body: PNG });
      expected.push({ id: 'binary-1', error: 'BINARY_INPUT' });
    }
  });
  // A legacy-charset page that declares its charset only in the HTTP Content-Type.
  const legacy = '<html lang="ar"><head><title>خبر</title></head><body><h1>عنوان الخبر هنا</h1><p>هذا نص الخبر الأول في الصفحة وهو طويل بما يكفي ليكون فقرة كاملة من المقال.</p><p>وهذه فقرة ثانية من نص الخبر.</p></body></html>';
  records.push({ uri: 'https://example.com/legacy', id: 'legacy', httpHeaders: { 'Content-Type': 'text/html; charset=iso-8859-6' }, body: iso88596(legacy) });
  expected.push({ id: 'legacy', article: extract(legacy, { url: 'https://example.com/legacy', now: FIXTURE_NOW }) });

  for (const gzip of [true, false]) {
    it(`${gzip ? 'gzip' : 'plain'} WARC: library Articles with the target URI as url; corrupt and binary records become error records`, async () => {
      const warc = join(tmp, `crawl.warc${gzip ? '.gz' : ''}`);
      writeFileSync(warc, warcFile(gzip ? records : records.filter((r) => !Buffer.isBuffer(r)), gzip));
      const r = await runCli(cli, ['extract', warc, '--now', NOW, '--workers', gzip ? '2' : '0']);
      expect(r.code).toBe(1);
      const recs = parseNdjson(r.stdout);
      const want = gzip ? expected : expected.filter((e) => e.id !== 'offset');
      expect(recs).toHaveLength(want.length);
      want.forEach((e, i) => {
        const rec = recs[i];
        expect(rec.source.warc).toBe(warc);
        if (e.id !== 'offset') expect(rec.source.recordId).toBe(`<urn:uuid:${e.id}>`);
        if (e.error) expect(rec.error.code).toBe(e.error);
        else expect(rec.article, e.id).toEqual(e.article);
      });
      expect(r.stderr).toMatch(/binary-1.*BINARY_INPUT/);
      expect(r.stderr).toMatch(new RegExp(`${want.length} pages, ${gzip ? 2 : 1} errors, [\\d.]+ pages/s`));
    }, 20_000);
  }
});

describe('a WARC record’s capture time', () => {
  const story = (line: string): string =>
    `<html><head><title>وزارة النقل تعلن خطة جديدة للطرق</title></head><body><h1>وزارة النقل تعلن خطة جديدة للطرق</h1><div class="date">${line}</div><div class="text"><p>أعلنت وزارة النقل اليوم عن خطة جديدة لتطوير شبكة الطرق في المحافظات، تشمل إنشاء محاور جديدة ورفع كفاءة الطرق القائمة.</p><p>وقال المتحدث باسم الوزارة إن الخطة تمتد ثلاث سنوات، وإن العمل في المرحلة الأولى يبدأ مطلع العام المقبل.</p></div></body></html>`;
  const records: WarcInput[] = [
    { uri: 'https://www.example.com.eg/news/1', id: 'ago', date: '2020-03-21T09:00:00Z', body: story('منذ 21 ساعة') },
    { uri: 'https://www.example.com.eg/news/2', id: 'later', date: '2020-03-21T09:00:00Z', body: story('الأربعاء 25 مارس 2020 - 10:00 ص') },
    { uri: 'https://www.example.com.eg/news/3', id: 'bad-date', date: '2020-02-31T09:00:00Z', body: story('منذ 21 ساعة') },
  ];

  it('is the `now` its relative times count back from and later dates are rejected against, unless --now is given', async () => {
    const warc = join(tmp, 'dated.warc.gz');
    writeFileSync(warc, warcFile(records, true));
    const [ago, later, bad] = parseNdjson((await runCli(cli, ['extract', warc, '--workers', '0', '--quiet'])).stdout).map((r) => r.article);
    // 09:00 UTC is 11:00 in Cairo; 21 hours before is 14:00 the day before.
    expect(ago.published).toMatchObject({ iso: '2020-03-20T14:00:00+02:00', relative: true });
    expect(later.published).toBeUndefined();
    // A WARC-Date that is no real instant is not used: today's clock is.
    expect(Date.parse(bad.published.iso)).toBeGreaterThan(Date.parse('2025-01-01T00:00:00Z'));
    const given = parseNdjson((await runCli(cli, ['extract', warc, '--now', '2021-01-10T12:00:00Z', '--workers', '0', '--quiet'])).stdout).map((r) => r.article);
    expect(given[0].published.iso).toBe('2021-01-09T17:00:00+02:00');
    expect(given[1].published.iso).toBe('2020-03-25T10:00:00+02:00');
  }, 20_000);
});

describe('--resume', () => {
  it('skips records already in --out (a torn last line is dropped) and appends the rest', async () => {
    const out = join(tmp, 'resume.ndjson');
    const full = await runCli(cli, ['extract', 'fixtures', '--now', NOW, '--fields', 'headline,url', '--out', out, '--workers', '1']);
    expect(full.code).toBe(0);
    const whole = readFileSync(out, 'utf8');
    const lines = whole.split('\n').filter(Boolean);
    writeFileSync(out, `${lines.slice(0, 4).join('\n')}\n`);
    appendFileSync(out, lines[4]!.slice(0, 30)); // a run killed mid-write
    const again = await runCli(cli, ['extract', 'fixtures', '--now', NOW, '--fields', 'headline,url', '--out', out, '--resume', '--workers', '1']);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(new RegExp(`${lines.length - 4} pages, 0 errors.*4 already in the output`));
    expect(readFileSync(out, 'utf8')).toBe(whole);
  }, 20_000);
});

describe.skipIf(!hasCorpus())('the shared corpus (../shared/corpus/pages)', () => {
  it('gives the library Article for every corpus page', async () => {
    const dir = join(SHARED, 'corpus', 'pages');
    const r = await runCli(cli, ['extract', dir, '--now', NOW, '--workers', '2', '--quiet']);
    const recs = parseNdjson(r.stdout);
    expect(recs.length).toBeGreaterThan(0);
    for (const rec of recs) {
      if (rec.error) {
        expect(() => extract(readFileSync(rec.source.file), { now: FIXTURE_NOW })).toThrow();
        continue;
      }
      expect(rec.article, rec.source.file).toEqual(extract(readFileSync(rec.source.file), { now: FIXTURE_NOW }));
    }
    expect(r.code).toBe(recs.some((x) => x.error) ? 1 : 0);
  }, 30_000);
});
if (!hasCorpus()) console.warn('skipping the corpus CLI test: ../shared/corpus is absent');
