import { describe, expect, it } from 'vitest';
import { classWords, exactClassWords, matchClassWord } from '../../../src/extract/content/class-words.js';
import { CONTENT_CLASS_WORDS, MEDIA_CLASS_WORDS, NOISE_CLASS_WORDS, STRONG_NOISE_CLASS_WORDS } from '../../../src/lexicon/structure.js';
import { listFixtures } from '../../fixtures.js';

/** The matching as first written: every part against every word, in list order. */
function reference(parts: readonly string[], words: readonly string[], mode: 'lexicon' | 'prefixes' | 'exact'): string | undefined {
  const exactWord = (w: string): boolean => mode === 'exact' || (mode === 'lexicon' && (w.length < 5 || /[-_]$/.test(w)));
  const exact = new Set(words.filter(exactWord).map((w) => (mode === 'exact' ? w : w.replace(/[-_]$/, ''))));
  const prefixes = words.filter((w) => !exactWord(w));
  const startsAPart = (token: string, word: string): boolean => {
    for (let i = token.indexOf(word); i > 0; i = token.indexOf(word, i + 1)) if (token[i - 1] === '-' || token[i - 1] === '_') return true;
    return false;
  };
  for (const p of parts) {
    if (exact.has(p)) return p;
    for (const w of prefixes) if (p.startsWith(w) || (/[-_]/.test(w) && startsAPart(p, w))) return w;
  }
  return undefined;
}

const parts = (token: string): string[] => (/[-_]/.test(token) ? [token, ...token.split(/[-_]+/).filter(Boolean)] : [token]);

const LISTS = [
  ['noise', NOISE_CLASS_WORDS, 'lexicon', classWords(NOISE_CLASS_WORDS)],
  ['strong noise', STRONG_NOISE_CLASS_WORDS, 'lexicon', classWords(STRONG_NOISE_CLASS_WORDS)],
  ['content', CONTENT_CLASS_WORDS, 'prefixes', classWords(CONTENT_CLASS_WORDS, { allPrefixes: true })],
  ['media', MEDIA_CLASS_WORDS, 'exact', exactClassWords(MEDIA_CLASS_WORDS)],
] as const;

/** Class and id tokens of the fixtures, and tokens made of every lexicon word with what pages put around words. */
function tokens(): string[] {
  const out = new Set<string>();
  for (const f of listFixtures()) for (const [, v] of f.html.matchAll(/\b(?:class|id)="([^"]*)"/g)) for (const t of v!.toLowerCase().split(/\s+/)) if (t) out.add(t);
  const words = [...NOISE_CLASS_WORDS, ...STRONG_NOISE_CLASS_WORDS, ...CONTENT_CLASS_WORDS, ...MEDIA_CLASS_WORDS];
  for (const w of words) for (const t of [w, `${w}s`, `${w}2`, `x${w}`, `block-${w}`, `${w}-box`, `new${w}-more`, `a_${w}_b`, w.slice(0, -1), w.replace(/-/g, '')]) out.add(t);
  return [...out];
}

describe('matchClassWord', () => {
  it.each(LISTS.map(([name, words, mode, set]) => [name, words, mode, set] as const))('finds the word the one-by-one reading finds: %s', (_name, words, mode, set) => {
    const all = tokens();
    expect(all.length).toBeGreaterThan(500);
    for (const t of all) expect(matchClassWord(parts(t), set), t).toBe(reference(parts(t), words, mode));
  });

  it('reads whole parts for short words, starts of parts for long ones, and hyphenated words inside a token', () => {
    const set = classWords(['ad', 'sidebar', 'most-read', 'read-more', 'footer-']);
    expect(matchClassWord(parts('ad'), set)).toBe('ad');
    expect(matchClassWord(parts('header'), set)).toBeUndefined(); // `ad` inside a word is no ad
    expect(matchClassWord(parts('sidebar2'), set)).toBe('sidebar');
    expect(matchClassWord(parts('block-most-read'), set)).toBe('most-read');
    expect(matchClassWord(parts('minenewread-moreright'), set)).toBeUndefined();
    expect(matchClassWord(parts('footer'), set)).toBe('footer');
    expect(matchClassWord(parts('footers'), set)).toBeUndefined();
  });

  it('gives the first word of the list when a part starts with several', () => {
    const set = classWords(['sidebar-left', 'sidebars', 'sidebar']);
    expect(matchClassWord(['sidebar-left-wide'], set)).toBe('sidebar-left');
    expect(matchClassWord(['sidebarsx'], set)).toBe('sidebars');
    expect(matchClassWord(['x-sidebar-left'], set)).toBe('sidebar-left');
  });

  it('finds a word written with underscores at any part of a token, as a hyphenated one', () => {
    const set = classWords(['time_to_read', 'prev_next', 'most-read']);
    expect(matchClassWord(['article_details_time_to_read_bar'], set)).toBe('time_to_read');
    expect(matchClassWord(['article_details_prev_next'], set)).toBe('prev_next');
    expect(matchClassWord(['overtime_to_reader'], set)).toBeUndefined();
  });
});
