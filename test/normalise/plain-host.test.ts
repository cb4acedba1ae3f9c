import { describe, expect, it } from 'vitest';
import { plainHost } from '../../src/normalise/url.js';

describe('plainHost', () => {
  it('gives the host the URL parser gives, for plain http(s) hosts', () => {
    const urls = [
      'https://www.example.com/news/1',
      'http://Example.COM',
      'https://img.site.com.eg:8080/a.jpg?x=1',
      'https://site.com?utm=1',
      'https://site.com#top',
      'https://site.com.',
      'https://a-b.c-d.net:/x',
      'HTTPS://WWW.SITE.AE/',
    ];
    for (const url of urls) expect(plainHost(url), url).toBe(new URL(url).hostname);
  });

  it('leaves to the parser what it would read differently or reject', () => {
    for (const url of [
      '//site.com/a', // no scheme: the page's own decides
      'https://user:pass@site.com/', // user info
      'https://user@site.com/',
      'https://موقع.com/', // IDNA
      'https://%73ite.com/', // percent-encoded
      'https://[::1]/', // IP literal
      'https://site.com\\path', // a backslash is a path separator to the parser
      'https://site.com /x', // a space after the host
      'https://a..b/', // an empty label
      'ftp://site.com/',
      'https:///site.com',
    ]) expect(plainHost(url), url).toBeUndefined();
  });

  it('takes linear time on a long run of labels that ends badly', () => {
    const long = `https://${'a.'.repeat(50_000)}a!`;
    const start = performance.now();
    expect(plainHost(long)).toBeUndefined();
    expect(performance.now() - start).toBeLessThan(500);
  });
});
