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
