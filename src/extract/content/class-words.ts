/**
 * Matching a class or id token's parts against a list of words (lexicon/structure.ts): a short word must be a whole
 * part (`ad`, `nav`), a longer one may start a part (`sidebar` in `sidebar2`), and a hyphenated one may also start a
 * part inside the token (`most-read` in `block-most-read`). The first word of the list that matches wins.
 *
 * Read for every class string a page shows for the first time: a page nobody has seen yet (a crawler's every page)
 * brings a hundred or so, and testing each part against every word of four lists cost 0.2 ms a page. The words are
 * indexed by their first letter instead, so a part is tested only against the words it could start with.
 */

/** Words shorter than this must match a whole class part (`ad`, `ads`, `nav`…). */
const SHORT = 5;

export interface ClassWords {
  /** Words matched as a whole part (the short ones, and any written with a trailing `-` or `_`). */
  readonly exact: ReadonlySet<string>;
  /** Words a part may start with, in list order. */
  readonly prefixes: readonly string[];
  /** The unhyphenated prefixes by their first letter, each with its place in `prefixes`. */
  readonly byInitial: ReadonlyMap<number, ReadonlyArray<readonly [number, string]>>;
  /** The hyphenated prefixes (they may also start a part inside the token) by their first letter, likewise. */
  readonly hyphenated: ReadonlyMap<number, ReadonlyArray<readonly [number, string]>>;
}

/**
 * A list of class words, ready for matching.
 *
 * @example classWords(['ad', 'sidebar', 'most-read']).exact.has('ad') // true
 */
export function classWords(words: readonly string[], options: { allPrefixes?: boolean } = {}): ClassWords {
  const exactWord = (w: string): boolean => !options.allPrefixes && (w.length < SHORT || /[-_]$/.test(w));
  const prefixes = words.filter((w) => w.length > 0 && !exactWord(w));
  const byInitial = new Map<number, Array<readonly [number, string]>>();
  const hyphenated = new Map<number, Array<readonly [number, string]>>();
  prefixes.forEach((w, i) => {
    // A word of parts (`most-read`, `time_to_read`) is looked for at every part of a token, `-` or `_` between them.
    const index = /[-_]/.test(w) ? hyphenated : byInitial;
    const c = w.charCodeAt(0);
    const list = index.get(c);
    if (list) list.push([i, w]);
    else index.set(c, [[i, w]]);
  });
  return { exact: new Set(words.filter(exactWord).map((w) => w.replace(/[-_]$/, ''))), prefixes, byInitial, hyphenated };
}

/** A set of whole-part words only (no prefixes). */
export function exactClassWords(words: readonly string[]): ClassWords {
  return { exact: new Set(words), prefixes: [], byInitial: new Map(), hyphenated: new Map() };
}

const NONE: ReadonlyArray<readonly [number, string]> = [];

/**
 * The word of `set` the token's parts hold — the first part that holds one, and of its words the first listed —
 * or undefined.
 *
 * @example matchClassWord(['most-read_box', 'most', 'read', 'box'], classWords(['box', 'most-read'])) // 'most-read'
 */
export function matchClassWord(parts: readonly string[], set: ClassWords): string | undefined {
  for (const p of parts) {
    if (set.exact.has(p)) return p;
    let first = Infinity;
    for (const [i, w] of set.byInitial.get(p.charCodeAt(0)) ?? NONE) {
      if (p.startsWith(w)) {
        first = i;
        break;
      }
    }
    // A hyphenated word at the token's start or right after a `-` or `_` inside it (`block-most-read`), not inside a
    // word: `minenewread-moreright` (a "new read" box beside a "more" column) holds no `read-more` link.
    if (set.hyphenated.size > 0) {
      for (let at = 0; at < p.length; at = nextPart(p, at)) {
        for (const [i, w] of set.hyphenated.get(p.charCodeAt(at)) ?? NONE) {
          if (i >= first) break;
          if (p.startsWith(w, at)) {
            first = i;
            break;
          }
        }
      }
    }
    if (first !== Infinity) return set.prefixes[first];
  }
  return undefined;
}

/** Where the next part of a token starts: just after its next `-` or `_` (the token's length when none is left). */
function nextPart(token: string, from: number): number {
  for (let i = from; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c === 0x2d || c === 0x5f) return i + 1;
  }
  return token.length;
}
