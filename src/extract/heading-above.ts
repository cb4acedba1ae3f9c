/**
 * The heading a template sets right above the story's text (`<div class="TittleArtical"><h3>…</h3></div><div
 * id="BodyArtical">…`): the headline of a page whose `h1` is a section label and whose title names only the site.
 */
import { isBlank, normaliseText } from '../normalise/text.js';
import { ELEMENT, rawText } from '../parse/dom.js';
import { END, NEXT } from '../parse/linkedom-tree-adapter.js';
import { TUNABLES } from '../tunables.js';

type N = any;

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4']);
/** Elements before the story's box looked at, and levels climbed: the heading sits right above it. */
const SIBLINGS = 3;
const LEVELS = 3;
const MAX_CHARS = 200;

/**
 * The text of the sentence-like heading nearest above `box` (its earlier siblings and theirs, a few levels up),
 * or undefined.
 *
 * @example headingAbove(bodyDiv) // 'الضمان الاجتماعي تستقبل الطلبات' for <div><h3>الضمان الاجتماعي تستقبل الطلبات</h3></div><div id="body">…
 */
export function headingAbove(box: Element): string | undefined {
  let el: N = box;
  for (let level = 0; level < LEVELS && el && el.nodeType === 1 && el.localName !== 'body'; level++, el = el.parentNode) {
    // Boxes that show no text (hidden inputs, spacers, a toolbar of icons) do not count as between.
    let shown = 0;
    for (let sib: N = el.previousElementSibling; sib && shown < SIBLINGS; sib = sib.previousElementSibling) {
      const h = lastHeadingIn(sib);
      if (h) return sentence(h);
      if (!isBlank(rawText(sib, 200))) shown++;
    }
  }
  return undefined;
}

/** Nodes of a sibling walked for its headings: a big box before the story is a header's menus, not a title block. */
const BUDGET = 2000;

/** `el` when it is a heading, else the last heading inside it (undefined past the walk's budget). */
function lastHeadingIn(el: N): Element | undefined {
  if (HEADINGS.has(el.localName)) return el;
  let last: Element | undefined;
  const end = el[END];
  for (let n: N = el[NEXT], i = 0; n && n !== end; n = n[NEXT], i++) {
    if (i > BUDGET) return undefined;
    if (n.nodeType === ELEMENT && HEADINGS.has(n.localName)) last = n;
  }
  return last;
}

function sentence(h: Element): string | undefined {
  const text = normaliseText(rawText(h, MAX_CHARS + 1));
  return text.length <= MAX_CHARS && text.split(' ').length >= TUNABLES.sentenceWords ? text : undefined;
}
