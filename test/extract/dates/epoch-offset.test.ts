import { describe, expect, it } from 'vitest';
import { relabelByEpoch } from '../../../src/extract/dates/epoch-offset.js';
import type { DateCandidate } from '../../../src/extract/dates/candidates.js';
import { createExtractor } from '../../../src/index.js';

const meta = (kind: DateCandidate['kind'], iso: string): DateCandidate => ({ kind, text: iso, source: 'meta', parsed: { iso, precision: 'minute', calendar: 'gregorian', relative: false, zoned: true } });

describe('relabelByEpoch', () => {
  it('reads metadata written with a wrong Z at the offset the epoch timestamp gives, updates too', () => {
    const out = relabelByEpoch([meta('published', '2020-01-09T10:20:00+00:00'), meta('updated', '2020-01-09T10:27:00+00:00')], Date.parse('2020-01-09T08:20:05Z'));
    expect(out.map((c) => c.parsed.iso)).toEqual(['2020-01-09T10:20:00+02:00', '2020-01-09T10:27:00+02:00']);
  });

  it('leaves metadata that agrees with the timestamp, or is off by more than whole hours, as it was', () => {
    const agreeing = [meta('published', '2020-03-17T17:27:00+00:00')];
    expect(relabelByEpoch(agreeing, Date.parse('2020-03-17T17:27:41Z'))).toEqual(agreeing);
    const unrelated = [meta('published', '2020-03-17T17:27:00+00:00')];
    expect(relabelByEpoch(unrelated, Date.parse('2020-03-17T15:02:41Z'))).toEqual(unrelated);
  });
});

describe('a page whose analytics field dates it to the second', () => {
  const ex = createExtractor({ adapters: [] });
  const page = (pts: string) =>
    `<html><head><meta name="analytics:p_ts" content="${pts}"><meta content="2023-11-15T00:13:20Z" itemprop="datePublished" name="pubdate"></head><body><h1>عنوان تجريبي عن الاجتماع الوزاري الطارئ في العاصمة</h1><div class="b-article__refs-credits"><time datetime="2023-11-15T00:13">00:13 15.11.2023</time></div><div itemprop="articleBody"><p>نص الخبر هنا، وهو طويل بما يكفي ليعد فقرة من متن المقال، وفيه فواصل ونقاط كثيرة.</p></div></body></html>`;

  it('shows the visible time at the offset the timestamp proves, when the metadata wrote the clock with a Z', () => {
    expect(ex.extract(page('1700000000'), { url: 'https://www.example.com/arab_world/1/' }).published?.iso).toBe('2023-11-15T00:13:20+02:00');
  });

  it('keeps the metadata offset when the timestamp agrees with it', () => {
    expect(ex.extract(page('1700007200'), { url: 'https://www.example.com/arab_world/1/' }).published?.iso).toBe('2023-11-15T00:13:20+00:00');
  });
});
