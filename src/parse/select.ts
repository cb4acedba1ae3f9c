/**
 * CSS selectors over the parsed tree, compiled once per selector string and matched
 * with maqal's direct attribute access. linkedom's own querySelectorAll recompiles the
 * selector on every call and reads `class` through classList; adapters run the same
 * dozen selectors on every page, so compiling once and walking the node list once per
 * query is what makes adapter fields cheap.
 */
import { compile } from 'css-select';
import type { Options } from 'css-select';

type CssAdapter<Node, El extends Node> = NonNullable<Options<Node, El>['adapter']>;
import { attr, ELEMENT, insideOneOf, rawText } from './dom.js';
import { END, NEXT } from './linkedom-tree-adapter.js';
import { candidates, hasIndex, lookupKeys } from './element-index.js';

type N = any;

const isTag = (n: N): n is Element => n?.nodeType === ELEMENT;

const adapter: CssAdapter<N, Element> = {
  isTag,
  getAttributeValue: (el, name) => attr(el, name),
  hasAttrib: (el, name) => attr(el, name) !== undefined,
  getName: (el) => (el as N).localName,
  getParent: (el) => {
    const p = (el as N).parentNode;
    return isTag(p) ? p : null;
  },
  getChildren: (n) => Array.from((n as N).childNodes ?? []),
  getSiblings: (el) => {
    const p = (el as N).parentNode;
    return p ? Array.from(p.childNodes) : [el];
  },
  getText: (n) => (isTag(n) ? rawText(n) : ((n as N).textContent ?? '')),
  removeSubsets: (nodes: N[]) => nodes.filter((n: N, i: number) => !nodes.some((o: N, j: number) => j !== i && o !== n && (o as N).contains?.(n))),
  prevElementSibling: (el) => (el as N).previousElementSibling ?? null,
};

type Matcher = (el: Element) => boolean;
const cache = new Map<string, Matcher>();
const CACHE_LIMIT = 2000;

/** The compiled matcher of a selector (throws on invalid CSS, like querySelector). */
export function matcher(selector: string): Matcher {
  let m = cache.get(selector);
  if (!m) {
    m = compile<N, Element>(selector, { adapter, xmlMode: false, cacheResults: false }) as Matcher;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(selector, m);
  }
  return m;
}

/**
 * The document whose element index answers a query under `root`, or undefined to walk
 * `root`'s subtree instead: a query under an element does not index the whole document
 * (an adapter's transforms drop the index; the next ones query only the body).
 */
function indexedDocument(root: Element | Document): Document | undefined {
  if ((root as N).nodeType === 9) return root as Document;
  const doc = (root as Element).ownerDocument;
  return doc && hasIndex(doc) ? doc : undefined;
}

/** Every element under `root` (document order) matching `selector`; template contents are not searched. */
export function selectAll(root: Element | Document, selector: string): Element[] {
  const test = matcher(selector);
  const keys = lookupKeys(selector);
  const doc = keys ? indexedDocument(root) : undefined;
  if (keys && doc) {
    // Index entries outlive removed elements: keep those still strictly under `root`.
    const inside = insideOneOf([root]);
    return candidates(doc, keys).filter((el) => inside((el as N).parentNode) && test(el));
  }
  const out: Element[] = [];
  const end = (root as N)[END];
  let n: N = (root as N)[NEXT];
  while (n && n !== end) {
    if (n.nodeType === ELEMENT && test(n)) out.push(n);
    n = n[NEXT];
  }
  return out;
}

/** The first element under `root` matching `selector`, or null. */
export function selectOne(root: Element | Document, selector: string): Element | null {
  const test = matcher(selector);
  const keys = lookupKeys(selector);
  const doc = keys ? indexedDocument(root) : undefined;
  if (keys && doc) {
    const inside = insideOneOf([root]);
    return candidates(doc, keys).find((el) => inside((el as N).parentNode) && test(el)) ?? null;
  }
  const end = (root as N)[END];
  for (let n: N = (root as N)[NEXT]; n && n !== end; n = n[NEXT]) if (n.nodeType === ELEMENT && test(n)) return n;
  return null;
}
