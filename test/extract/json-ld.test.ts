import { describe, expect, it } from 'vitest';
import { findArticle, jsonLdObjects, jsonLdSiteName, jsonLdStrings, parseJsonLd } from '../../src/extract/metadata/json-ld.js';
import { extract } from '../../src/index.js';

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

describe('jsonLdSiteName', () => {
  it("names the site from a plain Organization only when its url is the page's own site", () => {
    const objs = jsonLdObjects(['{"@type":"Organization","name":"صحيفة الواحة","url":"www.example-paper.ae"}', '{"@type":"Organization","name":"شركة راعية","url":"https://sponsor.example.com/"}']);
    expect(jsonLdSiteName(objs, undefined, 'example-paper.ae')).toBe('صحيفة الواحة');
    expect(jsonLdSiteName(objs, undefined, 'news.example-paper.ae')).toBe('صحيفة الواحة');
    expect(jsonLdSiteName(jsonLdObjects(['{"@type":"Organization","name":"الواحة","url":"www.example-paper.ae:8080/ar"}']), undefined, 'example-paper.ae')).toBe('الواحة');
    expect(jsonLdSiteName(objs, undefined, 'other-paper.ae')).toBeUndefined();
    expect(jsonLdSiteName(objs, undefined, undefined)).toBeUndefined();
    // An Organization without a url may be anyone's (a sponsor, the agency credited).
    expect(jsonLdSiteName(jsonLdObjects(['{"@type":"Organization","name":"وكالة"}']), undefined, 'example-paper.ae')).toBeUndefined();
    // The publisher and a WebSite still come first.
    const withSite = jsonLdObjects(['{"@type":"Organization","name":"الشركة الأم","url":"//example-paper.ae"}', '{"@type":"WebSite","name":"الواحة نت"}']);
    expect(jsonLdSiteName(withSite, undefined, 'example-paper.ae')).toBe('الواحة نت');
  });
  it('gives the page the site name of its own Organization object', () => {
    const html = `<html><head><title>ارتفاع أسعار القمح</title><script type="application/ld+json">{"@type":"Organization","name":"صحيفة الواحة","url":"www.example-paper.ae"}</script></head>
<body><div class="title">ارتفاع أسعار القمح</div><div id="story"><div>ارتفعت أسعار القمح في الأسواق العالمية خلال تعاملات الأسبوع الماضي بسبب تراجع المعروض.<br>وقال متعاملون إن المخزونات لدى المستوردين الرئيسيين تراجعت إلى أدنى مستوى منذ سنوات.</div></div></body></html>`;
    expect(extract(html, { url: 'http://www.example-paper.ae/economics/page/1' }).site.name).toBe('صحيفة الواحة');
  });
});
