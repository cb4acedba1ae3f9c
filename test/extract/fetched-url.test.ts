/**
 * A page fetched from an address that is not the site's own — a Wayback Machine copy, a bare IP
 * address, a feed redirector — is still read as the site's page: its adapter, its time zone, its
 * domain. Links resolve against the address fetched.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExtractor, extract } from '../../src/index.js';
import { FIXTURES, FIXTURE_NOW } from '../fixtures.js';

const generic = readFileSync(join(FIXTURES, 'generic', 'news-site.html'), 'utf8');
const masrawy = readFileSync(join(FIXTURES, 'masrawy.com', 'agency-dateline.html'), 'utf8');
const MASRAWY_URL = 'https://www.masrawy.com/news/news_publicaffairs/details/2024/3/1/2549876/%D9%85%D8%AB%D8%A7%D9%84';

describe('a page fetched from a stand-in address', () => {
  it('takes the time zone and domain from the page’s own address when fetched by IP', () => {
    const byIp = createExtractor({ adapters: [] }).extract(generic, { url: 'http://203.0.113.7/news/2023/06/12/weather-report', now: FIXTURE_NOW });
    expect(byIp.site.domain).toBe('example-news.com.eg');
    expect(byIp.url).toBe('https://www.example-news.com.eg/news/2023/06/12/weather-report');
    expect(byIp.published).toMatchObject({ iso: '2023-06-12T13:15:00+03:00', precision: 'minute' });
  });

  it('reads a feed redirector’s page as the site’s own', () => {
    const viaFeed = createExtractor({ adapters: [] }).extract(generic, { url: 'http://feedproxy.google.com/~r/example/~3/Ab12Cd/weather-report', now: FIXTURE_NOW });
    expect(viaFeed.site.domain).toBe('example-news.com.eg');
    expect(viaFeed.published?.iso).toBe('2023-06-12T13:15:00+03:00');
  });

  it('runs the site’s adapter on a Wayback Machine copy, and on an IP address the page names the site of', () => {
    const archived = extract(masrawy, { url: `https://web.archive.org/web/20240301180000/${MASRAWY_URL}` });
    const direct = extract(masrawy, { url: MASRAWY_URL });
    expect(archived.adapter).toBe('masrawy.com');
    expect(archived.url).toBe(MASRAWY_URL);
    expect(archived.site.domain).toBe('masrawy.com');
    expect(archived.text).toBe(direct.text);
    expect(archived.published).toEqual(direct.published);
    expect(extract(masrawy, { url: 'http://198.51.100.20/news/2549876' }).adapter).toBe('masrawy.com');
  });

  it('resolves the page’s relative links against the archive copy it was fetched from', () => {
    const html = '<html><head><title>خبر</title></head><body><article><h1>عنوان الخبر التجريبي هنا</h1><p>هذه فقرة أولى من نص الخبر تكفي لتكون متنا حقيقيا للمقال المختبر هنا.</p><img src="/web/20200102im_/https://www.site.com/i.jpg"><p>وهذه فقرة ثانية من نص الخبر تكمل المتن بجمل أخرى كافية للاختبار.</p></article></body></html>';
    const a = extract(html, { url: 'https://web.archive.org/web/20200102171254/https://www.site.com/news/1' });
    expect(a.url).toBe('https://www.site.com/news/1');
    expect(a.images.map((i) => i.url)).toContain('https://web.archive.org/web/20200102im_/https://www.site.com/i.jpg');
  });
});

describe('a Wayback Machine copy’s times ago', () => {
  const html = (line: string): string =>
    `<html><head><title>وزارة النقل تعلن خطة جديدة للطرق</title></head><body><h1>وزارة النقل تعلن خطة جديدة للطرق</h1><div class="date">${line}</div><div class="text"><p>أعلنت وزارة النقل اليوم عن خطة جديدة لتطوير شبكة الطرق في المحافظات، تشمل إنشاء محاور جديدة ورفع كفاءة الطرق القائمة.</p><p>وقال المتحدث باسم الوزارة إن الخطة تمتد ثلاث سنوات، وإن العمل في المرحلة الأولى يبدأ مطلع العام المقبل.</p><p>وأضاف أن الوزارة خصصت الاعتمادات اللازمة للمرحلة الأولى، وأن المواطنين سيلمسون النتائج قريبا.</p></div></body></html>`;
  const ORIGINAL = 'https://www.example.com.eg/news/1';

  it('are counted back from the capture time its URL names, not from today', () => {
    const published = extract(html('منذ 21 ساعة'), { url: `https://web.archive.org/web/20200321090000/${ORIGINAL}` }).published;
    // 09:00 UTC on 21 March 2020 is 11:00 in Cairo; 21 hours before is 14:00 on the 20th.
    expect(published).toMatchObject({ iso: '2020-03-20T14:00:00+02:00', relative: true });
    expect(extract(html('أمس'), { url: `https://web.archive.org/web/20200321090000id_/${ORIGINAL}` }).published?.iso).toBe('2020-03-20');
  });

  it('give way to a `now` the caller passes', () => {
    const published = extract(html('منذ 3 ساعات'), { url: `https://web.archive.org/web/20200321090000/${ORIGINAL}`, now: new Date('2021-01-10T12:00:00Z') }).published;
    expect(published?.iso).toBe('2021-01-10T11:00:00+02:00');
  });

  it('reject a date more than a day after the capture: the copy cannot show it', () => {
    const later = extract(html('الأربعاء 25 مارس 2020 - 10:00 ص'), { url: `https://web.archive.org/web/20200321090000/${ORIGINAL}` });
    expect(later.published).toBeUndefined();
    const before = extract(html('الجمعة 20 مارس 2020 - 10:00 ص'), { url: `https://web.archive.org/web/20200321090000/${ORIGINAL}` });
    expect(before.published?.iso).toBe('2020-03-20T10:00:00+02:00');
  });

  it('are counted from today when the URL names no full capture time', () => {
    const now = new Date();
    const published = extract(html('منذ 3 ساعات'), { url: `https://web.archive.org/web/2020/${ORIGINAL}` }).published;
    expect(published?.relative).toBe(true);
    expect(Math.abs(Date.parse(published!.iso) - (now.getTime() - 3 * 3600_000))).toBeLessThan(5 * 60_000);
  });
});

describe('a page saved from the Wayback Machine, its stamp kept', () => {
  const saved = (line: string): string =>
    `<html><head><title>وزارة النقل تعلن خطة جديدة للطرق</title><link rel="canonical" href="https://www.example.com.eg/news/1"></head><body><h1>وزارة النقل تعلن خطة جديدة للطرق</h1><div class="date">${line}</div><div class="text"><p>أعلنت وزارة النقل اليوم عن خطة جديدة لتطوير شبكة الطرق في المحافظات، تشمل إنشاء محاور جديدة ورفع كفاءة الطرق القائمة.</p><p>وقال المتحدث باسم الوزارة إن الخطة تمتد ثلاث سنوات، وإن العمل في المرحلة الأولى يبدأ مطلع العام المقبل.</p></div></body></html>\n<!--\n     FILE ARCHIVED ON 9:00:00 Mar 21, 2020 AND RETRIEVED FROM THE\n     INTERNET ARCHIVE ON 10:11:12 Nov 27, 2026.\n     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.\n-->`;

  it('counts its times ago back from the capture the stamp names, with no URL given', () => {
    expect(extract(saved('منذ 21 ساعة')).published).toMatchObject({ iso: '2020-03-20T14:00:00+02:00', relative: true });
  });

  it('gives way to a `now` the caller passes', () => {
    expect(extract(saved('منذ 3 ساعات'), { now: new Date('2021-01-10T12:00:00Z') }).published?.iso).toBe('2021-01-10T11:00:00+02:00');
  });
});
