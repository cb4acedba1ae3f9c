/**
 * Is an element shown inside page chrome? For the short things read outside the body
 * (date lines, bylines): boxes of other stories (related, most-read, tickers, comments)
 * always are; with `strict`, so are menus, sidebars, widgets and a page header outside
 * the article (where clocks live).
 */
import { attr, classAndId } from '../parse/dom.js';

type N = any;

const CHROME_TAGS = new Set(['nav', 'footer', 'aside', 'select', 'option', 'button']);
/** Boxes of other stories: no date inside them is the article's, labelled or not. */
const LISTS_CLASS = /related|most|popular|trend|ticker|marquee|breaking|urgent|comment|latest|more-news|morenews|read-also|readalso|slider|carousel|mega-menu|newsticker/;
/** Further chrome for unlabelled dates (clocks, menus, sidebars, widgets). */
const CHROME_CLASS = /sidebar|side-bar|footer|menu|weather|clock|widget|prayer|salat|currency|copyright|navbar|topbar|top-bar|also/;
/** Class words of a page header (where clocks live), chrome unless inside the article. */
const HEADER_CLASS = /(^|[\s_-])(header|masthead|topbar|top-bar|top-header|site-top)([\s_-]|$)/;

/** Is the element inside page chrome (walking up to 14 ancestors)? `strict` adds the looser words. */
export function inChrome(el: Element, strict: boolean): boolean {
  let inArticle = false;
  let sawHeader = false;
  let n: N = el;
  for (let i = 0; n && n.nodeType === 1 && i < 14; i++, n = n.parentNode) {
    const tag: string = n.localName;
    if (CHROME_TAGS.has(tag)) return true;
    if (tag === 'article' || tag === 'main' || attr(n, 'itemprop') === 'articleBody') inArticle = true;
    const words = classAndId(n);
    if (words) {
      if (LISTS_CLASS.test(words)) return true;
      if (strict && CHROME_CLASS.test(words)) return true;
    }
    if (tag === 'header' || (words && HEADER_CLASS.test(words))) sawHeader = true;
  }
  return strict && sawHeader && !inArticle;
}

