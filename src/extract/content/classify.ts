/**
 * Is an element page chrome? Decided by its tag, its class/id words, its ARIA role and
 * hidden state — all from data tables in lexicon/structure.ts. Compiled once at import.
 */
import { ATTRIBUTE, attr } from '../../parse/dom.js';
import { NEXT } from '../../parse/linkedom-tree-adapter.js';
import { CAPTION_CLASS_WORDS, CONTENT_CLASS_WORDS, HIDDEN_CLASS_TOKENS, LIGHTBOX_WORDS, MEDIA_CLASS_WORDS, NOISE_CLASS_WORDS, NOISE_TAGS, STRONG_NOISE_CLASS_WORDS, TAXONOMY_CLASS, BUILDER_LAYOUT_CLASS, SCREEN_READER_CLASS_TOKENS } from '../../lexicon/structure.js';
import { EMBED_WORDS } from './embed.js';
import { classWords, exactClassWords, matchClassWord } from './class-words.js';

const NOISE = classWords(NOISE_CLASS_WORDS);
const STRONG = classWords(STRONG_NOISE_CLASS_WORDS);
const CONTENT = classWords(CONTENT_CLASS_WORDS, { allPrefixes: true });
const MEDIA = exactClassWords(MEDIA_CLASS_WORDS);
const HIDDEN_TOKENS: ReadonlySet<string> = new Set(HIDDEN_CLASS_TOKENS);
const SCREEN_READER_TOKENS: ReadonlySet<string> = new Set(SCREEN_READER_CLASS_TOKENS);
/** Microdata boxes that describe the page (its publisher, logo and author box), never part of the story. */
const METADATA_ITEMS = new Set(['publisher', 'logo', 'author']);
const NOISE_ROLES = new Set(['navigation', 'banner', 'complementary', 'contentinfo', 'search', 'dialog', 'menu', 'menubar', 'toolbar', 'alert']);

/** A class/id token's parts: `most-read_box` → most-read_box, most, read, box. */
function parts(token: string): string[] {
  return /[-_]/.test(token) ? [token, ...token.split(/[-_]+/).filter(Boolean)] : [token];
}

/** `no-share`, `without-ads`, `hide-comments`: a token that turns a feature off names no chrome. */
const NEGATED = /^(no|not|without|hide|disable[sd]?)[-_]/;

interface Words {
  strong?: string;
  weak?: string;
  /** A token with a content word and no noise word (`article-body`, not `article-header`). */
  content: boolean;
  /** Text only a screen reader reads (`screen-reader-text`, `sr-only`): the page does not show it. */
  screenReader?: boolean;
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
    if (!token || NEGATED.test(token) || TAXONOMY_CLASS.test(token) || BUILDER_LAYOUT_CLASS.test(token)) continue;
    if (HIDDEN_TOKENS.has(token)) out.weak ??= 'hidden';
    if (SCREEN_READER_TOKENS.has(token)) out.screenReader = true;
    const ps = parts(token);
    const strong = matchClassWord(ps, STRONG);
    const weak = strong ? undefined : matchClassWord(ps, NOISE);
    out.strong ??= strong;
    out.weak ??= weak;
    // `main_image`, `article-photo`: the box of a picture, whatever it is the picture of.
    if (!strong && !weak && matchClassWord(ps, CONTENT) && !matchClassWord(ps, MEDIA)) out.content = true;
  }
  return out;
}

const CAPTION_WORD = new RegExp(CAPTION_CLASS_WORDS.map((w) => w.replace(/[-]/g, '[-_]?')).join('|'));

/** What an element's class and id say, read once per distinct class/id string. */
export interface ElementProfile extends Words {
  /** `class` and `id` lower-cased and joined ('' when neither). */
  words: string;
  /** A caption box (`caption`, `img-desc`, `wp-caption-text`…). */
  caption: boolean;
  /** Names an embedded post (`twitter-tweet`, `instagram-media`…). */
  embed: boolean;
  /** A chrome landmark `role`, or `hidden` / `aria-hidden`. */
  special?: string;
}

const CAMEL_HUMP = /[a-z][A-Z]/;
const CAMEL_PARTS = /[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])/g;

/**
 * The short chrome words a camelCase token holds as humps of their own (`advRightBig`, `topNav`, `postTags`): read
 * only against the whole-part words (`ads`, `nav`, `tags`…); a longer word inside a camelCase name (`leftSideBar`, a
 * page's main column) says too little.
 */
function camelWords(raw: string): Pick<Words, 'strong' | 'weak'> {
  for (const token of raw.split(/\s+/)) {
    if (!CAMEL_HUMP.test(token)) continue;
    const humps = token.match(CAMEL_PARTS) ?? [];
    // `noAds`, `hideNav`: a feature turned off, as `no-ads`.
    if (NEGATED.test(`${humps[0]?.toLowerCase()}-`)) continue;
    for (const hump of humps) {
      const part = hump.toLowerCase();
      if (STRONG.exact.has(part)) return { strong: part };
      if (NOISE.exact.has(part)) return { weak: part };
    }
  }
  return {};
}

const NO_PROFILE: ElementProfile = Object.freeze({ words: '', content: false, caption: false, embed: false });
const tokenProfiles = new Map<string, ElementProfile>();

/** The profile of one raw class or id string (memoised, bounded: strings repeat across elements and pages). */
function tokenProfile(raw: string): ElementProfile {
  let p = tokenProfiles.get(raw);
  if (!p) {
    if (tokenProfiles.size >= CACHE_LIMIT) tokenProfiles.clear();
    const words = raw.toLowerCase();
    p = { words, ...readWords(words), caption: CAPTION_WORD.test(words), embed: EMBED_WORDS.test(words) };
    if (!p.strong && !p.weak && CAMEL_HUMP.test(raw)) Object.assign(p, camelWords(raw));
    tokenProfiles.set(raw, p);
  }
  return p;
}

function merge(a: ElementProfile, b: ElementProfile): ElementProfile {
  const out: ElementProfile = { words: `${a.words} ${b.words}`, content: a.content || b.content, caption: a.caption || b.caption, embed: a.embed || b.embed };
  if (a.screenReader || b.screenReader) out.screenReader = true;
  const strong = a.strong ?? b.strong;
  const weak = a.weak ?? b.weak;
  if (strong) out.strong = strong;
  if (weak) out.weak = weak;
  return out;
}

/**
 * An element's profile in one pass over its attributes: class and id words (cached per
 * string), caption and embed hints, chrome roles and the hidden state.
 *
 * @example profileOf(el).caption // true for <span class="img-caption">
 */
export function profileOf(el: Element): ElementProfile {
  let cls: string | undefined;
  let id: string | undefined;
  let special: string | undefined;
  for (let n = (el as any)[NEXT]; n && n.nodeType === ATTRIBUTE; n = n[NEXT]) {
    const name: string = n.name;
    if (name === 'class') cls = n.value;
    else if (name === 'id') id = n.value;
    else if (name === 'role') {
      if (NOISE_ROLES.has(n.value)) special ??= `role:${n.value}`;
    } else if (name === 'hidden' || (name === 'aria-hidden' && n.value === 'true')) special ??= 'hidden';
    else if (name === 'itemprop' && METADATA_ITEMS.has(n.value)) special ??= `itemprop:${n.value}`;
  }
  const c = cls ? tokenProfile(cls) : undefined;
  const i = id ? tokenProfile(id) : undefined;
  const p = c && i ? merge(c, i) : (c ?? i ?? NO_PROFILE);
  return special ? { ...p, special } : p;
}

const IMAGE_FILE = /\.(?:jpe?g|png|webp|gif|avif)(?:[?#].*)?$/i;
const opensPicture = (a: Element): boolean => IMAGE_FILE.test(attr(a, 'href') ?? '');

/** Why an element is chrome (`structure:nav`, `class:related`…), or undefined when it may be content. */
export function noiseReason(el: Element, tag: string, profile: ElementProfile = profileOf(el)): string | undefined {
  if (NOISE_TAGS.has(tag)) return `structure:${tag}`;
  if (tag === 'body' || tag === 'html' || tag === 'main' || tag === 'article' || tag === 'p') return undefined;
  if (profile.special) return profile.special;
  // Not inline `display:none`: sites hide whole article bodies that script reveals (video pages, tabs).
  if (profile.strong) return tag === 'a' && LIGHTBOX_WORDS.has(profile.strong) && opensPicture(el) ? undefined : `class:${profile.strong}`;
  if (!profile.weak || profile.content) return undefined;
  return `class:${profile.weak}`;
}

/** Content-likeness of an element's class/id: +25 content word, −25 noise word (Readability-style). */
export function classWeight(el: Element): number {
  const w = profileOf(el);
  return (w.content ? 25 : 0) - (w.strong || w.weak ? 25 : 0);
}
