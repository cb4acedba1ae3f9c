import { describe, expect, it } from 'vitest';
import type { DateSource } from '../../../src/article.js';
import { parseArabicDate } from '../../../src/dates/index.js';
import type { DateCandidate, DateKind } from '../../../src/extract/dates/candidates.js';
import { withoutOffsetConflicts } from '../../../src/extract/dates/offset-conflict.js';
import { createExtractor } from '../../../src/index.js';

const NOW = new Date('2024-01-01T00:00:00Z');
function stamp(kind: DateKind, text: string, source: DateSource = 'meta'): DateCandidate {
  const parsed = parseArabicDate(text, { now: NOW });
  if (!parsed) throw new Error(`unparsed: ${text}`);
  return { kind, parsed, text, source };
}

describe('withoutOffsetConflicts', () => {
  it('drops every stamp of a kind that writes one clock with two offsets', () => {
    const out = withoutOffsetConflicts([
      stamp('published', '2020-04-13T16:22:53+01:00', 'json-ld'),
      stamp('updated', '2020-04-13T21:33:31+01:00', 'json-ld'),
      stamp('published', '2020-04-13T16:22:53Z'),
    ]);
    expect(out.map((c) => c.text)).toEqual(['2020-04-13T21:33:31+01:00']);
  });

  it('keeps stamps that agree, or that write the same instant on two clocks', () => {
    const agree = [stamp('published', '2020-04-13T16:22:53+01:00', 'json-ld'), stamp('published', '2020-04-13T16:22:53+0100')];
    expect(withoutOffsetConflicts(agree)).toHaveLength(2);
    const sameInstant = [stamp('published', '2020-04-13T17:22:53+01:00', 'json-ld'), stamp('published', '2020-04-13T16:22:53Z')];
    expect(withoutOffsetConflicts(sameInstant)).toHaveLength(2);
    const utc = [stamp('published', '2020-04-13T16:22:53+00:00', 'json-ld'), stamp('published', '2020-04-13T16:22:53Z')];
    expect(withoutOffsetConflicts(utc)).toHaveLength(2);
  });
});

describe('a page whose metadata writes its clock with two offsets', () => {
  const ex = createExtractor({ adapters: [] });
  const page = (shown: string) =>
    `<html><head><meta property="article:published_time" content="2020-04-13T09:54:15Z"><script type="application/ld+json" class="aioseop-schema">{"@graph":[{"@type":"Article","datePublished":"2020-04-13T09:54:15+02:00"}]}</script></head><body><h1>عنوان الخبر التجريبي عن الحديقة</h1><p class="date">${shown}</p><div class="content">${'<p>قال المجلس البلدي إنه قرر افتتاح حديقة عامة جديدة في وسط المدينة خلال الأسابيع المقبلة بعد انتهاء أعمال التجهيز.</p>'.repeat(3)}</div></body></html>`;

  it('has the day the page shows, not an instant the metadata cannot settle', () => {
    expect(ex.extract(page('13 - أبريل - 2020'), { url: 'https://www.example.com/x/' }).published).toMatchObject({ iso: '2020-04-13', precision: 'day' });
  });

  it('has the clock the page shows, in the site’s zone', () => {
    expect(ex.extract(page('13 أبريل 2020 - 11:54 ص'), { url: 'https://www.example.com.eg/x/' }).published?.iso).toBe('2020-04-13T11:54:00+02:00');
  });
});
