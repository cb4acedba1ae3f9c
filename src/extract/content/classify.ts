/**
 * Is an element page chrome? Decided by its tag, its class/id words, its ARIA role and
 * hidden state — all from data tables in lexicon/structure.ts. Compiled once at import.
 */
import { ATTRIBUTE, classAndId } from '../../parse/dom.js';
import { NEXT } from '../../parse/linkedom-tree-adapter.js';
import { CONTENT_CLASS_WORDS, NOISE_CLASS_WORDS, NOISE_TAGS, STRONG_NOISE_CLASS_WORDS } from '../../lexicon/structure.js';

const SHORT = 5; // words shorter than this must match a whole class part (ad, ads, nav…)

interface WordSet {
  exact: ReadonlySet<string>;
  prefixes: readonly string[];
}
function compile(words: readonly string[]): WordSet {
  return {
    exact: new Set(words.filter((w) => w.length < SHORT || /[-_]$/.test(w)).map((w) => w.replace(/[-_]$/, ''))),
    prefixes: words.filter((w) => w.length >= SHORT && !/[-_]$/.test(w)),
  };
}
const NOISE = compile(NOISE_CLASS_WORDS);
const STRONG = compile(STRONG_NOISE_CLASS_WORDS);
const CONTENT: WordSet = { exact: new Set(), prefixes: CONTENT_CLASS_WORDS };
const NOISE_ROLES = new Set(['navigation', 'banner', 'complementary', 'contentinfo', 'search', 'dialog', 'menu', 'menubar', 'toolbar', 'alert']);

/** A class/id token's parts: `most-read_box` → most-read_box, most, read, box. */
function parts(token: string): string[] {
  return /[-_]/.test(token) ? [token, ...token.split(/[-_]+/).filter(Boolean)] : [token];
}

function hasWord(ps: readonly string[], set: WordSet): string | undefined {
  for (const p of ps) {
    if (set.exact.has(p)) return p;
    for (const w of set.prefixes) if (p.startsWith(w) || (w.includes('-') && p.includes(w))) return w;
  }
  return undefined;
}

/** `no-share`, `without-ads`, `hide-comments`: a token that turns a feature off names no chrome. */
const NEGATED = /^(no|not|without|hide|disable[sd]?)[-_]/;
/** WordPress-style taxonomy classes (`category-latest-news`, `tag-4520`) describe the story, not the box. */
const TAXONOMY = /^(category|type|status|format|term|postid|page-id)-|^(tag|post)-\d/;

interface Words {
  strong?: string;
  weak?: string;
  /** A token with a content word and no noise word (`article-body`, not `article-header`). */
  content: boolean;
}

// Class strings repeat across elements and pages: memoise (bounded) — a pure cache.
const cache = new Map<string, Words>();
const CACHE_LIMIT = 20000;

function readWords(words: string): Words {
  let w = cache.get(words);
  if (!w) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    w = computeWords(words);
    cache.set(words, w);
  }
  return w;
}

function computeWords(words: string): Words {
  const out: Words = { content: false };
  for (const token of words.split(/\s+/)) {
    if (!token || NEGATED.test(token) || TAXONOMY.test(token)) continue;
    const ps = parts(token);
    const strong = hasWord(ps, STRONG);
    const weak = strong ? undefined : hasWord(ps, NOISE);
    out.strong ??= strong;
    out.weak ??= weak;
    if (!strong && !weak && hasWord(ps, CONTENT)) out.content = true;
  }
  return out;
}

/** Why an element is chrome (`structure:nav`, `class:related`…), or undefined when it may be content. */
export function noiseReason(el: Element, tag: string, words: string = classAndId(el)): string | undefined {
  if (NOISE_TAGS.has(tag)) return `structure:${tag}`;
  if (tag === 'body' || tag === 'html' || tag === 'main' || tag === 'article' || tag === 'p') return undefined;
  const special = roleAndHidden(el);
  if (special) return special;
  // Not inline `display:none`: sites hide whole article bodies that script reveals (video pages, tabs).
  if (!words) return undefined;
  const w = readWords(words);
  if (w.strong) return `class:${w.strong}`;
  if (!w.weak || w.content) return undefined;
  return `class:${w.weak}`;
}

/** `role` of a chrome landmark, or the `hidden` / `aria-hidden` state, in one pass over the attributes. */
function roleAndHidden(el: Element): string | undefined {
  let n = (el as any)[NEXT];
  while (n && n.nodeType === ATTRIBUTE) {
    const name: string = n.name;
    if (name === 'role') {
      const role: string = n.value;
      if (NOISE_ROLES.has(role)) return `role:${role}`;
    } else if (name === 'hidden' || (name === 'aria-hidden' && n.value === 'true')) return 'hidden';
    n = n[NEXT];
  }
  return undefined;
}

/** Content-likeness of an element's class/id: +25 content word, −25 noise word (Readability-style). */
export function classWeight(el: Element): number {
  const words = classAndId(el);
  if (!words) return 0;
  const w = readWords(words);
  return (w.content ? 25 : 0) - (w.strong || w.weak ? 25 : 0);
}
