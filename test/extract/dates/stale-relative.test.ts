/**
 * A time ago counted back from today's clock on a page saved long before: left out when every date the page writes in
 * full is far older (and kept whenever a `now` is known, or the page gives no sign of its age).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/index.js';
import { parseDocument } from '../../../src/parse/index.js';
import { isStaleRelative, newestWrittenDate } from '../../../src/extract/dates/stale-relative.js';

const HEADLINE = 'وزارة النقل تعلن خطة جديدة للطرق';
const STORY =
  '<p>أعلنت وزارة النقل اليوم عن خطة جديدة لتطوير شبكة الطرق في المحافظات، تشمل إنشاء محاور جديدة ورفع كفاءة الطرق القائمة.</p>' +
  '<p>وقال المتحدث باسم الوزارة إن الخطة تمتد ثلاث سنوات، وإن العمل في المرحلة الأولى يبدأ مطلع العام المقبل.</p>' +
  '<p>وأضاف أن الوزارة خصصت الاعتمادات اللازمة للمرحلة الأولى، وأن المواطنين سيلمسون النتائج قريبا.</p>';
/** A sidebar of other stories whose titles carry their dates, as news sites' bulletins do. */
const sidebar = (day: string): string =>
  `<aside class="latest"><div class="card"><a href="/post/2/">مقدمة نشرة الأخبار الرئيسية ليوم الجمعة ${day}م</a></div><div class="card"><a href="/post/3/">مقدمة نشرة الأخبار ليوم الخميس 19-03-2020م</a></div></aside>`;
const page = (line: string, aside: string): string =>
  `<html><head><title>${HEADLINE}</title></head><body><h1>${HEADLINE}</h1><div class="date">${line}</div><div class="text">${STORY}</div>${aside}<footer>copyright 2020 ©</footer></body></html>`;
const dmy = (d: Date): string => `${String(d.getUTCDate()).padStart(2, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${d.getUTCFullYear()}`;

describe('a time ago on a page saved long before today', () => {
  const old = page('منذ 21 ساعة', sidebar('20-03-2020'));

  it('is left out, with a warning, when no now is known', () => {
    const a = extract(old, { url: 'https://www.example.com.eg/post/1/' });
    expect(a.published).toBeUndefined();
    expect(a.diagnostics.warnings.map((w) => w.code)).toContain('date.relative-stale');
  });

  it('gives way to the day the URL gives', () => {
    const a = extract(old, { url: 'https://www.example.com.eg/2020/03/20/story-1/' });
    expect(a.published).toMatchObject({ iso: '2020-03-20', source: 'url' });
  });

  it('is counted back from a now the caller gives, or a capture time the URL names', () => {
    const given = extract(old, { url: 'https://www.example.com.eg/post/1/', now: new Date('2020-03-21T09:00:00Z') });
    expect(given.published).toMatchObject({ iso: '2020-03-20T14:00:00+02:00', relative: true });
    expect(given.diagnostics.warnings.map((w) => w.code)).not.toContain('date.relative-stale');
    const archived = extract(old, { url: 'https://web.archive.org/web/20200321090000/https://www.example.com.eg/post/1/' });
    expect(archived.published?.iso).toBe('2020-03-20T14:00:00+02:00');
  });

  it('is kept when the page writes a date of the last months, or no full date at all', () => {
    const recent = extract(page('منذ 21 ساعة', sidebar(dmy(new Date(Date.now() - 100 * 86_400_000)))), { url: 'https://www.example.com.eg/post/1/' });
    expect(recent.published?.relative).toBe(true);
    const undated = extract(page('منذ 21 ساعة', ''), { url: 'https://www.example.com.eg/post/1/' });
    expect(undated.published?.relative).toBe(true);
  });

  it('leaves a written date alone', () => {
    const a = extract(page('الجمعة 20 مارس 2020 - 10:00 ص', sidebar('20-03-2020')), { url: 'https://www.example.com.eg/post/1/' });
    expect(a.published?.iso).toBe('2020-03-20T10:00:00+02:00');
    expect(a.diagnostics.warnings.map((w) => w.code)).not.toContain('date.relative-stale');
  });
});

describe('newestWrittenDate', () => {
  const now = { now: new Date('2026-11-25T12:00:00Z') };

  it('is the latest full date of the visible text, links included', () => {
    const doc = parseDocument(`<body><p>نشر في 12 مارس 2020</p><a href="/x">خبر يوم 20-03-2020</a><p>18 مارس 2020 - 10:00 م</p></body>`);
    expect(newestWrittenDate(doc, now)).toBe(Date.parse('2020-03-20'));
  });

  it('skips times ago, dates after now, and text no reader sees', () => {
    const doc = parseDocument(`<body><p>منذ ساعتين</p><p>1 يناير 2030</p><script>var d = "25-11-2026";</script><p>5 مايو 2019</p></body>`);
    expect(newestWrittenDate(doc, now)).toBe(Date.parse('2019-05-05'));
    expect(newestWrittenDate(parseDocument('<body><p>منذ ساعتين</p><p>© 2020</p></body>'), now)).toBeUndefined();
  });
});

describe('isStaleRelative', () => {
  const ago = { iso: '2026-11-26T19:41:00+03:00', precision: 'minute' as const, source: 'page' as const, relative: true as const };

  it('holds for a time ago more than the tunable number of days after the newest written date', () => {
    expect(isStaleRelative(ago, Date.parse('2020-03-20'))).toBe(true);
    expect(isStaleRelative(ago, Date.parse('2026-06-01'))).toBe(false);
    expect(isStaleRelative(ago, Date.parse('2026-05-01'))).toBe(true);
    expect(isStaleRelative(ago, undefined)).toBe(false);
    expect(isStaleRelative({ ...ago, relative: undefined }, Date.parse('2020-03-20'))).toBe(false);
  });
});
