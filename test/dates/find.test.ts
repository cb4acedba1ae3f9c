import { describe, expect, it } from 'vitest';
import { findArabicDates } from '../../src/dates/index.js';

const CAIRO = { timeZone: 'Africa/Cairo', now: new Date('2025-06-15T12:00:00Z') };

describe('findArabicDates', () => {
  it('finds the published and updated dates of one line, with index and words', () => {
    const line = 'نشر في: الثلاثاء 17 نوفمبر 2015 - 6:59 م | آخر تحديث: الأربعاء 18 نوفمبر 2015 - 1:05 م';
    const found = findArabicDates(line, CAIRO);
    expect(found).toEqual([
      {
        iso: '2015-11-17T18:59:00+02:00', precision: 'minute', calendar: 'gregorian', relative: false, zoned: true,
        index: line.indexOf('الثلاثاء'), text: 'الثلاثاء 17 نوفمبر 2015 - 6:59 م',
      },
      {
        iso: '2015-11-18T13:05:00+02:00', precision: 'minute', calendar: 'gregorian', relative: false, zoned: true,
        index: line.indexOf('الأربعاء'), text: 'الأربعاء 18 نوفمبر 2015 - 1:05 م',
      },
    ]);
  });

  it('reads an ambiguous spaced clock minute first when told the page writes clocks that way', () => {
    const line = '20 يناير 2020 - 3 : 18';
    expect(findArabicDates(line, CAIRO)[0]!.iso).toBe('2020-01-20T03:18:00+02:00');
    expect(findArabicDates(line, { ...CAIRO, clockOrder: 'minute-first' })[0]!.iso).toBe('2020-01-20T18:03:00+02:00');
    // Only a spaced clock, and only where minute first is a valid reading.
    expect(findArabicDates('20 يناير 2020 - 3:18', { ...CAIRO, clockOrder: 'minute-first' })[0]!.iso).toBe('2020-01-20T03:18:00+02:00');
    expect(findArabicDates('20 يناير 2020 - 15 : 53', { ...CAIRO, clockOrder: 'minute-first' })[0]!.iso).toBe('2020-01-20T15:53:00+02:00');
  });

  it('gives each time to the date it belongs to when times come first', () => {
    const line = '03:39 م | الجمعة 01 مايو 2020 | 04:00 م | السبت 02 مايو 2020';
    expect(findArabicDates(line, CAIRO).map((f) => f.iso)).toEqual(['2020-05-01T15:39:00+02:00', '2020-05-02T16:00:00+02:00']);
  });

  it('gives a time between two dates to the nearer one', () => {
    const line = 'نشر: 17 نوفمبر 2015 | تحديث: 10:00 م 18 نوفمبر 2015';
    expect(findArabicDates(line, CAIRO).map((f) => f.iso)).toEqual(['2015-11-17', '2015-11-18T22:00:00+02:00']);
  });

  it('reads a Hijri date beside a Gregorian one as one Gregorian date', () => {
    const line = 'الثلاثاء 26 جمادى الأولى 1441 هـ - 21 يناير 2020 | 9:22 م';
    const found = findArabicDates(line, { timeZone: 'Asia/Riyadh', now: CAIRO.now });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ iso: '2020-01-21T21:22:00+03:00', calendar: 'gregorian', index: 0 });
    expect(found[0]!.text).toBe(line);
  });

  it('keeps a lone Hijri date as Hijri', () => {
    const found = findArabicDates('صدر العدد في 1 رمضان 1441 هـ وفيه', CAIRO);
    expect(found).toMatchObject([{ iso: '2020-04-24', calendar: 'hijri', text: '1 رمضان 1441 هـ' }]);
  });

  it('finds dates of several kinds in running text, in order', () => {
    const text = 'قال الوزير في 3 مارس 2020 إن الاجتماع المقبل سيعقد، وأضاف منذ ساعتين أن تقرير 2019/12/31 صدر قبل ذلك.';
    const found = findArabicDates(text, CAIRO);
    expect(found.map((f) => f.text)).toEqual(['3 مارس 2020', 'منذ ساعتين', '2019/12/31']);
    expect(found.map((f) => f.index)).toEqual([text.indexOf('3 مارس'), text.indexOf('منذ'), text.indexOf('2019/12/31')]);
    expect(found[1]).toMatchObject({ iso: '2025-06-15T13:00:00+03:00', relative: true });
  });

  it('leaves out bare اليوم / أمس / الآن inside sentences, keeps them alone or with a time', () => {
    const text = 'أعلنت الوزارة اليوم أن الاجتماع عقد أمس في القاهرة والآن ننتظر. التحديث: أمس 10:30 م | نشر: أمس';
    const found = findArabicDates(text, CAIRO);
    expect(found.map((f) => [f.text, f.iso])).toEqual([
      ['أمس 10:30 م', '2025-06-14T22:30:00+03:00'],
      ['أمس', '2025-06-14'],
    ]);
  });

  it('drops impossible and future dates', () => {
    const found = findArabicDates('31 فبراير 2020 ثم 1 مارس 2020 ثم 1 يناير 2031', CAIRO);
    expect(found.map((f) => f.iso)).toEqual(['2020-03-01']);
  });

  it('returns nothing for text without dates', () => {
    expect(findArabicDates('لا يوجد تاريخ هنا، فقط أرقام 2015 و 6:59 وكلمات', CAIRO)).toEqual([]);
    expect(findArabicDates('', CAIRO)).toEqual([]);
  });

  it('finds a date far into a long text, at its real index', () => {
    const filler = 'كلام عادي بلا تواريخ '.repeat(1000);
    const text = `${filler}نشر في 17/11/2015 الساعة 18:59`;
    const found = findArabicDates(text, CAIRO);
    expect(found).toHaveLength(1);
    expect(found[0]!.index).toBe(filler.length + 'نشر في '.length);
    expect(found[0]!.iso).toBe('2015-11-17T18:59:00+02:00');
  });

  it('reports every date of a long text exactly once across window boundaries', () => {
    const parts: string[] = [];
    for (let k = 0; k < 400; k++) parts.push(`خبر رقم ${k} نشر ${(k % 28) + 1} مارس 2020 ثم كلام آخر يطول قليلا.`);
    const text = parts.join(' ');
    const found = findArabicDates(text, CAIRO);
    expect(found).toHaveLength(400);
    expect(found.map((f) => f.iso)).toEqual(parts.map((_, k) => `2020-03-${String((k % 28) + 1).padStart(2, '0')}`));
    for (let k = 1; k < found.length; k++) expect(found[k]!.index).toBeGreaterThan(found[k - 1]!.index);
    for (const f of found) expect(text.slice(f.index, f.index + f.text.length)).toBe(f.text);
  });

  it('finds a date that straddles a window edge', () => {
    for (const pad of [4080, 4090, 4095, 4100]) {
      const text = `${'س'.repeat(pad)} 17 نوفمبر 2015 - 6:59 م`;
      expect(findArabicDates(text, CAIRO).map((f) => f.iso)).toEqual(['2015-11-17T18:59:00+02:00']);
    }
  });
});
