/**
 * The Article contract: every Article maqal produces — on fixtures and on odd pages —
 * matches the JSON Schema and survives a JSON round trip unchanged.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor, extract } from '../src/index.js';
import { FIXTURE_NOW, listFixtures } from './fixtures.js';
import { assertValidArticle } from './schema.js';

const ODD_PAGES: Record<string, string> = {
  'text only': 'مجرد نص بلا وسوم',
  'empty body': '<html><head><title>عنوان</title></head><body></body></html>',
  'only chrome': '<nav><a href="/">الرئيسية</a></nav><footer>جميع الحقوق محفوظة</footer>',
  'broken json-ld': '<script type="application/ld+json">{"@type":"NewsArticle","headline":"خبر",,}</script><h1>خبر</h1><p>نص الخبر هنا، وهو نص قصير لكنه كاف للاختبار.</p>',
  'truncated page': '<html><body><article><h1>عنوان الخبر</h1><p>فقرة أولى طويلة بما يكفي، وفيها فواصل، ونقاط. فقرة',
};

describe('Article contract', () => {
  for (const f of listFixtures()) {
    it(`fixture ${f.site}/${f.name} matches the schema and round-trips`, () => {
      const a = extract(f.html, { url: f.expected?.url, now: FIXTURE_NOW });
      assertValidArticle(a);
      expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    });
  }
  it.each(Object.entries(ODD_PAGES))('odd page "%s" gives a valid Article', (_n, html) => {
    for (const ex of [extract, createExtractor({ adapters: [] }).extract]) {
      const a = ex(html, { now: FIXTURE_NOW });
      assertValidArticle(a);
      expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    }
  });
});
