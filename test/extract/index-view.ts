/** A comparable view of a PageIndex: elements as what identifies them, dated lines by position and block. */
import type { PageIndex } from '../../src/extract/page-index.js';

export function indexView(ix: PageIndex): unknown {
  return {
    ...ix,
    metas: [...ix.metas],
    itemprops: [...ix.itemprops].map(([k, els]) => [k, els.map((e) => e.localName)]),
    h1s: ix.h1s.map((e) => e.textContent),
    times: ix.times.map((e) => e.getAttribute('datetime')),
    body: ix.body?.localName,
    datedLines: ix.datedLines.map((d) => [d.position, d.el.localName, d.inline.localName, d.el.textContent]),
    bylines: ix.bylines.map((b) => [b.position, b.el.localName]),
    authorLinks: ix.authorLinks.map((l) => [l.position, l.el.getAttribute('href')]),
    tagLinks: ix.tagLinks.map((l) => [l.position, l.el.getAttribute('href')]),
    // The links the index takes for the page's own, as hrefs (the test itself is a function of each index).
    isOwnLink: [...(ix.body?.querySelectorAll('a') ?? [])].filter((a) => ix.isOwnLink(a)).map((a) => a.getAttribute('href')),
  };
}
