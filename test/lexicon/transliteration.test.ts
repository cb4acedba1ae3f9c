import { describe, expect, it } from 'vitest';
import { spellsLatinName } from '../../src/lexicon/transliteration.js';

describe('spellsLatinName', () => {
  it('matches an Arabic site name with its romanised domain label, whatever vowels and letters the romanisation chose', () => {
    expect(spellsLatinName('اليوم', 'alyaum')).toBe(true);
    expect(spellsLatinName('الخليج', 'alkhaleej')).toBe(true); // kh, ee
    expect(spellsLatinName('عكاظ', 'okaz')).toBe(true); // ع not written
    expect(spellsLatinName('الغد', 'alghad')).toBe(true); // gh
    expect(spellsLatinName('الرأي', 'alrai')).toBe(true); // hamza
    expect(spellsLatinName('المدينة', 'almadina')).toBe(true); // ة ends a vowel
    expect(spellsLatinName('البلد', 'elbalad')).toBe(true); // el- for ال
  });

  it('does not match another word, a word that is only part of the name, or a name of several words', () => {
    expect(spellsLatinName('الرياض', 'alyaum')).toBe(false);
    expect(spellsLatinName('الوطن', 'elwatannews')).toBe(false);
    expect(spellsLatinName('صدى البلد', 'elbalad')).toBe(false);
    expect(spellsLatinName('alyaum', 'alyaum')).toBe(false);
    expect(spellsLatinName('اليوم', 'al-yaum.com')).toBe(false);
  });

  it('needs two consonants at least: one says too little', () => {
    expect(spellsLatinName('يوم', 'youm')).toBe(false);
  });
});
