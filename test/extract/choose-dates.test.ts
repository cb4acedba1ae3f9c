import { describe, expect, it } from 'vitest';
import type { DateSource } from '../../src/article.js';
import { parseArabicDate } from '../../src/dates/index.js';
import type { DateCandidate, DateKind } from '../../src/extract/dates/candidates.js';
import { chooseDates } from '../../src/extract/dates/choose.js';

const ZONE = 'Asia/Amman';
const NOW = new Date('2024-01-01T00:00:00Z');

function candidate(kind: DateKind, text: string, source: DateSource): DateCandidate {
  const parsed = parseArabicDate(text, { timeZone: ZONE, now: NOW });
  if (!parsed) throw new Error(`unparsed: ${text}`);
  return { kind, parsed, text, source };
}

const shown = (text: string): DateCandidate => candidate('published', text, 'page');
const meta = (kind: DateKind, iso: string): DateCandidate => candidate(kind, iso, 'meta');

describe('chooseDates: the seconds of a time the page shows to the minute', () => {
  const pick = (line: string, stamp: string | undefined, timeZone: string | undefined = ZONE): string | undefined =>
    chooseDates({ adapter: {}, page: [shown(line)], metadata: stamp ? [meta('published', stamp)] : [], ...(timeZone ? { timeZone } : {}) }).published?.iso;

  it('come from a metadata stamp of that same minute: the same instant, or the same clock written with a wrong Z', () => {
    expect(pick('23 فبراير 2020 - 03:20 م', '2020-02-23T15:20:44+02:00')).toBe('2020-02-23T15:20:44+02:00');
    expect(pick('23 فبراير 2020 - 03:20 م', '2020-02-23T13:20:44Z')).toBe('2020-02-23T15:20:44+02:00');
    expect(pick('23 فبراير 2020 - 03:20 م', '2/23/2020 3:20:44 PM')).toBe('2020-02-23T15:20:44+02:00');
    expect(pick('23 فبراير 2020 - 03:20 م', '2020-02-23T15:20:44Z')).toBe('2020-02-23T15:20:44+02:00');
    // No zone known: the offset the stamp implies, and its seconds.
    expect(pick('23 فبراير 2020 - 03:20 م', '2020-02-23T13:20:44Z', undefined)).toBe('2020-02-23T15:20:44+02:00');
  });

  it('are none when the stamp names another minute, gives no seconds, or only a day', () => {
    expect(pick('23 فبراير 2020 - 03:20 م', '2020-02-23T15:21:44+02:00')).toBe('2020-02-23T15:20:00+02:00');
    expect(pick('23 فبراير 2020 - 03:20 م', '2020-02-23T15:20+02:00')).toBe('2020-02-23T15:20:00+02:00');
    expect(pick('23 فبراير 2020 - 03:20 م', '2020-02-23')).toBe('2020-02-23T15:20:00+02:00');
    expect(pick('23 فبراير 2020 - 03:20 م', undefined)).toBe('2020-02-23T15:20:00+02:00');
  });
});

describe('chooseDates: an update known only from metadata', () => {
  it('is reported when the metadata publication time is the one the page shows and dateModified is later', () => {
    const out = chooseDates({
      adapter: {},
      page: [shown('06/06/2020 10:17')],
      metadata: [meta('published', '2020-06-06T10:17:03+03:00'), meta('updated', '2020-06-06T10:40:49+03:00')],
      timeZone: ZONE,
    });
    // The page shows the minute; the metadata stamp of that minute gives its seconds.
    expect(out.published?.iso).toBe('2020-06-06T10:17:03+03:00');
    expect(out.updated).toMatchObject({ iso: '2020-06-06T10:40:49+03:00', source: 'meta' });
  });

  it('is not reported when dateModified is the time the page shows as its date', () => {
    // The page's date line is the last save; dateCreated is earlier: no separate update is shown.
    const out = chooseDates({
      adapter: {},
      page: [shown('26 مارس 2020 - 03:30 م')],
      metadata: [meta('published', '2020-03-26T14:16:00+02:00'), meta('updated', '2020-03-26T15:30:42+02:00')],
      timeZone: ZONE,
    });
    expect(out.published?.iso).toBe('2020-03-26T15:30:00+02:00'); // Amman: summer time began on 27 March
    expect(out.updated).toBeUndefined();
  });

  it('is not reported when dateModified equals datePublished to the minute', () => {
    const out = chooseDates({
      adapter: {},
      page: [shown('06/06/2020 10:17')],
      metadata: [meta('published', '2020-06-06T10:17:00+03:00'), meta('updated', '2020-06-06T10:17:59+03:00')],
      timeZone: ZONE,
    });
    expect(out.updated).toBeUndefined();
  });

  it('is not reported when dateModified is the publishing save a minute or two later; three minutes on it is', () => {
    const at = (modified: string) =>
      chooseDates({
        adapter: {},
        page: [shown('06/06/2020 10:17')],
        metadata: [meta('published', '2020-06-06T10:17:03+03:00'), meta('updated', modified)],
        timeZone: ZONE,
      }).updated?.iso;
    expect(at('2020-06-06T10:18:31+03:00')).toBeUndefined();
    expect(at('2020-06-06T10:19:59+03:00')).toBeUndefined();
    expect(at('2020-06-06T10:20:05+03:00')).toBe('2020-06-06T10:20:05+03:00');
  });

  it('is not reported when the metadata clock disagrees with the page (local time written as Z)', () => {
    const out = chooseDates({
      adapter: {},
      page: [shown('06/06/2020 10:17')],
      metadata: [meta('published', '2020-06-06T10:17:00Z'), meta('updated', '2020-06-06T12:00:00Z')],
      timeZone: ZONE,
    });
    expect(out.published?.iso).toBe('2020-06-06T10:17:00+03:00');
    expect(out.updated).toBeUndefined();
  });

  it('is not reported when the metadata contradicts itself (one modification stamp is the publication, another later)', () => {
    const metadata = [meta('published', '2020-06-07T11:38:17+03:00'), meta('updated', '2020-06-07T14:23:01+03:00'), meta('updated', '2020-06-07T11:38:17+03:00')];
    const out = chooseDates({ adapter: {}, page: [shown('11:38 ص | الأحد 07 يونيو 2020')], metadata, timeZone: ZONE });
    expect(out.published?.iso).toBe('2020-06-07T11:38:17+03:00');
    expect(out.updated).toBeUndefined();
    // Stamps that agree (to the minute) still give the update.
    const agreeing = [metadata[0]!, metadata[1]!, meta('updated', '2020-06-07T14:23:00+03:00')];
    expect(chooseDates({ adapter: {}, page: [shown('11:38 ص | الأحد 07 يونيو 2020')], metadata: agreeing, timeZone: ZONE }).updated?.iso).toBe('2020-06-07T14:23:01+03:00');
  });

  it('is not reported when the page shows only a day', () => {
    const out = chooseDates({
      adapter: {},
      page: [shown('6 يونيو 2020')],
      metadata: [meta('updated', '2020-06-07T09:00:00+03:00')],
      timeZone: ZONE,
    });
    expect(out.published?.precision).toBe('day');
    expect(out.updated).toBeUndefined();
  });

  it('is not reported when the page shows no publication time at all (the metadata alone gives both)', () => {
    const out = chooseDates({
      adapter: {},
      page: [],
      metadata: [meta('published', '2020-04-13T08:09:00+01:00'), meta('updated', '2020-04-13T10:23:42+01:00')],
      timeZone: 'Europe/London',
    });
    expect(out.published?.iso).toBe('2020-04-13T08:09:00+01:00');
    expect(out.updated).toBeUndefined();
  });

  it('is not reported when the page shows a day over a datetime that has the clock (`<time datetime="…T15:59">12 مايو 2020</time>`)', () => {
    const timed: DateCandidate = { ...candidate('published', '2020-05-12T15:59+04:00', 'page'), text: '12 مايو 2020' };
    const out = chooseDates({
      adapter: {},
      page: [timed],
      metadata: [meta('published', '2020-05-12T15:59+04:00'), meta('updated', '2020-05-12T16:04+04:00')],
      timeZone: 'Asia/Dubai',
    });
    expect(out.published?.iso).toBe('2020-05-12T15:59:00+04:00');
    expect(out.updated).toBeUndefined();
  });
});

describe('chooseDates: an update behind a UTC datetime, with no zone known', () => {
  it('is shown in the offset the publication time was found in', () => {
    const page = (kind: DateKind, text: string): DateCandidate => {
      const parsed = parseArabicDate(text, { now: NOW });
      if (!parsed) throw new Error(`unparsed: ${text}`);
      return { kind, parsed, text, source: 'page' };
    };
    const out = chooseDates({
      adapter: {},
      page: [page('published', '10/5/2020 18:27'), page('updated', '2020-05-10T18:02:14Z')],
      metadata: [meta('published', '2020-05-10T16:27:00Z')],
    });
    expect(out.published?.iso).toBe('2020-05-10T18:27:00+02:00');
    expect(out.updated?.iso).toBe('2020-05-10T20:02:14+02:00');
  });
});
