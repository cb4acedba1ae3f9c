import { describe, expect, it } from 'vitest';
import { archiveCaptureTime, archivedOriginal, givenSiteUrl, isStandInHost, siteDomain } from '../../src/normalise/site-url.js';

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

describe('archiveCaptureTime', () => {
  it('reads the full timestamp of a Wayback Machine URL as a UTC instant, with or without a mode flag', () => {
    expect(archiveCaptureTime(u('https://web.archive.org/web/20200321130512/https://www.site.com/a'))?.toISOString()).toBe('2020-03-21T13:05:12.000Z');
    expect(archiveCaptureTime(u('http://wayback.archive.org/web/20191231235959id_/http://site.com/a'))?.toISOString()).toBe('2019-12-31T23:59:59.000Z');
  });

  it('is undefined for a partial timestamp, one that is no real instant, and any other URL', () => {
    expect(archiveCaptureTime(u('https://web.archive.org/web/2020/https://www.site.com/a'))).toBeUndefined();
    expect(archiveCaptureTime(u('https://web.archive.org/web/202003211305/https://www.site.com/a'))).toBeUndefined();
    expect(archiveCaptureTime(u('https://web.archive.org/web/20200231130512/https://www.site.com/a'))).toBeUndefined();
    expect(archiveCaptureTime(u('https://web.archive.org/web/20200321250000/https://www.site.com/a'))).toBeUndefined();
    expect(archiveCaptureTime(u('https://www.site.com/web/20200321130512/https://other.com/a'))).toBeUndefined();
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
