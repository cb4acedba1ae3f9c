/**
 * A lookup of a document's elements by id, class token and tag, built lazily in one
 * walk the first time a selector runs on the document. A selector then tests only the
 * elements its rightmost compound can match (`.eventContent p` → the `p`s) instead of
 * walking the whole tree once per selector — adapters run a dozen or more per page.
 */
import { parse as parseSelector, SelectorType, AttributeAction, type Selector } from 'css-what';
import { attr, ELEMENT, insideOneOf } from './dom.js';
import { isSpace } from '../normalise/text.js';
import { END, NEXT, ORDER } from './linkedom-tree-adapter.js';

type N = any;

export interface ElementIndex {
  byId: Map<string, Element[]>;
  byTag: Map<string, Element[]>;
  /** Elements by their whole `class` attribute as written: one lookup per element while parsing. */
  byClassAttr: Map<string, Element[]>;
  /** Elements by class token, each list made from `byClassAttr` on that token's first lookup. */
  byClass?: Map<string, Element[]>;
}

/**
 * A document's index lives on the document itself, not in a module-level WeakMap: V8's minor
 * GC keeps a WeakMap value (here, lists of the page's elements) alive, which kept every page's
 * tree alive until a major GC.
 */
const INDEX = Symbol('maqal.elementIndex');
const indexOf = (doc: Document): ElementIndex | undefined => (doc as N)[INDEX];
const setIndex = (doc: Document, index: ElementIndex | undefined): void => {
  (doc as N)[INDEX] = index;
};

/**
 * `Array.of`, not a literal: V8 may decide, from one minor GC during a large page, to allocate
 * a literal's arrays in the old generation for good, and old lists of dead pages then kept each
 * later page's young tree alive through every minor GC (see `ElementEnd` in the tree adapter).
 */
function push(map: Map<string, Element[]>, key: string, el: Element): void {
  const list = map.get(key);
  if (list) list.push(el);
  else map.set(key, Array.of(el));
}

function build(doc: Document): ElementIndex {
  const builder = elementIndexBuilder();
  const end = (doc as N)[END];
  for (let n: N = (doc as N)[NEXT]; n && n !== end; n = n[NEXT]) {
    if (n.nodeType === ELEMENT) builder.add(n, n.localName, attr(n, 'id'), attr(n, 'class'));
  }
  return builder.index;
}

/** Adds elements in document order; `index` is ready at any time. */
export interface ElementIndexBuilder {
  add(el: Element, tag: string, id: string | undefined, cls: string | undefined): void;
  readonly index: ElementIndex;
}

/**
 * Build an index from elements met in document order — by a walk, or by the parser as it
 * creates them (then `attachIndex` hands it to the document and no walk is needed).
 */
export function elementIndexBuilder(): ElementIndexBuilder {
  const index: ElementIndex = { byId: new Map(), byTag: new Map(), byClassAttr: new Map() };
  let order = 0;
  return {
    index,
    add(el, tag, id, cls) {
      (el as N)[ORDER] = order++;
      push(index.byTag, tag, el);
      if (id) push(index.byId, id, el);
      // Class attributes are split only when a selector asks for a class: a page has far fewer
      // distinct class attributes than elements carrying one.
      if (cls) push(index.byClassAttr, cls, el);
    },
  };
}

const byOrder = (a: Element, b: Element): number => (a as N)[ORDER] - (b as N)[ORDER];

/** JavaScript's `\s` (the text spaces and the BOM), as css-select reads class lists: the index may not miss what the matcher accepts. */
const isClassSeparator = (c: number): boolean => isSpace(c) || c === 0xfeff;

/** Does a class attribute hold `token` as a whole word? */
export function hasClassToken(cls: string, token: string): boolean {
  if (!token) return false;
  for (let i = cls.indexOf(token); i >= 0; i = cls.indexOf(token, i + 1)) {
    const end = i + token.length;
    if ((i === 0 || isClassSeparator(cls.charCodeAt(i - 1))) && (end === cls.length || isClassSeparator(cls.charCodeAt(end)))) return true;
  }
  return false;
}

/**
 * The elements carrying one class token, in document order, made on the first lookup of that
 * token from the lists by whole class attribute: an adapter asks for a handful of tokens, so
 * splitting every attribute of the page into a map of all its tokens was mostly wasted.
 */
function classList(index: ElementIndex, token: string): Element[] {
  const byClass = (index.byClass ??= new Map());
  let list = byClass.get(token);
  if (list) return list;
  const parts: Element[][] = [];
  // forEach, not for…of: no [key, value] array per attribute.
  index.byClassAttr.forEach((els, cls) => {
    if (hasClassToken(cls, token)) parts.push(els);
  });
  list = parts.length === 0 ? [] : parts.length === 1 ? parts[0]! : parts.flat().sort(byOrder);
  byClass.set(token, list);
  return list;
}

/** Use `index` (built in document order over this document's elements) for `doc`'s selectors. */
export function attachIndex(doc: Document, index: ElementIndex): void {
  setIndex(doc, index);
}

/** Has `doc` an element index now (built while parsing, or by an earlier query)? */
export function hasIndex(doc: Document): boolean {
  return indexOf(doc) !== undefined;
}

/** Forget a document's index (call after changing the tree). */
export function invalidateIndex(doc: Document): void {
  setIndex(doc, undefined);
}

/**
 * Does the matcher compare this attribute's value exactly? `#a` and `.b` parse with
 * `ignoreCase: 'quirks'`, which css-select (not in quirks mode) compares case-sensitively;
 * `[id=a i]` is `true`. (id and class are not among HTML's case-insensitive attributes.)
 */
const exact = (t: Selector): boolean => t.type === SelectorType.Attribute && t.ignoreCase !== true;

type Key = {
  /** `idPrefix`: `[id^=div-gpt-ad]`, the ad-slot pattern adapters remove — answered from the id keys. */
  kind: 'id' | 'class' | 'tag' | 'idPrefix';
  value: string;
  /** An id the match must sit inside (`#news-article .tags a`): most candidates fail this cheap test first. */
  within?: string;
  /** For a tag key: a class the match must sit inside (`.post-tags a`): that class's elements are searched, not every `a`. */
  withinClass?: string;
};

/** The most selective key of a compound (id > class > id prefix > tag), or undefined for `*`, `[attr]`, `:pseudo`. */
function keyOf(compound: readonly Selector[]): Key | undefined {
  let cls: Key | undefined;
  let prefix: Key | undefined;
  let tag: Key | undefined;
  for (const t of compound) {
    if (t.type === SelectorType.Attribute && t.name === 'id' && exact(t)) {
      if (t.action === AttributeAction.Equals) return { kind: 'id', value: t.value };
      if (t.action === AttributeAction.Start && t.value) prefix ??= { kind: 'idPrefix', value: t.value };
    }
    if (t.type === SelectorType.Attribute && t.name === 'class' && t.action === AttributeAction.Element && exact(t)) cls ??= { kind: 'class', value: t.value };
    if (t.type === SelectorType.Tag) tag ??= { kind: 'tag', value: t.name.toLowerCase() };
  }
  return cls ?? prefix ?? tag;
}

const TRAVERSALS = new Set<string>([SelectorType.Adjacent, SelectorType.Child, SelectorType.Descendant, SelectorType.Parent, SelectorType.Sibling, SelectorType.ColumnCombinator]);

/**
 * The id, and the class, of the nearest compounds left of `end` that the rightmost compound
 * must descend from: only descendant and child combinators on the way (`#a + p` is not inside `#a`).
 */
function scopes(seq: readonly Selector[], end: number): { id?: string; cls?: string } {
  const out: { id?: string; cls?: string } = {};
  for (let i = end - 1; i >= 0; i--) {
    const t = seq[i]!;
    if (TRAVERSALS.has(t.type)) {
      if (t.type !== SelectorType.Descendant && t.type !== SelectorType.Child) break;
    } else if (t.type === SelectorType.Attribute && exact(t)) {
      if (t.name === 'id' && t.action === AttributeAction.Equals) {
        out.id ??= t.value;
        break;
      }
      if (t.name === 'class' && t.action === AttributeAction.Element) out.cls ??= t.value;
    }
  }
  return out;
}

/** One key per comma-separated part (its rightmost compound); undefined when any part has none. */
const plans = new Map<string, Key[] | null>();
export function lookupKeys(selector: string): Key[] | null {
  let keys = plans.get(selector);
  if (keys === undefined) {
    try {
      keys = [];
      for (const seq of parseSelector(selector)) {
        let start = seq.length;
        while (start > 0 && !TRAVERSALS.has(seq[start - 1]!.type)) start--;
        const k = keyOf(seq.slice(start));
        if (!k) {
          keys = null;
          break;
        }
        const scope = k.kind === 'id' ? {} : scopes(seq, start);
        keys.push({ ...k, ...(scope.id !== undefined ? { within: scope.id } : {}), ...(k.kind === 'tag' && scope.cls !== undefined ? { withinClass: scope.cls } : {}) });
      }
    } catch {
      keys = null; // invalid: the matcher will throw the real error
    }
    if (plans.size > 2000) plans.clear();
    plans.set(selector, keys);
  }
  return keys;
}

/** A tag list longer than this is narrowed to the subtrees of the selector's class scope. */
const SCOPE_FROM = 24;

/**
 * The elements of a tag key, in document order. With a class scope (`.post-tags a`), the scope's
 * subtrees are walked for the tag instead, unless they hold many more nodes than the tag list.
 */
function tagList(index: ElementIndex, k: Key): Element[] {
  const all = index.byTag.get(k.value) ?? [];
  if (k.withinClass === undefined || all.length <= SCOPE_FROM) return all;
  const out: Element[] = [];
  let budget = 8 * all.length;
  /** The last element walked, by document order: a scope before it sits inside one already walked. */
  let walked = -1;
  for (const scope of classList(index, k.withinClass)) {
    if ((scope as N)[ORDER] <= walked) continue;
    const end = (scope as N)[END];
    for (let n: N = (scope as N)[NEXT]; n && n !== end; n = n[NEXT]) {
      if (--budget < 0) return all;
      if (n.nodeType !== ELEMENT || !(n[ORDER] >= 0)) continue; // not indexed: made after the parse
      walked = n[ORDER];
      if (n.localName === k.value) out.push(n);
    }
  }
  return out;
}

/** The elements the keys can match, in document order (as indexed). */
export function candidates(doc: Document, keys: readonly Key[]): Element[] {
  let idx = indexOf(doc);
  if (!idx) {
    idx = build(doc);
    setIndex(doc, idx);
  }
  const lists: Element[][] = [];
  for (const k of keys) {
    const before = lists.length;
    if (k.kind === 'class') lists.push(classList(idx, k.value));
    else if (k.kind === 'tag') lists.push(tagList(idx, k));
    else if (k.kind === 'id') lists.push(idx.byId.get(k.value) ?? []);
    else for (const [id, els] of idx.byId) if (id.startsWith(k.value)) lists.push(els);
    if (k.within === undefined) continue;
    const inScope = insideOneOf(idx.byId.get(k.within) ?? []);
    for (let i = before; i < lists.length; i++) lists[i] = lists[i]!.filter((el) => inScope((el as N).parentNode));
  }
  if (lists.length === 0) return [];
  if (lists.length === 1) return lists[0]!;
  return [...new Set(lists.flat())].sort(byOrder);
}
