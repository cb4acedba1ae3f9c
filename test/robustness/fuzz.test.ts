/**
 * Property-based fuzzing of the whole pipeline (issue 4): random and mutated HTML, built
 * from the project's fixtures, through `extract` and every output format.
 *
 * Properties, for every input:
 *  - nothing is thrown but `MaqalError`;
 *  - the Article matches docs/article.schema.json and survives a JSON round trip unchanged;
 *  - `article.text` holds no tag-like sequence (`<div `, `</p>`, `<script>`) that the page did
 *    not show as text (a `&lt;div` written in the page may come through — it is text);
 *  - `toHTML` parsed by parse5 has no script/style/iframe/object/embed element, no `on*`
 *    attribute and no non-http(s) `href`/`src`; `toMarkdown`/`toText` do not throw.
 *
 * A fixed seed and 2,000 cases by default (about 20–40 s on 2 cores). Long runs:
 *   FUZZ_RUNS=100000 npx vitest run test/robustness/fuzz.test.ts
 * (FUZZ_SEED=<n> picks another seed; a failure prints the seed and path to replay it.)
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ExtractOptions } from '../../src/index.js';
import { collectPageIndex, indexPage } from '../../src/extract/page-index.js';
import { parseDocument } from '../../src/parse/index.js';
import { indexView } from '../extract/index-view.js';
import { FIXTURE_NOW, listFixtures } from '../fixtures.js';
import { extractAndCheck } from './check.js';
import { encodeUtf16, encodeUtf8, encodeWindows1256 } from './encode.js';

const TOTAL_RUNS = Math.max(1, Number(process.env.FUZZ_RUNS) || 2000);
const SEED = Number(process.env.FUZZ_SEED) || 0x6d61716c; // "maql"
/** Share of the runs per property (they add up to TOTAL_RUNS). */
const RUNS = {
  index: Math.ceil(TOTAL_RUNS * 0.1),
  mutated: Math.ceil(TOTAL_RUNS * 0.55),
  soup: Math.ceil(TOTAL_RUNS * 0.25),
  bytes: Math.ceil(TOTAL_RUNS * 0.1),
};
/** vitest's per-test timeout, scaled with the number of runs. */
const timeout = (runs: number): number => Math.max(60_000, runs * 60);
/** Mutated pages are capped so one case stays in milliseconds. */
const MAX_CHARS = 250_000;

const FIXTURES = listFixtures();
const SITES = [...new Set(FIXTURES.map((f) => f.site).filter((s) => s !== 'generic'))];

// ---------------------------------------------------------------------------------------
// Building blocks

const ARABIC = 'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىةـًٌٍَُِّْٰ٠١٢٣٤٥٦٧٨٩۰۱۲،؛؟٪٫٬';
const BIDI = ['\u200E', '\u200F', '\u061C', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200B', '\u200C', '\u200D', '\uFEFF', '\u00AD', '\u00A0', '\u2028', '\u2029'];
const ODD = ['\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\r', '\u007F', '\u0085', '\uD800', '\uDFFF', '\uDBFF\uDFFF', '\uFFFE', '\uFFFF', '\uFFFD', '\u{1F600}', '\u{10FFFF}'];
const ENTITIES = ['&amp;', '&lt;', '&gt;', '&quot;', '&#39;', '&nbsp;', '&lt', '&gt', '&amp', '&#60;', '&#x3C;', '&#x3c', '&#0;', '&#xD800;', '&#1114112;', '&#x110000;', '&#128512;', '&#x202E;', '&#8207;', '&#1575;', '&notin;', '&noti', '&unknown;', '&', '&#', '&#x', '&#;', '&lt;script&gt;', '&lt;div class=x&gt;', '&lt;/p&gt;', '&amp;lt;b&amp;gt;'];
const MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر', 'كانون الثاني', 'شباط', 'رمضان', 'ذو الحجة', 'جمادى الأولى'];
const DATE_BITS = [...MONTHS, 'منذ', 'قبل', 'ساعتين', 'أمس', 'اليوم', 'الثلاثاء', 'بتوقيت القاهرة', 'GMT+3', 'هـ', 'م', 'ص', 'مساء', ':', '/', '-', '2015', '١٧', '٢٠١٥', '17', '6:59', '99:99', '+02:00', 'T', 'Z', 'نشر في:', 'آخر تحديث:'];
const TAGS = ['p', 'div', 'span', 'b', 'i', 'a', 'br', 'img', 'figure', 'figcaption', 'h1', 'h2', 'h3', 'ul', 'ol', 'li', 'table', 'tr', 'td', 'th', 'tbody', 'thead', 'blockquote', 'article', 'main', 'section', 'aside', 'nav', 'header', 'footer', 'time', 'font', 'strong', 'em', 'q', 'pre', 'code', 'form', 'button', 'select', 'option', 'textarea', 'input', 'label', 'iframe', 'video', 'source', 'object', 'embed', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'mtext', 'mglyph', 'foreignObject', 'desc', 'title', 'meta', 'link', 'base', 'head', 'body', 'html', 'frameset', 'frame', 'plaintext', 'xmp', 'listing', 'noembed', 'noframes', 'marquee', 'dialog', 'details', 'summary', 'amp-img', 'amp-youtube', 'x-custom', 'o:p', 'ns:tag'];
const ATTR_NAMES = ['class', 'id', 'style', 'href', 'src', 'data-src', 'srcset', 'alt', 'title', 'itemprop', 'property', 'name', 'content', 'datetime', 'type', 'role', 'hidden', 'aria-hidden', 'lang', 'dir', 'width', 'height', 'onclick', 'onerror', 'onload', 'xlink:href', 'xmlns', 'charset', 'http-equiv', 'rel', 'srcdoc', 'formaction', 'action', 'data-videoid', 'data-tweetid', 'cite', '__proto__', 'constructor'];
const ATTR_VALUES = ['', 'x', 'article-body', 'related', 'most-read', 'caption', 'date', 'datePublished', 'author', 'headline', 'og:title', 'application/ld+json', 'canonical', 'rtl', 'ltr', 'ar', 'javascript:alert(1)', ' jav&#x09;ascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'https://example.com/a.jpg', '/img/b.jpg', '//evil.example/x.png', 'x.jpg 100w, y.jpg 800w', 'text/html; charset=windows-1256', 'utf-16', '600', '1', '"><script>alert(1)</script>', "'><img src=x onerror=alert(1)>", '&quot;&gt;&lt;svg onload=alert(1)&gt;', '2015-11-17T18:59:00+02:00', '٢٠١٥/١١/١٧'];

const pick = <T>(list: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...list);

/** Random text: Arabic, bidi controls, odd code points, entities, date words, any Unicode. */
const textArb: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.string({ unit: fc.constantFrom(...ARABIC), minLength: 1, maxLength: 30 }) },
      { weight: 2, arbitrary: pick(BIDI) },
      { weight: 1, arbitrary: pick(ODD) },
      { weight: 2, arbitrary: pick(ENTITIES) },
      { weight: 2, arbitrary: pick(DATE_BITS) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 12 }) },
      { weight: 2, arbitrary: fc.constantFrom(' ', '\n', '\t', '  ', '. ', '، ') },
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

const attrArb: fc.Arbitrary<string> = fc
  .tuple(fc.oneof(pick(ATTR_NAMES), fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 6 })), fc.oneof(pick(ATTR_VALUES), textArb), fc.constantFrom('"', "'", ''))
  .map(([name, value, q]) => (q ? `${name}=${q}${value.split(q).join('')}${q}` : `${name}=${value.replace(/[\s>]/g, '')}`));

const openTagArb: fc.Arbitrary<string> = fc
  .tuple(fc.oneof({ weight: 5, arbitrary: pick(TAGS) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 5 }) }), fc.array(attrArb, { maxLength: 3 }), fc.boolean())
  .map(([tag, attrs, selfClose]) => `<${[tag, ...attrs].join(' ')}${selfClose ? '/' : ''}>`);

/** Markup fragments that make the tree builder work hard or switch tokenizer states. */
const markupArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: openTagArb },
  { weight: 3, arbitrary: pick(TAGS).map((t) => `</${t}>`) },
  {
    weight: 2,
    arbitrary: pick([
      '<!--', '-->', '<!-- x -->', '<![CDATA[', ']]>', '<?xml version="1.0"?>', '<!DOCTYPE html>', '<!doctype>', '</', '<', '>', '<a', '</>', '<//p>',
      '<script>', '</script>', '<script type="application/ld+json">', '<style>', '<textarea>', '<title>', '<plaintext>', '<xmp>', '<noscript>',
      '<template>', '</template>', '<svg><script>', '<math><mtext><table><mglyph><style>', '<table><tr><td>', '<select><option>', '<frameset>',
      '<p><p><p>', '<b><i><b><i>', '<a href="x"><a href="y">', '<h1>', '</h1>', '<br/>', '</br>', '<img src="/z.jpg" width="600">',
    ]),
  },
);

/** A JSON-LD block, sometimes hostile. */
const jsonLdArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      fc.json({ maxDepth: 4 }),
      fc.record({ '@type': pick(['NewsArticle', 'Article', 'WebPage', 'WebSite', ['NewsArticle'], 3]), headline: textArb, datePublished: fc.oneof(pick(DATE_BITS), fc.constant('2015-11-17T18:59:00+02:00')), author: fc.oneof(textArb, fc.record({ name: textArb })) }).map((o) => JSON.stringify(o)),
      fc.constantFrom('{"__proto__":{"polluted":1},"@type":"NewsArticle","headline":"x"}', '{"constructor":{"prototype":{"polluted":1}}}', '[[[[[[[[[[]]]]]]]]]]', '{"@graph":[{"@type":"NewsArticle","headline":"عنوان","datePublished":"2015-11-17"}],}', '<!-- {"a":1} -->', '{"a":"</script><script>alert(1)</script>"}'),
    ),
    fc.boolean(),
  )
  .map(([json, close]) => `<script type="application/ld+json">${json}${close ? '</script>' : ''}`);

/** One mutation of a page. Positions are taken modulo the current length. */
type Mutation =
  | { op: 'truncate'; at: number }
  | { op: 'duplicate'; from: number; len: number; to: number }
  | { op: 'shuffle'; cuts: number[]; order: number[] }
  | { op: 'nest'; from: number; len: number; tags: string[]; close: boolean }
  | { op: 'insert'; at: number; what: string }
  | { op: 'attrs'; nth: number; attrs: string[] };

const pos = fc.nat({ max: 1_000_000 });
const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ op: fc.constant('truncate' as const), at: pos }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('duplicate' as const), from: pos, len: fc.nat({ max: 20_000 }), to: pos }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('shuffle' as const), cuts: fc.array(pos, { minLength: 1, maxLength: 6 }), order: fc.array(fc.nat(), { minLength: 7, maxLength: 7 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('nest' as const), from: pos, len: fc.nat({ max: 5_000 }), tags: fc.array(openTagArb, { minLength: 1, maxLength: 8 }), close: fc.boolean() }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('insert' as const), at: pos, what: fc.oneof(textArb, markupArb, jsonLdArb, pick(ENTITIES)) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('attrs' as const), nth: fc.nat({ max: 400 }), attrs: fc.array(attrArb, { minLength: 1, maxLength: 4 }) }) },
);

const closeOf = (open: string): string => `</${/^<([^\s/>]+)/.exec(open)?.[1] ?? 'x'}>`;

function mutate(html: string, m: Mutation): string {
  const n = Math.max(1, html.length);
  switch (m.op) {
    case 'truncate':
      return html.slice(0, m.at % (n + 1));
    case 'duplicate': {
      const from = m.from % n;
      const slice = html.slice(from, from + m.len);
      const to = m.to % n;
      return html.slice(0, to) + slice + html.slice(to);
    }
    case 'shuffle': {
      const cuts = [...new Set(m.cuts.map((c) => c % n))].sort((a, b) => a - b);
      const slices: string[] = [];
      let last = 0;
      for (const c of cuts) {
        slices.push(html.slice(last, c));
        last = c;
      }
      slices.push(html.slice(last));
      const keyed = slices.map((s, i) => ({ s, k: m.order[i % m.order.length]! + i / 100 }));
      return keyed.sort((a, b) => a.k - b.k).map((x) => x.s).join('');
    }
    case 'nest': {
      const from = m.from % n;
      const slice = html.slice(from, from + m.len);
      const open = m.tags.join('');
      const close = m.close ? [...m.tags].reverse().map(closeOf).join('') : '';
      return html.slice(0, from) + open + slice + close + html.slice(from + m.len);
    }
    case 'insert': {
      const at = m.at % (n + 1);
      return html.slice(0, at) + m.what + html.slice(at);
    }
    case 'attrs': {
      // After the name of the nth start tag (wrapping around).
      const starts = [...html.matchAll(/<[a-zA-Z][^\s/>]*/g)];
      if (!starts.length) return html;
      const s = starts[m.nth % starts.length]!;
      const at = s.index! + s[0].length;
      return `${html.slice(0, at)} ${m.attrs.join(' ')}${html.slice(at)}`;
    }
  }
}

/** How a page reaches `extract`: as a string, or as bytes in some encoding. */
type Encoding = 'string' | 'utf-8' | 'utf-8-bom' | 'windows-1256' | 'windows-1256-meta' | 'windows-1256-http-equiv' | 'utf-16le-bom' | 'utf-16be-bom' | 'utf-16le' | 'utf-16be';
const ENCODINGS: Encoding[] = ['string', 'utf-8', 'utf-8-bom', 'windows-1256', 'windows-1256-meta', 'windows-1256-http-equiv', 'utf-16le-bom', 'utf-16be-bom', 'utf-16le', 'utf-16be'];

function encode(html: string, enc: Encoding): string | Uint8Array {
  switch (enc) {
    case 'string':
      return html;
    case 'utf-8':
      return encodeUtf8(html);
    case 'utf-8-bom':
      return encodeUtf8(html, true);
    case 'windows-1256':
      return encodeWindows1256(html);
    case 'windows-1256-meta':
      return encodeWindows1256(`<meta charset="windows-1256">${html}`);
    case 'windows-1256-http-equiv':
      return encodeWindows1256(`<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">${html}`);
    case 'utf-16le-bom':
      return encodeUtf16(html, 'le', true);
    case 'utf-16be-bom':
      return encodeUtf16(html, 'be', true);
    case 'utf-16le':
      return encodeUtf16(html, 'le', false);
    case 'utf-16be':
      return encodeUtf16(html, 'be', false);
  }
}

const optionsArb: fc.Arbitrary<ExtractOptions> = fc
  .record({
    url: fc.oneof(
      { weight: 3, arbitrary: fc.constant(undefined) },
      { weight: 3, arbitrary: pick(SITES).map((s) => `https://www.${s}/news/2020/1/1/123`) },
      { weight: 1, arbitrary: pick(['https://example.com/a/b', 'javascript:alert(1)', 'not a url', 'http://[::1]/x', 'https://مثال.مصر/خبر?x=1#y']) },
    ),
    genericOnly: fc.boolean(),
    timeZone: fc.option(pick(['Africa/Cairo', 'Asia/Riyadh', 'UTC']), { nil: undefined }),
  })
  .map((o) => {
    const out: ExtractOptions = { now: FIXTURE_NOW, genericOnly: o.genericOnly };
    if (o.url !== undefined) out.url = o.url;
    if (o.timeZone !== undefined) out.timeZone = o.timeZone;
    return out;
  });

const check = (input: string | Uint8Array, options: ExtractOptions): void => void extractAndCheck(input, options);

const params = (numRuns: number) => ({ seed: SEED, numRuns, endOnFailure: true });



/** A fixture, mutated, encoded, through extract and every format. */
function checkMutatedFixture(c: { fixture: number; mutations: readonly Mutation[]; encoding: Encoding; options: ExtractOptions }): void {
  let html = FIXTURES[c.fixture]!.html;
  for (const m of c.mutations) html = mutate(html, m).slice(0, MAX_CHARS);
  check(encode(html, c.encoding), c.options);
}

describe('fuzz: extract and every format on random and mutated HTML', () => {
  it(`mutated fixtures (${RUNS.mutated} cases, seed ${SEED})`, () => {
    expect(FIXTURES.length).toBeGreaterThan(0);
    const arb = fc.record({
      fixture: fc.nat({ max: FIXTURES.length - 1 }),
      mutations: fc.array(mutationArb, { minLength: 1, maxLength: 6 }),
      encoding: fc.oneof({ weight: 6, arbitrary: fc.constant<Encoding>('string') }, { weight: 4, arbitrary: pick(ENCODINGS) }),
      options: optionsArb,
    });
    fc.assert(
      fc.property(arb, checkMutatedFixture),
      params(RUNS.mutated),
    );
  }, timeout(RUNS.mutated));

  it(`page index gathered while parsing = the walked index, on mutated fixtures (${RUNS.index} cases)`, () => {
    const arb = fc.record({ fixture: fc.nat({ max: FIXTURES.length - 1 }), mutations: fc.array(mutationArb, { minLength: 1, maxLength: 6 }) });
    let gathered = 0;
    fc.assert(
      fc.property(arb, (c) => {
        let html = FIXTURES[c.fixture]!.html;
        for (const m of c.mutations) html = mutate(html, m).slice(0, MAX_CHARS);
        const collector = collectPageIndex();
        const doc = parseDocument(html, collector);
        const index = collector.finish(doc);
        if (!index) return; // rearranged: extract walks the tree, as checked above
        gathered++;
        expect(indexView(index)).toEqual(indexView(indexPage(doc)));
      }),
      params(RUNS.index),
    );
    expect(gathered).toBeGreaterThan(RUNS.index / 4);
  }, timeout(RUNS.index));

  it(`random tag soup (${RUNS.soup} cases)`, () => {
    const soup = fc
      .array(fc.oneof({ weight: 3, arbitrary: textArb }, { weight: 3, arbitrary: markupArb }, { weight: 1, arbitrary: jsonLdArb }), { maxLength: 60 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(soup, optionsArb, fc.boolean(), (html, options, wrap) => {
        check(wrap ? `<html dir="rtl" lang="ar"><head><title>${html.slice(0, 50)}</title></head><body><article>${html}</article></body></html>` : html, options);
      }),
      params(RUNS.soup),
    );
  }, timeout(RUNS.soup));

  it(`fixtures as bytes in every encoding (${RUNS.bytes} cases)`, () => {
    const arb = fc.record({
      fixture: fc.nat({ max: FIXTURES.length - 1 }),
      mutations: fc.array(mutationArb, { maxLength: 3 }),
      encoding: pick(ENCODINGS.filter((e) => e !== 'string')),
      options: optionsArb,
    });
    fc.assert(
      fc.property(arb, checkMutatedFixture),
      params(RUNS.bytes),
    );
  }, timeout(RUNS.bytes));

  it('leaves Object.prototype untouched', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(Object.getOwnPropertyNames(Object.getPrototypeOf({})).sort());
  });
});
