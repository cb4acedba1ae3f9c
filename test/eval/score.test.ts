import { describe, expect, it } from 'vitest';
import { collapseWhitespace, containsNormalised, normalise, tokens } from '../../scripts/eval/normalise.js';
import {
  datesMatch,
  leakedNoise,
  parseIso,
  sameDay,
  scoreAuthors,
  scoreBody,
  scoreCaptions,
  scoreDate,
  scoreHeadline,
  scorePage,
  shingles,
} from '../../scripts/eval/score.js';
import type { Truth } from '../../scripts/eval/types.js';

describe('normalise', () => {
  it('unifies alef forms, alef maksura and ta marbuta', () => {
    expect(normalise('أحمد إلى آخر ٱلقرية')).toBe('احمد الي اخر القريه');
  });
  it('strips diacritics and tatweel', () => {
    expect(normalise('مُحَمَّدٌ قـــال')).toBe('محمد قال');
  });
  it('turns Arabic-Indic and extended digits into Western ones', () => {
    expect(normalise('عام ٢٠٢٠ و۱۹')).toBe('عام 2020 و19');
  });
  it('drops punctuation (Arabic and Latin) as word separators and lowercases Latin', () => {
    expect(normalise('قال، «نعم»؛ لماذا؟ CNN-Arabic!')).toBe('قال نعم لماذا cnn arabic');
  });
  it('applies NFKC and removes format characters', () => {
    expect(normalise('\uFEFBعب')).toBe('لاعب'); // lam-alef ligature
    expect(normalise('نص\u200Cمع\u200Fعلامات')).toBe('نصمععلامات');
  });
  it('gives no tokens for empty or punctuation-only text', () => {
    expect(tokens('')).toEqual([]);
    expect(tokens(' ، . ')).toEqual([]);
    expect(tokens(undefined)).toEqual([]);
  });
  it('collapses whitespace only', () => {
    expect(collapseWhitespace('  أ \n\t ب  ')).toBe('أ ب');
  });
  it('finds a needle only on token boundaries', () => {
    expect(containsNormalised('الشعب المصري', 'مصر')).toBe(false);
    expect(containsNormalised('في مصر اليوم', 'مِصر')).toBe(true);
    expect(containsNormalised('anything', '')).toBe(false);
  });
});

describe('shingles', () => {
  it('counts 4-token shingles as a multiset', () => {
    const s = shingles(['a', 'b', 'c', 'd', 'a', 'b', 'c', 'd']);
    expect(s.get('a b c d')).toBe(2);
    expect(s.size).toBe(4);
  });
  it('gives one shingle for a text shorter than n and none for an empty one', () => {
    expect([...shingles(['a', 'b'])]).toEqual([['a b', 1]]);
    expect(shingles([]).size).toBe(0);
  });
});

describe('scoreBody', () => {
  it('is 1 for the same text, whatever the spelling variants', () => {
    const b = scoreBody('قال الوزير إن الحكومة ستعمل على ذلك', 'قالَ الوزيرُ ان الحكومه ستعمل علي ذلك.');
    expect([b.precision, b.recall, b.f1]).toEqual([1, 1, 1]);
  });
  it('scores extra predicted text as lost precision', () => {
    const b = scoreBody('a b c d e', 'a b c d e f g'); // truth 2 shingles, prediction 4
    expect(b.precision).toBeCloseTo(0.5);
    expect(b.recall).toBe(1);
    expect(b.f1).toBeCloseTo(2 / 3);
  });
  it('scores missing text as lost recall', () => {
    const b = scoreBody('a b c d e f g', 'a b c d e');
    expect(b.precision).toBe(1);
    expect(b.recall).toBeCloseTo(0.5);
  });
  it('counts repeated shingles (multiset, not set)', () => {
    const b = scoreBody('a b c d', 'a b c d a b c d'); // tp 1, fp 4
    expect(b.precision).toBeCloseTo(0.2);
    expect(b.recall).toBe(1);
  });
  it('is 0 for an empty prediction and for a disjoint one', () => {
    expect(scoreBody('a b c d e', '')).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(scoreBody('a b c d e', 'v w x y z')).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
  it('falls back to token sets when the truth has fewer than 4 tokens', () => {
    const b = scoreBody('خبر عاجل', 'عاجل خبر اليوم');
    expect(b.mode).toBe('tokens');
    expect(b.recall).toBe(1);
    expect(b.precision).toBeCloseTo(2 / 3);
  });
  it('uses shingles, so word order matters', () => {
    expect(scoreBody('a b c d e', 'e d c b a').f1).toBe(0);
  });
});

describe('scoreHeadline', () => {
  it('matches exactly after whitespace collapse only', () => {
    expect(scoreHeadline('عنوان  الخبر', ' عنوان الخبر\n')).toEqual({ exact: true, normalised: true });
  });
  it('counts a spelling variant as a normalised match only', () => {
    expect(scoreHeadline('إطلاق المبادرة', 'اطلاق المبادره')).toEqual({ exact: false, normalised: true });
  });
  it('fails on a missing or different headline', () => {
    expect(scoreHeadline('عنوان', undefined)).toEqual({ exact: false, normalised: false });
    expect(scoreHeadline('عنوان', 'عنوان - اسم الموقع')).toEqual({ exact: false, normalised: false });
  });
});

describe('dates', () => {
  it('parses ISO forms into local date, minute and offset', () => {
    expect(parseIso('2020-04-25T20:26+02:00')).toEqual({ date: '2020-04-25', time: '20:26', offset: '+02:00' });
    expect(parseIso('2020-04-25T20:26:59.123Z')).toEqual({ date: '2020-04-25', time: '20:26', offset: '+00:00' });
    expect(parseIso('2020-04-25 20:26:00+0300')).toEqual({ date: '2020-04-25', time: '20:26', offset: '+03:00' });
    expect(parseIso('2020-04-25')).toEqual({ date: '2020-04-25' });
    expect(parseIso('2020-04')).toEqual({ date: '2020-04' });
    expect(parseIso('Sat, 25 Apr 2020 20:26:00 GMT')).toBeNull();
  });
  it('matches to the minute with the same offset', () => {
    expect(datesMatch('2020-04-25T20:26+02:00', '2020-04-25T20:26:41+02:00')).toBe(true);
    expect(datesMatch('2020-04-25T20:26+02:00', '2020-04-25T20:27:00+02:00')).toBe(false);
    expect(datesMatch('2020-03-26T03:36:44+00:00', '2020-03-26T03:36:00Z')).toBe(true);
  });
  it('does not match the same instant in another offset', () => {
    expect(datesMatch('2020-04-25T20:26+02:00', '2020-04-25T18:26:00Z')).toBe(false);
    expect(datesMatch('2020-04-25T20:26+02:00', '2020-04-25T20:26:00+03:00')).toBe(false);
    expect(datesMatch('2020-04-25T20:26+02:00', '2020-04-25T20:26:00')).toBe(false);
  });
  it('names the same day: an instant read in the truth’s offset, a bare day as written', () => {
    expect(sameDay('2020-03-26T00:30:00+02:00', '2020-03-25T22:30:00Z')).toBe(true);
    expect(sameDay('2020-03-25T23:30:00+02:00', '2020-03-25T22:30:00Z')).toBe(false);
    expect(sameDay('2020-03-25T10:00:00+02:00', '2020-03-25')).toBe(true);
    expect(sameDay('2020-03-25', '2020-03-25T23:30:00-05:00')).toBe(true);
    expect(sameDay('2020-03-25T10:00:00+02:00', '2020-03-24')).toBe(false);
    expect(sameDay('2020-03', '2020-03-25')).toBe(false);
    expect(sameDay('2020-03-25T10:00:00+02:00', 'Wed, 25 Mar 2020 08:00:00 GMT')).toBe(false);
  });
  it('matches a bare-day truth on the local date of the prediction', () => {
    expect(datesMatch('2020-06-03', '2020-06-03T23:30:00+04:00')).toBe(true);
    expect(datesMatch('2020-06-03', '2020-06-03')).toBe(true);
    expect(datesMatch('2020-06-03', '2020-06-02T23:30:00+04:00')).toBe(false);
    expect(datesMatch('2020-06-03', '2020-06')).toBe(false);
  });
  it('does not accept a bare day for a truth with a time', () => {
    expect(datesMatch('2020-04-25T20:26+02:00', '2020-04-25')).toBe(false);
  });
  it('tells spurious dates from correctly absent ones', () => {
    expect(scoreDate(null, undefined)).toBe('none-ok');
    expect(scoreDate(null, '2020-01-01')).toBe('spurious');
    expect(scoreDate('2020-01-01', undefined)).toBe('miss');
    expect(scoreDate('2020-01-01', 'not a date')).toBe('miss');
    expect(scoreDate('2020-01-01', '2020-01-01T10:00:00+02:00')).toBe('match');
  });
});

describe('captions, noise, authors', () => {
  it('finds captions by normalised containment either way', () => {
    const s = scoreCaptions(['وزير الصحة خلال المؤتمر', 'صورة أرشيفية للمستشفى', 'الرئيس'], ['وزير الصحه خلال المؤتمر الصحفي', 'ارشيفيه']);
    expect(s.found).toBe(2);
    expect(s.total).toBe(3);
    expect(s.missed).toEqual(['الرئيس']);
  });
  it('reports the noise strings present in the text', () => {
    const text = 'نص الخبر هنا.\n\nالأكثر قراءة\n\nشارك';
    expect(leakedNoise(text, ['الاكثر قراءه', 'اقرأ أيضا', 'شارك'])).toEqual(['الاكثر قراءه', 'شارك']);
    expect(leakedNoise('مشاركة الخبر', ['شارك'])).toEqual([]);
  });
  it('counts author names matched after normalisation', () => {
    expect(scoreAuthors(['أحمد فكري', 'رويترز'], ['احمد فكرى', 'كتب: سارة'])).toEqual({ tp: 1, predicted: 2, truth: 2 });
    expect(scoreAuthors([], [])).toEqual({ tp: 0, predicted: 0, truth: 0 });
  });
});

describe('scorePage', () => {
  const truth: Truth = {
    file: 'pages/example.com/1.html',
    site: 'example.com',
    url: 'https://example.com/1',
    headline: 'عنوان',
    published: '2020-01-01T10:00+02:00',
    updated: null,
    authors: ['سارة'],
    body: ['الفقرة الأولى من الخبر', 'الفقرة الثانية من الخبر'],
    captions: ['تعليق الصورة'],
    noise: ['الأكثر قراءة'],
  };
  it('marks fields the tool does not report as n/a', () => {
    const s = scorePage(truth, { text: 'الفقرة الأولى من الخبر الفقرة الثانية من الخبر' }, { updated: false, captions: false, authors: false }, 1);
    expect(s.body.f1).toBe(1);
    expect(s.updated).toBe('n/a');
    expect(s.captions).toBeNull();
    expect(s.authors).toBeNull();
    expect(s.published).toBe('miss');
  });
  it('scores every field of a full prediction', () => {
    const s = scorePage(
      truth,
      { text: 'الفقرة الأولى من الخبر\n\nالأكثر قراءة', headline: 'عنوان', published: '2020-01-01T10:00:00+02:00', updated: '2020-01-02', captions: ['تعليق الصورة'], authors: ['سارة'] },
      { updated: true, captions: true, authors: true },
      2,
    );
    expect(s.headline).toEqual({ exact: true, normalised: true });
    expect(s.published).toBe('match');
    expect(s.updated).toBe('spurious');
    expect(s.captions).toMatchObject({ found: 1, total: 1 });
    expect(s.leaked).toEqual(['الأكثر قراءة']);
    expect(s.authors).toEqual({ tp: 1, predicted: 1, truth: 1 });
    expect(s.body.recall).toBeLessThan(1);
  });
});
