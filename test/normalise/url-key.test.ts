import { describe, expect, it } from 'vitest';
import { pathOfKey, urlKey } from '../../src/normalise/url-key.js';

describe('urlKey', () => {
  it('gives one key for the spellings of one address', () => {
    const encoded = 'https://www.example.com/%D9%85%D9%82%D8%A7%D9%84/';
    const key = urlKey(encoded);
    expect(key).toBe('example.com/مقال');
    expect(urlKey(encoded.toLowerCase())).toBe(key);
    expect(urlKey('http://example.com/مقال')).toBe(key);
    expect(urlKey('//www.example.com/مقال#comments')).toBe(key);
    expect(urlKey(' https://EXAMPLE.com/%d9%85%d9%82%d8%a7%d9%84 ')).toBe(key);
  });

  it('keeps the query and what tells two pages apart', () => {
    expect(urlKey('https://example.com/?p=12/')).toBe('example.com?p=12');
    expect(urlKey('https://example.com/news/?id=12')).toBe('example.com/news?id=12');
    expect(urlKey('https://example.com/news/12')).not.toBe(urlKey('https://example.com/news/13'));
    expect(urlKey('https://example.com/news/12')).not.toBe(urlKey('https://other.com/news/12'));
  });

  it('compares a malformed escape as written', () => {
    expect(urlKey('https://example.com/%E0%A4%A/x')).toBe('example.com/%e0%a4%a/x');
  });
});

describe('pathOfKey', () => {
  it('gives the path a site-relative href is compared with, empty for a home page', () => {
    expect(pathOfKey(urlKey('https://example.com/news/1/'))).toBe('/news/1');
    expect(urlKey('/news/1/')).toBe('/news/1');
    expect(pathOfKey(urlKey('https://example.com/'))).toBe('');
  });
});
