/**
 * How Arabic site names are written in Latin letters (`اليوم` → alyaum, `الخليج` → alkhaleej, `عكاظ` → okaz): sites
 * name their domain, and often their `og:site_name`, that way. Romanisations differ in vowels and in the letters
 * Arabic sounds borrow (g or j for ج, q or k for ق), so names are compared by their consonants, each sound folded to
 * one letter; long vowels, و and ي (written u/w, i/y/ee), alef, hamza and ع are not compared.
 */
import { matchKey } from './match.js';

/** Each Arabic letter's consonant (after `matchKey`: one alef, ي for ى, ه for ة); absent = not compared. */
const ARABIC_CONSONANTS: Readonly<Record<string, string>> = {
  ب: 'b', ت: 't', ث: 't', ج: 'j', ح: 'h', خ: 'k', د: 'd', ذ: 'd', ر: 'r', ز: 'z', س: 's', ش: 's', ص: 's', ض: 'd',
  ط: 't', ظ: 'z', غ: 'j', ف: 'f', ق: 'k', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h',
};

/** Latin spellings folded the same way: digraphs first, then the letters Arabic has no sound of its own for. */
const LATIN_DIGRAPHS: ReadonlyArray<readonly [RegExp, string]> = [
  [/kh/g, 'k'], [/gh/g, 'j'], [/sh|ch/g, 's'], [/th/g, 't'], [/dh/g, 'd'], [/ph/g, 'f'],
];
const LATIN_LETTERS: Readonly<Record<string, string>> = { g: 'j', q: 'k', c: 'k', p: 'b', v: 'f', '7': 'h' };
/** Vowels and semivowels, and the chat alphabet's hamza and ع: not compared. */
const LATIN_SKIPPED = /[aeiouwy23]/;

/** Shorter than this, two skeletons say too little to call the names one. */
const MIN_CONSONANTS = 2;

const collapse = (s: string): string => s.replace(/(.)\1+/g, '$1');

function arabicSkeleton(word: string): string {
  let out = '';
  // ة is a vowel's ending (almadina for المدينة); matchKey would fold it into ه, a consonant.
  for (const ch of matchKey(word.replace(/ة/g, ''))) out += ARABIC_CONSONANTS[ch] ?? '';
  return collapse(out);
}

/** A name of Latin letters and digits only (`spellsLatinName` checks), folded as the table says. */
function latinSkeleton(name: string): string {
  let s = name.toLowerCase();
  for (const [from, to] of LATIN_DIGRAPHS) s = s.replace(from, to);
  let out = '';
  for (const ch of s) if (!LATIN_SKIPPED.test(ch)) out += LATIN_LETTERS[ch] ?? ch;
  return collapse(out);
}

/**
 * Is one Arabic word the Latin name spelt in Arabic (the same consonants, vowels aside)?
 *
 * @example spellsLatinName('اليوم', 'alyaum') // true
 * @example spellsLatinName('الخليج', 'alkhaleej') // true
 * @example spellsLatinName('الرياض', 'alyaum') // false
 */
export function spellsLatinName(word: string, latin: string): boolean {
  if (!/^[a-z0-9]+$/i.test(latin) || /\s/.test(word.trim()) || /[a-z]/i.test(word)) return false;
  const a = arabicSkeleton(word);
  return a.length >= MIN_CONSONANTS && a === latinSkeleton(latin);
}
