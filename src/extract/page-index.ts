/**
 * One walk over the whole document that collects everything the metadata layer
 * needs (metas, JSON-LD, title, h1s, <time>s, canonical, base, lang), so no stage
 * queries the document again for them.
 */
import { ATTRIBUTE, attr, ELEMENT, nextNode, rawText, TEXT, textData } from '../parse/dom.js';
import { NEXT } from '../parse/linkedom-tree-adapter.js';
import { hasDateHint } from './dates/date-hint.js';

type N = any;

export interface PageIndex {
  /** `<meta>` content by lower-cased name/property/itemprop (every value, in order). */
  metas: Map<string, string[]>;
  /** Raw text of every `application/ld+json` script. */
  jsonLd: string[];
  title: string;
  h1s: Element[];
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
  /** Elements that say they hold a byline (class/id/itemprop/rel `author`, `byline`, `writer` …), first 30. */
  bylines: Array<{ el: Element; position: number }>;
}

/** Class/id words of byline elements, English and transliterated Arabic. */
const BYLINE_WORDS = /author|byline|by-line|writer|reporter|kateb|katib|editor-name|journalist|mohrer|mo7rer|newsauthor|writeby|post-writer/i;
const MAX_BYLINES = 30;

/** Where a digit-bearing text node is shown: its block element, and its own parent (for long blocks). */
export interface DatedLine {
  el: Element;
  inline: Element;
  position: number;
  inLink: boolean;
}

/** Dated lines kept (document order): the article's own date sits near the top of any page. */
const MAX_DATED_LINES = 2000;
const INLINE = new Set(['span', 'strong', 'b', 'a', 'time', 'font', 'em', 'i', 'small', 'label', 'abbr', 'bdi', 'bdo', 'u', 'sup', 'sub', 'mark']);
const SKIP_TEXT_IN = new Set(['script', 'style', 'noscript', 'template', 'title', 'textarea', 'option', 'select']);

/** The block-level element a text node is shown in, and whether a link wraps it. */
function lineOf(text: N): { el: Element; inline: Element; inLink: boolean } | undefined {
  const inline = text.parentNode;
  let el = inline;
  let inLink = false;
  while (el && el.nodeType === ELEMENT && INLINE.has(el.localName)) {
    if (el.localName === 'a') inLink = true;
    el = el.parentNode;
  }
  if (!el || el.nodeType !== ELEMENT || SKIP_TEXT_IN.has(el.localName)) return undefined;
  return { el, inline, inLink };
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function indexMeta(index: PageIndex, el: Element): void {
  const content = attr(el, 'content');
  if (content === undefined) return;
  for (const key of ['property', 'name', 'itemprop', 'http-equiv']) {
    const k = attr(el, key);
    if (k) pushTo(index.metas, k.toLowerCase().trim(), content);
  }
}

/** Walk the document once. */
export function indexPage(doc: Document): PageIndex {
  const index: PageIndex = { metas: new Map(), jsonLd: [], title: '', h1s: [], times: [], itemprops: new Map(), body: null, datedLines: [], h1Positions: [], bylines: [] };
  const seenLines = new Set<Element>();
  let position = 0;
  const html = doc.documentElement;
  if (html) {
    index.lang = attr(html, 'lang') ?? attr(html, 'xml:lang');
    index.dir = attr(html, 'dir');
  }
  let n: N = (doc as N).firstChild ? nextNode(doc) : null;
  while (n) {
    if (n.nodeType === TEXT) {
      const data: string = textData(n);
      if (data.length < 400 && index.datedLines.length < MAX_DATED_LINES && hasDateHint(data)) {
        const line = lineOf(n);
        // One entry per block, except in long blocks where each inline parent is its own line.
        const key = line && (seenLines.has(line.el) && line.inline !== line.el ? line.inline : line.el);
        if (line && key && !seenLines.has(key)) {
          seenLines.add(key);
          index.datedLines.push({ ...line, position });
        }
      }
    } else if (n.nodeType === ELEMENT) {
      position++;
      const el = n as Element;
      switch (n.localName) {
        case 'meta':
          indexMeta(index, el);
          break;
        case 'script':
          if ((attr(el, 'type') ?? '').toLowerCase().includes('ld+json')) index.jsonLd.push(rawText(el) || scriptText(el));
          break;
        case 'title':
          if (!index.title && !n.closest?.('svg')) index.title = scriptText(el);
          break;
        case 'h1':
          index.h1s.push(el);
          index.h1Positions.push(position);
          break;
        case 'time':
          index.times.push(el);
          break;
        case 'link': {
          const rel = (attr(el, 'rel') ?? '').toLowerCase();
          if (rel === 'canonical' && !index.canonical) index.canonical = attr(el, 'href');
          break;
        }
        case 'base':
          if (!index.base) index.base = attr(el, 'href');
          break;
        case 'body':
          if (!index.body) index.body = el;
          break;
      }
      const a = marks(el);
      if (a.itemprop && n.localName !== 'meta') for (const p of a.itemprop.split(/\s+/)) pushTo(index.itemprops, p, el);
      if (a.byline && index.bylines.length < MAX_BYLINES && n.localName !== 'meta' && n.localName !== 'link') {
        index.bylines.push({ el, position });
      }
    }
    n = nextNode(n);
  }
  return index;
}

/** An element's itemprop, and whether it says it holds a byline — one pass over its attributes. */
function marks(el: Element): { itemprop?: string; byline: boolean } {
  let itemprop: string | undefined;
  let byline = false;
  for (let a = (el as N)[NEXT]; a && a.nodeType === ATTRIBUTE; a = a[NEXT]) {
    const name: string = a.name;
    if (name === 'itemprop') {
      itemprop = a.value;
      if (itemprop === 'author') byline = true;
    } else if (name === 'class' || name === 'id') {
      if (!byline && BYLINE_WORDS.test(a.value)) byline = true;
    } else if (name === 'rel' && a.value === 'author') byline = true;
  }
  return itemprop === undefined ? { byline } : { itemprop, byline };
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
