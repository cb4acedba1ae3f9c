import { describe, expect, it } from 'vitest';
import { isBlank, normaliseText, withoutKashida } from '../../src/normalise/text.js';

/** The reference definition the fast implementation must agree with. */
const reference = (t: string): string =>
  t.replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2069\u061C\uFEFF\u00AD]/g, '').replace(/[\s\u00A0\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g, ' ').trim();

describe('normaliseText', () => {
  it.each([
    ['  مرحبا\u00A0\u200Fبكم \n', 'مرحبا بكم'],
    ['كلمة\u200Bواحدة', 'كلمةواحدة'],
    ['\u202Bنص\u202C  مضمن\t\tهنا', 'نص مضمن هنا'],
    ['سطر\nسطر', 'سطر سطر'],
    ['', ''],
    ['   ', ''],
    ['\u200F', ''],
    ['نصٌّ مُشكَّل بالتـــطويل', 'نصٌّ مُشكَّل بالتـــطويل'],
  ])('%j → %j', (input, want) => expect(normaliseText(input)).toBe(want));

  it('agrees with the regex definition on random strings', () => {
    const alphabet = ['a', 'ب', ' ', '\n', '\t', '\u00A0', '\u200F', '\u200B', '\u2003', '\uFEFF', '\u00AD', 'ـ', '\u064E', '1', '.', '\u3000', '\u202E'];
    let seed = 42;
    const rand = (n: number): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    for (let k = 0; k < 2000; k++) {
      let s = '';
      for (let i = rand(30); i > 0; i--) s += alphabet[rand(alphabet.length)];
      expect(normaliseText(s)).toBe(reference(s));
    }
  });

  it('returns a clean string unchanged', () => {
    const s = 'نص نظيف تماما';
    expect(normaliseText(s)).toBe(s);
  });
});

describe('isBlank', () => {
  it.each([' \n\t', '\u200f\u00a0\u200b', '', '\u3000\ufeff'])('holds nothing normaliseText keeps: %j', (t) => {
    expect(isBlank(t)).toBe(true);
    expect(normaliseText(t)).toBe('');
  });
  it.each(['  x', '\u200fمرحبا', '\n1\n', '.'])('holds something: %j', (t) => {
    expect(isBlank(t)).toBe(false);
    expect(normaliseText(t)).not.toBe('');
  });
});

describe('withoutKashida', () => {
  it.each([
    ['مـاجـد الـسـيـد', 'ماجد السيد'],
    ['أحمـــد', 'أحمد'],
    ['طشقند ـ العرب اليوم', 'طشقند ـ العرب اليوم'],
    ['سارة علي', 'سارة علي'],
  ])('%j → %j', (input, want) => expect(withoutKashida(input)).toBe(want));
});
