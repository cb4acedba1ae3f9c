import { describe, expect, it } from 'vitest';
import { hasDateHint } from '../../../src/extract/dates/date-hint.js';

describe('hasDateHint', () => {
  it('sees a year in any digit set, and relative-time words in short lines', () => {
    expect(hasDateHint('نشر في 17 نوفمبر 2015')).toBe(true);
    expect(hasDateHint('الثلاثاء ١٧ نوفمبر ٢٠١٥')).toBe(true);
    expect(hasDateHint('۱۳۹۸/۰۵/۱۲')).toBe(true);
    expect(hasDateHint('  منذ ساعتين')).toBe(true);
    expect(hasDateHint('أمس')).toBe(true);
    expect(hasDateHint('\n\t2015')).toBe(true);
  });

  it('passes over whitespace, short pieces, numbers that are no year and long prose without one', () => {
    for (const t of ['', ' ', '\n\t\t\t\t', '\u00a0 ', '12', '(3)', 'تعليقات 15', 'تابعونا على فيسبوك', `${'قبل أن يبدأ الاجتماع، قال الوزير إن '.repeat(4)}`]) {
      expect(hasDateHint(t), JSON.stringify(t)).toBe(false);
    }
  });
});

describe('hasDigit', () => {
  it('sees a digit in Western, Arabic-Indic and Persian digits, and none in words', async () => {
    const { hasDigit } = await import('../../../src/extract/dates/date-hint.js');
    expect(hasDigit('نشر في 17 مارس')).toBe(true);
    expect(hasDigit('نشر في ١٧ مارس')).toBe(true);
    expect(hasDigit('۱۳۹۸')).toBe(true);
    expect(hasDigit('نشر الفنان صورة جديدة')).toBe(false);
  });
});
