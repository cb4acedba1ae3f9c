import { describe, expect, it } from 'vitest';
import { findArticle, jsonLdObjects, jsonLdStrings, parseJsonLd } from '../../src/extract/metadata/json-ld.js';

describe('JSON-LD', () => {
  it('finds the NewsArticle inside @graph among several blocks', () => {
    const objs = jsonLdObjects([
      '{"@context":"https://schema.org","@type":"WebSite","name":"موقع"}',
      '{"@graph":[{"@type":"BreadcrumbList"},{"@type":["NewsArticle"],"headline":"خبر","datePublished":"2020-05-02T09:23:00+02:00","author":[{"@type":"Person","name":"أحمد"},{"name":"سارة"}]}]}',
    ]);
    const a = findArticle(objs)!;
    expect(a.headline).toBe('خبر');
    expect(jsonLdStrings(a.author)).toEqual(['أحمد', 'سارة']);
  });
  it('repairs raw newlines in strings and trailing commas', () => {
    expect(parseJsonLd('{"@type":"Article","headline":"سطر\nسطر",}')).toEqual({ '@type': 'Article', headline: 'سطر سطر' });
  });
  it('gives up quietly on hopeless JSON', () => {
    expect(parseJsonLd('{"a": [}')).toBeUndefined();
    expect(jsonLdObjects(['not json at all'])).toEqual([]);
  });
  it('keeps __proto__ keys as inert data (no prototype pollution)', () => {
    const objs = jsonLdObjects(['{"@type":"NewsArticle","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}']);
    expect(findArticle(objs)).toBeDefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('survives deep nesting without recursion', () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    expect(() => jsonLdObjects([deep])).not.toThrow();
  });
});

describe('followRefs', () => {
  it("follows an @id reference to the @graph object that carries it (Yoast's author), item by item in arrays", async () => {
    const { followRefs } = await import('../../src/extract/metadata/json-ld.js');
    const person = { '@type': 'Person', '@id': 'https://s/#/schema/person/1', name: 'ريم الزهراني' };
    const objects = [{ '@type': 'NewsArticle', author: { '@id': 'https://s/#/schema/person/1' } }, person];
    expect(followRefs({ '@id': 'https://s/#/schema/person/1' }, objects)).toBe(person);
    expect(followRefs([{ '@id': 'https://s/#/schema/person/1' }, 'سامي'], objects)).toEqual([person, 'سامي']);
    // A reference to nothing known, or an object that has more than its @id, stays as it is.
    expect(followRefs({ '@id': 'https://s/#none' }, objects)).toEqual({ '@id': 'https://s/#none' });
    const full = { '@id': 'https://s/#/schema/person/1', name: 'اسم آخر' };
    expect(followRefs(full, objects)).toBe(full);
  });

  it('gives the author named only in the graph to the article', async () => {
    const { extract } = await import('../../src/index.js');
    const ld = { '@context': 'https://schema.org', '@graph': [{ '@type': 'NewsArticle', '@id': 'https://www.example.com/news/1#article', headline: 'وزير الصحة يفتتح ثلاثة مراكز صحية جديدة', author: { '@id': 'https://www.example.com/#/schema/person/7' } }, { '@type': 'Person', '@id': 'https://www.example.com/#/schema/person/7', name: 'ريم الزهراني' }] };
    const html = `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><h1>وزير الصحة يفتتح ثلاثة مراكز صحية جديدة</h1><p>نص الخبر هنا، وهو طويل بما يكفي ليعد فقرة من متن المقال، وفيه فواصل ونقاط كثيرة.</p><div class="box">ريم الزهراني</div></body></html>`;
    // The page shows the name (a box no byline rule reads): metadata names the page never shows are no byline.
    expect(extract(html, { url: 'https://www.example.com/news/1' }).authors).toEqual(['ريم الزهراني']);
  });
});
