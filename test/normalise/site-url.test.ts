import { describe, expect, it } from 'vitest';
import { archivedOriginal, givenSiteUrl, isStandInHost, siteDomain } from '../../src/normalise/site-url.js';

const u = (s: string): URL => new URL(s);

describe('archivedOriginal', () => {
  it('reads the captured address out of a Wayback Machine URL, with its query', () => {
    expect(archivedOriginal(u('https://web.archive.org/web/20200102171254id_/https://www.site.com/news/1?id=2'))?.href).toBe('https://www.site.com/news/1?id=2');
    expect(archivedOriginal(u('http://web.archive.org/web/20200102171254/http://site.com/a'))?.href).toBe('http://site.com/a');
  });

  it('mends a squeezed scheme and adds a missing one', () => {
    expect(archivedOriginal(u('https://web.archive.org/web/2020/https:/www.site.com/a'))?.href).toBe('https://www.site.com/a');
    expect(archivedOriginal(u('https://web.archive.org/web/2020/www.site.com/a'))?.href).toBe('http://www.site.com/a');
  });

  it('is undefined for other URLs and for archive pages that are not a capture', () => {
    expect(archivedOriginal(u('https://www.site.com/web/2020/https://other.com/a'))).toBeUndefined();
    expect(archivedOriginal(u('https://web.archive.org/about/'))).toBeUndefined();
  });
});

describe('isStandInHost', () => {
  it('takes IP addresses, localhost and feed redirectors for stand-ins', () => {
    for (const h of ['203.0.113.7', '[2001:db8::1]', 'localhost', 'feedproxy.google.com', 'FEEDS.FEEDBURNER.COM']) expect(isStandInHost(h)).toBe(true);
  });

  it('takes a site host for the site', () => {
    for (const h of ['www.site.com', 'site.com.eg', '1.2.3.example.com', 'google.com']) expect(isStandInHost(h)).toBe(false);
  });
});

describe('givenSiteUrl', () => {
  it('gives the archived original, the URL itself, or nothing for a stand-in', () => {
    expect(givenSiteUrl(u('https://web.archive.org/web/2020/https://www.site.com/a'))?.hostname).toBe('www.site.com');
    expect(givenSiteUrl(u('https://www.site.com/a'))?.href).toBe('https://www.site.com/a');
    expect(givenSiteUrl(u('http://203.0.113.7/article/1'))).toBeUndefined();
    expect(givenSiteUrl(u('http://feedproxy.google.com/~r/site/~3/abc/story.html'))).toBeUndefined();
  });
});

describe('siteDomain', () => {
  it('is the registered domain: two labels, three under a country code’s second level', () => {
    expect(siteDomain('img.youm7.com')).toBe('youm7.com');
    expect(siteDomain('www.example.com.eg')).toBe('example.com.eg');
    expect(siteDomain('nna-leb.gov.lb')).toBe('nna-leb.gov.lb');
    expect(siteDomain('www.alquds.co.uk')).toBe('alquds.co.uk');
    expect(siteDomain('almanar.com.lb')).toBe('almanar.com.lb');
    expect(siteDomain('albayan.ae')).toBe('albayan.ae');
  });
});
