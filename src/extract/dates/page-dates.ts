/**
 * Visible dates: the short lines holding a digit that the page index noted, read by the
 * date engine, minus those in chrome (header clocks, related and most-read lists,
 * tickers, footers) and in links (other stories' dates).
 */
import { attr, classAndId, rawText } from '../../parse/dom.js';
import { normaliseText } from '../../normalise/text.js';
import type { PageIndex } from '../page-index.js';
import { lineCandidates, type DateCandidate, type DateOptions } from './candidates.js';

type N = any;

const MAX_LINE = 300;
const MAX_UNLABELLED_LINE = 140;
/** How far after the headline (in elements) an unlabelled date may sit. */
const NEAR_HEADLINE = 80;
const CHROME_TAGS = new Set(['nav', 'footer', 'aside', 'select', 'option', 'button']);
/** Class words of a page header (where clocks live), chrome unless inside the article. */
const HEADER_CLASS = /(^|[\s_-])(header|masthead|topbar|top-bar|top-header|site-top)([\s_-]|$)/;
const CHROME_CLASS = /related|most|popular|trend|ticker|marquee|breaking|urgent|comment|sidebar|side-bar|footer|menu|weather|clock|latest|more-news|morenews|read-also|also|widget|slider|carousel|prayer|salat|currency|footer|copyright|navbar|topbar|top-bar/;

/** Is the element inside page chrome (walking up to 14 ancestors)? */
function inChrome(el: Element): boolean {
  let inArticle = false;
  let sawHeader = false;
  let n: N = el;
  for (let i = 0; n && n.nodeType === 1 && i < 14; i++, n = n.parentNode) {
    const tag: string = n.localName;
    if (CHROME_TAGS.has(tag)) return true;
    if (tag === 'article' || tag === 'main' || attr(n, 'itemprop') === 'articleBody') inArticle = true;
    const words = classAndId(n);
    if (tag === 'header' || (words && HEADER_CLASS.test(words))) sawHeader = true;
    if (words && CHROME_CLASS.test(words) && !/date|time|publish/.test(words.split(/\s+/).find((w) => CHROME_CLASS.test(w)) ?? '')) return true;
  }
  return sawHeader && !inArticle;
}

/** Visible date candidates, published/updated-labelled first, then unlabelled ones near the headline. */
export function pageCandidates(index: PageIndex, headlinePosition: number | undefined, opts: DateOptions): DateCandidate[] {
  const labelled: DateCandidate[] = [];
  const unlabelled: Array<DateCandidate & { distance: number }> = [];
  const h1 = headlinePosition ?? -1;
  for (const line of index.datedLines) {
    if (line.inLink) continue;
    const text = normaliseText(rawText(line.el));
    if (!text || text.length > MAX_LINE) continue;
    const found = lineCandidates(line.el, text, line.position, opts);
    if (!found.length || inChrome(line.el)) continue;
    for (const c of found) {
      if (c.kind !== 'unknown') labelled.push(c);
      else if (text.length <= MAX_UNLABELLED_LINE && (c.dateClass || h1 < 0 || Math.abs(line.position - h1) <= NEAR_HEADLINE)) {
        const distance = h1 < 0 ? line.position : line.position >= h1 ? line.position - h1 : NEAR_HEADLINE + (h1 - line.position);
        unlabelled.push({ ...c, distance: c.dateClass ? distance / 4 : distance });
      }
    }
  }
  unlabelled.sort((a, b) => a.distance - b.distance);
  return [...labelled, ...unlabelled.map(({ distance: _d, ...c }) => c)];
}
