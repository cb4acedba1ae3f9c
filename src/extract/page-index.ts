/**
 * Everything the metadata layer needs (metas, JSON-LD, title, h1s, <time>s, canonical,
 * base, lang, dated lines, byline holders, tag links), gathered while the parser builds the tree —
 * or, when the parser had to rearrange nodes, in one walk — so no stage queries the
 * document again for them.
 */
import { AUTHOR_PATH_WORDS, BYLINE_CLASS, INLINE_TAGS } from '../lexicon/structure.js';
import { ATTRIBUTE, attr, ELEMENT, nextNode, rawText, TEXT, textData } from '../parse/dom.js';
import { attachIndex, elementIndexBuilder } from '../parse/element-index.js';
import { NEXT, VALUE, type ParseObserver } from '../parse/linkedom-tree-adapter.js';
import { pathOfKey, urlKey } from '../normalise/url-key.js';
import { hasDateHint, hasDigit } from './dates/date-hint.js';

type N = any;

export interface PageIndex {
  /** `<meta>` content by lower-cased name/property/itemprop (every value, in order). */
  metas: Map<string, string[]>;
  /** Raw text of every `application/ld+json` script. */
  jsonLd: string[];
  title: string;
  /** `<h1>` elements, the first MAX_HEADINGS in document order. */
  h1s: Element[];
  /** `<time>` elements, the first MAX_TIMES in document order. */
  times: Element[];
  /** Elements with an itemprop (datePublished, author, articleBody …), by itemprop. */
  itemprops: Map<string, Element[]>;
  canonical?: string;
  base?: string;
  lang?: string;
  dir?: string;
  body: Element | null;
  /** Short visible lines holding a digit (or a relative-time word): where visible dates hide. */
  datedLines: DatedLine[];
  /** Document position of each h1 (same counter as datedLines). */
  h1Positions: number[];
  /** h2s and their positions: the headline of templates that set it in an h2 (and an h1 for the logo, or none). The first MAX_HEADINGS of each. */
  h2s: Element[];
  h2Positions: number[];
  /** Elements that say they hold a byline (class/id/itemprop/rel `author`, `byline`, `writer` …), first 30. */
  bylines: Array<{ el: Element; position: number }>;
  /** Links to an author's page (`/author/…`, `/editor/…`, `/writer/…`), first 30. */
  authorLinks: Array<{ el: Element; position: number }>;
  /** Links to the outlet a story was taken from (`?source=true`, `/sources/3/…`): an aggregator's credit, not a byline. */
  sourceLinks: Element[];
  /**
   * Whether a link leads to no other story: to the page itself (its URL, canonical URL or og:url however spelled, a
   * `rel="bookmark"` permalink), or nowhere.
   */
  isOwnLink: (link: Element) => boolean;
  /** Links to a tag's page (`rel="tag"`, `/tags/…`, `?kw=…`), the first MAX_TAG_LINKS: where the page shows the story's tags. */
  tagLinks: TagLink[];
}

export interface TagLink {
  el: Element;
  position: number;
}

/** Class/id words of byline elements (the lexicon's). */
const BYLINE_WORDS = BYLINE_CLASS;
const MAX_BYLINES = 30;
/** A link to an author's page: a path segment naming authors, writers or editors (singular or plural). */
const AUTHOR_HREF = new RegExp(`/(?:${AUTHOR_PATH_WORDS.join('|')})s?/`, 'i');
/** A link to the outlet a story was copied from: a `source` query flag or a sources section. */
const SOURCE_HREF = /[?&]source=|\/sources?\//i;
/**
 * A link to a tag's page: a tags, keywords or hashtags folder or script, a keyword query (`list.aspx?kwn=…&kw=2036`),
 * or a search for the tag (`Search.php?K=…`, `/search?q=…`) — a list of them under a tags label is the story's tags.
 */
/** A WordPress date archive's address: `/2020/05/`, `/2020/05/02/`, `?m=20200502` — nothing after the date. */
const DATE_ARCHIVE_HREF = /^(?:https?:\/\/[^/?#]+)?\/(?:19|20)\d\d\/[01]?\d\/(?:[0-3]?\d\/)?$|^(?:https?:\/\/[^/?#]+)?\/?\?m=(?:19|20)\d{4,6}$/;
const TAG_HREF = /\/(?:tags?|tagged|keywords?|hashtags?)(?:\/|\.aspx|\.php|\?)|[?&](?:kw|kwn|tags?|keywords?)=|(?:^|\/)search[^?#/]*\?(?:[^#]*&)?(?:q|k|query|keyword)=/i;
const TAG_REL = /(?:^|\s)tag(?:\s|$)/i;
/** Tag links kept (document order): a story lists a dozen at most, a site's menus and trending lists a few dozen more. */
const MAX_TAG_LINKS = 200;

/**
 * Where a digit-bearing text node is shown: its block element, and its own parent (for long
 * blocks). Text inside a link is not a dated line: a linked date is another story's.
 */
export interface DatedLine {
  el: Element;
  inline: Element;
  position: number;
  /**
   * A line a `<br>` starts inside its block (`…<br>ن ش/م ك 13/02/2020 18:22:47</p>`): its first text node. A block
   * split by `<br>`s shows several lines; the one after a break is read on its own, not as the whole block.
   */
  afterBreak: Text | undefined;
}

/** Made by `new`, not a literal: up to thousands a page, pointing into its tree (see collect-blocks' Block). */
class Line implements DatedLine {
  constructor(
    readonly el: Element,
    readonly inline: Element,
    readonly position: number,
    readonly afterBreak: Text | undefined,
  ) {}
}

/** Dated lines kept (document order): the article's own date sits near the top of any page. */
const MAX_DATED_LINES = 2000;
/**
 * `<time>` elements kept (document order). Each visible one is read by the date engine, twice (its words and its
 * `datetime`): real pages show at most a few dozen (a long list of other stories' times before the article's own
 * still fits), and 100k nested ones took 3 s, half of it reading them.
 */
const MAX_TIMES = 1000;
/**
 * h1s and h2s kept (document order), each with its position. Every one is compared with the headline (a prefix of its
 * text): a page shows a handful, a listing page a few hundred teaser titles, and 100k nested h1s took 3–4 s.
 */
const MAX_HEADINGS = 1000;
const SKIP_TEXT_IN = new Set(['script', 'style', 'noscript', 'template', 'title', 'textarea', 'option', 'select']);

/**
 * The block-level element a text node is shown in, and its own parent; undefined inside a link (or a
 * linked card) or a hidden element — but a link to the page itself is the article's own (a permalink
 * around its date).
 */
function lineOf(text: N, isOwnLink: (link: Element) => boolean): { el: Element; inline: Element } | undefined {
  const inline = text.parentNode;
  let el = inline;
  while (el && el.nodeType === ELEMENT && INLINE_TAGS.has(el.localName)) {
    if (el.localName === 'a' && !isOwnLink(el)) return undefined;
    el = el.parentNode;
  }
  if (!el || el.nodeType !== ELEMENT || SKIP_TEXT_IN.has(el.localName)) return undefined;
  // A story card that is one link (`<a href="/news/…"><p class="time">…</p><p>title</p></a>`).
  for (let p = el.parentNode, i = 0; p && p.nodeType === ELEMENT && i < LINKED_CARD_DEPTH; p = p.parentNode, i++) {
    if (p.localName === 'a') return undefined;
  }
  return { el, inline };
}

/** How many levels above a line's block element a link still makes it a linked story card. */
const LINKED_CARD_DEPTH = 3;

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, Array.of(value)); // not a literal: see `push` in parse/element-index
}

/** An attribute as the parser hands it over (and as the walk reads it back). */
interface Attr {
  name: string;
  value: string;
}

const valueOf = (attrs: readonly Attr[], name: string): string | undefined => {
  for (let i = 0; i < attrs.length; i++) if (attrs[i]!.name === name) return attrs[i]!.value;
  return undefined;
};

/**
 * Builds the PageIndex from elements and text nodes met in document order — reported by the
 * parser as it builds the tree (no walk afterwards), or by `indexPage`'s walk.
 */
export interface PageIndexCollector extends ParseObserver {
  /** The index, or undefined when the parser rearranged nodes (then walk with `indexPage`). */
  finish(doc: Document): PageIndex | undefined;
}

export interface PageIndexOptions {
  /** Also index elements by id, class and tag for selectors (pages an adapter will read). */
  elements?: boolean;
  /** The page's URL as given (and as parsed): a link to it, or to the canonical URL, wraps the article's own date. */
  urls?: readonly string[];
}

export function collectPageIndex(options: PageIndexOptions = {}): PageIndexCollector {
  const elements = options.elements ? elementIndexBuilder() : undefined;
  const ownLinks = new Set<Element>();
  const index: PageIndex = { metas: new Map(), jsonLd: [], title: '', h1s: [], times: [], itemprops: new Map(), body: null, datedLines: [], h1Positions: [], h2s: [], h2Positions: [], bylines: [], authorLinks: [], sourceLinks: [], isOwnLink: () => false, tagLinks: [] };
  index.isOwnLink = ownLinkTest(ownLinks, pageKeys(index, options.urls));
  const scripts: Element[] = [];
  const titles: Element[] = [];
  const dated = datedLineCollector(index.datedLines, index.isOwnLink);
  let position = 0;
  /** Where the text node being written was created (its text is complete only later). */
  let textPosition = 0;
  let rearranged = false;
  return {
    element(el, tag, _ns, attrs) {
      position++;
      // One pass over the attributes for what every element may carry.
      let id: string | undefined;
      let cls: string | undefined;
      let itemprop: string | undefined;
      let rel: string | undefined;
      let href: string | undefined;
      for (let i = 0; i < attrs.length; i++) {
        const a = attrs[i]!;
        if (a.name === 'class') cls = a.value;
        else if (a.name === 'id') id = a.value;
        else if (a.name === 'href') href = a.value;
        else if (a.name === 'itemprop') itemprop = a.value;
        else if (a.name === 'rel') rel = a.value;
      }
      if (elements) elements.add(el, tag, id, cls);
      switch (tag) {
        case 'meta':
          indexMeta(index, attrs);
          return;
        case 'script':
          if ((valueOf(attrs, 'type') ?? '').toLowerCase().includes('ld+json')) scripts.push(el);
          break;
        case 'title':
          titles.push(el);
          break;
        case 'h1':
          if (index.h1s.length >= MAX_HEADINGS) break;
          index.h1s.push(el);
          index.h1Positions.push(position);
          break;
        case 'h2':
          if (index.h2s.length >= MAX_HEADINGS) break;
          index.h2s.push(el);
          index.h2Positions.push(position);
          break;
        case 'time':
          if (index.times.length < MAX_TIMES) index.times.push(el);
          break;
        case 'a':
          // A link to nowhere (no href, `#`, `javascript:`) is a styled span (`<a class="btn">منذ 21 ساعة</a>`).
          if (href === undefined || href === '#' || href.startsWith('javascript:')) {
            ownLinks.add(el);
            break;
          }
          if (index.authorLinks.length < MAX_BYLINES && AUTHOR_HREF.test(href)) index.authorLinks.push({ el, position });
          else if (href.includes('source') && index.sourceLinks.length < MAX_BYLINES && SOURCE_HREF.test(href)) index.sourceLinks.push(el);
          // A date linked to its own day's or month's archive (`<a href="/2020/05/">مايو 2, 2020</a>`: MH Magazine, Newsup) is
          // no other story's: the archive lists them all.
          if (href === index.canonical || options.urls?.includes(href) || (rel !== undefined && rel.includes('bookmark')) || DATE_ARCHIVE_HREF.test(href)) ownLinks.add(el);
          else if (index.tagLinks.length < MAX_TAG_LINKS && ((rel !== undefined && TAG_REL.test(rel)) || TAG_HREF.test(href))) index.tagLinks.push({ el, position });
          break;
        case 'link':
          if (!index.canonical && (rel ?? '').toLowerCase() === 'canonical') index.canonical = href;
          break;
        case 'base':
          if (!index.base) index.base = href;
          break;
        case 'body':
          if (!index.body) index.body = el;
          break;
      }
      if (itemprop) for (const p of itemprop.split(/\s+/)) pushTo(index.itemprops, p, el);
      if (index.bylines.length < MAX_BYLINES && tag !== 'link' && bylineMarked(cls, id, itemprop, rel)) index.bylines.push({ el, position });
    },
    text() {
      textPosition = position;
    },
    textComplete(node, data) {
      dated(node, data, textPosition);
    },
    rearranged() {
      rearranged = true;
    },
    adopted(_el, attrs) {
      // lang/dir are read from the finished tree; an adopted itemprop or byline mark needs the walk.
      if (valueOf(attrs, 'itemprop') !== undefined || marksByline(attrs)) rearranged = true;
    },
    finish(doc) {
      if (rearranged) return undefined;
      if (elements) attachIndex(doc, elements.index);
      const html = doc.documentElement;
      if (html) {
        index.lang = attr(html, 'lang') ?? attr(html, 'xml:lang');
        index.dir = attr(html, 'dir');
      }
      for (const el of scripts) index.jsonLd.push(rawText(el) || scriptText(el));
      for (const el of titles) {
        if (index.title) break;
        if (!insideSvg(el)) index.title = scriptText(el);
      }
      return index;
    },
  };
}

/**
 * Notes short visible lines holding a date hint, one per block (see DatedLine), as each
 * text node is completed — while its text is still in the cache.
 */
function datedLineCollector(out: DatedLine[], isOwnLink: (link: Element) => boolean): (node: Text, data: string, position: number) => void {
  const seenLines = new Set<Node>();
  return (node, data, position) => {
    // Link text first, before the hint: most text of a news page is links to other stories, and only a short one with a
    // digit can be the page's own dated permalink (a digit first: most links are headlines, menus and buttons).
    const parent = (node as N).parentNode;
    if (out.length >= MAX_DATED_LINES || data.length >= 400) return;
    if (parent?.localName === 'a') {
      if (data.length > MAX_LINKED_DATE || !hasDigit(data) || !hasDateHint(data) || !isOwnLink(parent)) return;
    } else if (!hasDateHint(data)) return;
    const line = lineOf(node, isOwnLink);
    if (!line) return;
    // One entry per block, except in long blocks where each inline parent, and each line a <br> starts, is its own.
    const afterBreak = line.inline === line.el && (node as N).previousSibling?.localName === 'br' ? node : undefined;
    const key = afterBreak ?? (seenLines.has(line.el) && line.inline !== line.el ? line.inline : line.el);
    if (seenLines.has(key)) return;
    seenLines.add(key);
    out.push(new Line(line.el, line.inline, position, afterBreak));
  };
}

/** The longest link text read as the page's own date (`<a href="…permalink">الخميس 20 فبراير 2020 - 11:54 ص</a>`). */
const MAX_LINKED_DATE = 80;

/**
 * Whether a link leads to the page itself: marked so while parsing (its href written as the page's URL or canonical URL,
 * `rel="bookmark"`, or no href), else — asked only of a short dated link — its href spelled another way (lower-case
 * percent escapes, no `www.`, a relative path). Each link is compared once.
 */
function ownLinkTest(ownLinks: Set<Element>, keys: () => string[]): (link: Element) => boolean {
  const others = new Set<Element>();
  return (link) => {
    if (ownLinks.has(link)) return true;
    if (others.has(link)) return false;
    const href = attr(link, 'href')?.trim();
    const page = keys();
    const own = href !== undefined && page.length > 0 && sameAsPage(href, page);
    (own ? ownLinks : others).add(link);
    return own;
  };
}

/**
 * The keys of the page's own addresses known so far (given, canonical, og:url), those with a path only — made again
 * only when the head has given another canonical or og:url since.
 */
function pageKeys(index: PageIndex, urls: readonly string[] | undefined): () => string[] {
  const given = (urls ?? []).map(urlKey);
  let keys: string[] = [];
  let from: string | undefined;
  return () => {
    const og = metaValue(index, 'og:url');
    const seen = `${index.canonical ?? ''} ${og ?? ''}`;
    if (seen !== from) {
      from = seen;
      keys = [...given, ...(index.canonical ? [urlKey(index.canonical)] : []), ...(og ? [urlKey(og)] : [])].filter((k) => pathOfKey(k) !== '');
    }
    return keys;
  };
}

function sameAsPage(href: string, keys: readonly string[]): boolean {
  const key = urlKey(href);
  const relative = href.startsWith('/') && !href.startsWith('//');
  return key !== '' && keys.some((k) => (relative ? pathOfKey(k) : k) === key);
}

function insideSvg(el: Element): boolean {
  for (let p: N = el.parentNode; p && p.nodeType === ELEMENT; p = p.parentNode) if (p.localName === 'svg') return true;
  return false;
}

/** The attributes of an element as written (the walk's view of what the parser reported). */
function attributesOf(el: Element): Attr[] {
  const out: Attr[] = [];
  for (let a = (el as N)[NEXT]; a && a.nodeType === ATTRIBUTE; a = a[NEXT]) out.push({ name: a.name, value: a[VALUE] });
  return out;
}

/**
 * Index a finished tree with one walk (pages the parser rearranged; trees built elsewhere).
 * `readPage` indexes while parsing instead.
 */
export function indexPage(doc: Document): PageIndex {
  const collector = collectPageIndex();
  for (let n: N = (doc as N).firstChild ? nextNode(doc) : null; n; n = nextNode(n)) {
    if (n.nodeType === ELEMENT) collector.element(n, n.localName, n.namespaceURI, attributesOf(n));
    else if (n.nodeType === TEXT) {
      collector.text(n);
      collector.textComplete(n, textData(n));
    }
  }
  return collector.finish(doc)!;
}

function indexMeta(index: PageIndex, attrs: readonly Attr[]): void {
  const content = valueOf(attrs, 'content');
  if (content === undefined) return;
  for (const key of ['property', 'name', 'itemprop', 'http-equiv']) {
    const k = valueOf(attrs, key);
    if (k) pushTo(index.metas, k.toLowerCase().trim(), content);
  }
}

/**
 * Does an element say it holds a byline (itemprop/rel `author`, a byline class or id word)? Class strings are tested
 * afresh, not memoised: a memo of every class string met grows to thousands of entries, and looking a page's fresh
 * string up in that cold table cost more than the regex it saved (1.2% of an extraction, `npm run bench:ab`).
 */
function bylineMarked(cls: string | undefined, id: string | undefined, itemprop: string | undefined, rel: string | undefined): boolean {
  return itemprop === 'author' || rel === 'author' || (cls !== undefined && BYLINE_WORDS.test(cls)) || (id !== undefined && BYLINE_WORDS.test(id));
}

function marksByline(attrs: readonly Attr[]): boolean {
  return bylineMarked(valueOf(attrs, 'class'), valueOf(attrs, 'id'), valueOf(attrs, 'itemprop'), valueOf(attrs, 'rel'));
}

/** Text content including script/title children (rawText skips those). */
function scriptText(el: Element): string {
  return (el as N).textContent ?? '';
}

/** First non-empty meta value among the keys, in key order. */
export function metaValue(index: PageIndex, ...keys: string[]): string | undefined {
  for (const k of keys) {
    const v = index.metas.get(k)?.find((s) => s.trim() !== '');
    if (v) return v.trim();
  }
  return undefined;
}
