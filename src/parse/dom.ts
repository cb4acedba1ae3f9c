/**
 * Fast, iterative access to a linkedom tree. linkedom stores a document as one linked
 * list in document order (element, its attributes, its children, its END marker), so a
 * subtree walk is a loop over NEXT pointers — no recursion, no child arrays — and
 * skipping a subtree is one jump to its END. These helpers are what every stage uses
 * instead of `textContent`/`querySelectorAll` in hot loops.
 */
import { isInvisible, isSpace } from '../normalise/text.js';
import { END, NEXT, VALUE } from './linkedom-tree-adapter.js';

type N = any; // linkedom node internals

export const ELEMENT = 1;
export const ATTRIBUTE = 2;
export const TEXT = 3;
export const NODE_END = -1;

/**
 * Elements whose text is never visible page text. `noembed`/`noframes` are raw-text
 * elements browsers never render: their "text" is the rest of the page's markup.
 */
export const INVISIBLE = new Set(['script', 'style', 'noscript', 'noembed', 'noframes', 'template', 'svg', 'math', 'iframe', 'object', 'select', 'textarea', 'head', 'title']);

/** Elements whose start separates words in rawText (so `<li>a</li><li>b</li>` reads "a b"). */
/**
 * Elements whose text starts apart from what comes before it. `<time>` too: a label set right
 * against it (`<strong>تاريخ النشر</strong><time>مارس ,18 / 2020</time>`) is padded apart by the page's CSS.
 */
const BLOCKISH = new Set(['p', 'div', 'li', 'td', 'th', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'ul', 'ol', 'dd', 'dt', 'figcaption', 'figure', 'blockquote', 'header', 'footer', 'aside', 'nav', 'table', 'time']);

/** The node after `node`'s whole subtree. */
export function afterSubtree(node: N): N {
  return node.nodeType === ELEMENT ? node[END][NEXT] : node[NEXT];
}

/** Next node in document order (descending into elements). */
export function nextNode(node: N): N {
  return node[NEXT];
}

/** Value of an attribute without building linkedom's classList or NamedNodeMap. */
export function attr(el: Element, name: string): string | undefined {
  let n = (el as N)[NEXT];
  while (n && n.nodeType === ATTRIBUTE) {
    if (n.name === name) return n[VALUE];
    n = n[NEXT];
  }
  return undefined;
}

/** Hidden by its own `style` (`display: none`, `visibility: hidden`) or `hidden` attribute — not by a stylesheet, which a parser cannot see. */
export function hiddenByOwnStyle(el: Element): boolean {
  return attr(el, 'hidden') !== undefined || HIDDEN_STYLE.test(attr(el, 'style') ?? '');
}
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** Raw data of a text node. */
export function textData(node: Node): string {
  return (node as N)[VALUE];
}

/** `class` and `id` joined, lower-cased — what noise and content patterns test. */
export function classAndId(el: Element): string {
  let c: string | undefined;
  let i: string | undefined;
  for (let n = (el as N)[NEXT]; n && n.nodeType === ATTRIBUTE; n = n[NEXT]) {
    if (n.name === 'class') c = n[VALUE];
    else if (n.name === 'id') i = n[VALUE];
  }
  if (c === undefined && i === undefined) return '';
  return (i === undefined ? c! : c === undefined ? i : `${c} ${i}`).toLowerCase();
}

/** Iterate the elements inside `root` (not root itself), in document order. */
export function* descendants(root: Element | Document): Generator<Element> {
  const end = (root as N)[END];
  let n = (root as N)[NEXT];
  while (n && n !== end) {
    if (n.nodeType === ELEMENT) yield n;
    n = n[NEXT];
  }
}

/**
 * Visible text of an element (scripts, styles, templates skipped), raw — not normalised.
 * With a `limit`, reading stops once more than `limit` characters are read (a prefix comes back).
 */
export function rawText(el: Element | null | undefined, limit = Infinity): string {
  if (!el) return '';
  const end = (el as N)[END];
  let n = (el as N)[NEXT];
  let out = '';
  while (n && n !== end && out.length <= limit) {
    if (n.nodeType === TEXT) out += n[VALUE];
    else if (n.nodeType === ELEMENT) {
      if (INVISIBLE.has(n.localName)) {
        n = n[END][NEXT];
        continue;
      }
      if (n.localName === 'br') out += '\n';
      else if (BLOCKISH.has(n.localName)) out += ' ';
    }
    n = n[NEXT];
  }
  return out;
}

/**
 * `rawText(el)` when it is at most `limit` characters long, else '' — for a field (a headline, a name) that an element
 * showing more cannot hold; read no further than the limit.
 *
 * @example fieldText(h1, 1000) // '' for an h1 that holds the whole story
 */
export function fieldText(el: Element, limit: number): string {
  const text = rawText(el, limit);
  return text.length > limit ? '' : text;
}

/**
 * Does `el` show at least `min` characters once its text is normalised (spaces collapsed, invisible marks dropped),
 * reading no further than `rawText(el, limit)` does? The answer of `normaliseText(rawText(el, limit)).length >= min`,
 * with no string built and the walk stopped as soon as it is known.
 *
 * @example showsAtLeast(link, 12, 400) // true for <a>\n  <span>عنوان خبر آخر</span></a>
 */
export function showsAtLeast(el: Element, min: number, limit = Infinity): boolean {
  const end = (el as N)[END];
  let n = (el as N)[NEXT];
  let raw = 0;
  let shown = 0;
  let space = false;
  while (n && n !== end && raw <= limit) {
    if (n.nodeType === TEXT) {
      const s: string = n[VALUE];
      raw += s.length;
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (isSpace(c)) space = shown > 0;
        else if (!isInvisible(c)) {
          shown += space ? 2 : 1;
          space = false;
        }
      }
      if (shown >= min) return true;
    } else if (n.nodeType === ELEMENT) {
      if (INVISIBLE.has(n.localName)) {
        n = n[END][NEXT];
        continue;
      }
      if (n.localName === 'br' || BLOCKISH.has(n.localName)) {
        raw++;
        space = shown > 0;
      }
    }
    n = n[NEXT];
  }
  return shown >= min;
}

/**
 * Which of `needles` a text node under `el` holds (shown text only: scripts, styles and the like are skipped, and what
 * an element's own style or `hidden` attribute hides) —
 * one walk, no string built.
 *
 * @example textsShownIn(body, ['سامي المحرر']) // Set { 'سامي المحرر' } when a visible text node holds it
 */
export function textsShownIn(el: Element | null | undefined, needles: readonly string[]): Set<string> {
  const found = new Set<string>();
  if (!el || needles.length === 0) return found;
  const end = (el as N)[END];
  // An element's attributes follow it in the walk: one its own style hides (`<div style="display:none"
  // class="vcard author">`) is skipped whole from its attribute, with no lookup per element.
  let owner: N = null;
  for (let n = (el as N)[NEXT]; n && n !== end && found.size < needles.length; n = n[NEXT]) {
    if (n.nodeType === TEXT) {
      for (const x of needles) if (n[VALUE].includes(x)) found.add(x);
    } else if (n.nodeType === ELEMENT) {
      if (INVISIBLE.has(n.localName)) n = n[END];
      else owner = n;
    } else if (n.nodeType === ATTRIBUTE && owner && (n.name === 'hidden' || (n.name === 'style' && HIDDEN_STYLE.test(n[VALUE])))) n = owner[END];
  }
  return found;
}

/** Tag name in lower case. */
export function tagOf(el: Element): string {
  return (el as N).localName;
}

/**
 * The element itself or its nearest ancestor with this tag, like `el.closest(tag)` for a bare tag
 * name, without compiling a selector on every call (linkedom's `closest` does) — looking no more than
 * `levels` ancestors up when given (a question asked of every one of many nested elements).
 *
 * @example closestTag(span, 'a') // the link around the span, or null
 */
export function closestTag(el: Element, tag: string, levels = Infinity): Element | null {
  let up = 0;
  for (let n: N = el; n && n.nodeType === ELEMENT && up <= levels; n = n.parentNode, up++) if (n.localName === tag) return n;
  return null;
}

/**
 * The first element with this tag in `el`'s subtree, or null. Gives up (null) after `budget` nodes:
 * it asks about boxes that are usually small (a header, an aside), never about a whole page.
 *
 * @example firstTagIn(header, 'h1') // the <h1> of <header><h1>…</h1></header>
 */
export function firstTagIn(el: Element, tag: string, budget = 3000): Element | null {
  const end = (el as N)[END];
  for (let n: N = (el as N)[NEXT], i = 0; n && n !== end && i < budget; n = n[NEXT], i++) {
    if (n.nodeType === ELEMENT && n.localName === tag) return n;
  }
  return null;
}

/**
 * The first element inside `el` whose tag is one of `tags`, in one walk (`firstTagIn` for several tags at once).
 *
 * @example firstTagAmong(box, new Set(['img', 'video'])) // the <video> of <div><video>…</video></div>
 */
export function firstTagAmong(el: Element, tags: ReadonlySet<string>, budget = 3000): Element | null {
  const end = (el as N)[END];
  for (let n: N = (el as N)[NEXT], i = 0; n && n !== end && i < budget; n = n[NEXT], i++) {
    if (n.nodeType === ELEMENT && tags.has(n.localName)) return n;
  }
  return null;
}

/** Ancestors climbed without the memo before it is used (nesting this deep is rare outside attacks). */
const SHORT_CLIMB = 32;

/**
 * "Is this node one of `roots` or inside one of them?", for many nodes of one tree. A node
 * within SHORT_CLIMB levels of a root (or of the top) is answered by a plain climb; past that,
 * ancestors share a memo, each climbed once however many nodes share it (a climb per node is
 * quadratic on pages nested thousands deep). A detached node answers false.
 *
 * @example const inBody = insideOneOf([article]); blocks.filter((b) => inBody(b.el))
 */
export function insideOneOf(roots: readonly (Node | Element | Document)[]): (node: Node | null | undefined) => boolean {
  const memo = new Map<unknown, boolean>();
  for (const r of roots) memo.set(r, true);
  const isRoot = roots.length <= 4 ? (n: unknown) => roots.includes(n as Node) : (n: unknown) => memo.get(n) === true;
  const climb = (node: Node | null | undefined): boolean => {
    const path: unknown[] = [];
    let answer = false;
    for (let n: N = node; n; n = n.parentNode) {
      const known = memo.get(n);
      if (known !== undefined) {
        answer = known;
        break;
      }
      path.push(n);
    }
    for (const p of path) memo.set(p, answer);
    return answer;
  };
  return (node) => {
    // Most nodes sit a few levels below a root or the top: a short climb needs no memo.
    let n: N = node;
    for (let depth = 0; depth < SHORT_CLIMB; depth++, n = n.parentNode) {
      if (!n) return false;
      if (isRoot(n)) return true;
    }
    return climb(node);
  };
}
