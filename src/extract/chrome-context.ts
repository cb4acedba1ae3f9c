/**
 * Is an element shown inside page chrome? For the short things read outside the body
 * (date lines, bylines): boxes of other stories (related, most-read, tickers, comments)
 * always are; with `strict`, so are menus, sidebars, widgets and a page header outside
 * the article (where clocks live). Pass the page's `h1s` when known (the page index has them).
 */
import { attr, classAndId, firstTagIn, rawText } from '../parse/dom.js';
import { BUILDER_LAYOUT_CLASS, TAXONOMY_CLASS } from '../lexicon/structure.js';
import { TUNABLES } from '../tunables.js';

type N = any;

const CHROME_TAGS = new Set(['nav', 'footer', 'aside', 'select', 'option', 'button']);
/** Boxes of other stories: no date inside them is the article's, labelled or not. */
const LISTS_CLASS = /related|most|popular|trend|ticker|marquee|breaking|urgent|comment|latest|more-news|morenews|read-also|readalso|slider|carousel|mega-menu|newsticker/;
/**
 * Further chrome for unlabelled dates (clocks, menus, sidebars, widgets). Not the Theia Sticky Sidebar plugin's
 * `theiaStickySidebar`: it wraps whatever column a theme makes sticky, the story's own included (PenNews).
 */
const CHROME_CLASS = /(?<!theiasticky)sidebar|side-bar|footer|menu|weather|clock|widget|prayer|salat|currency|copyright|navbar|topbar|top-bar|also/;
/** Class words of a page header (where clocks live), chrome unless inside the article. */
const HEADER_CLASS = /(^|[\s_-])(header|masthead|topbar|top-bar|top-header|site-top)([\s_-]|$)/;

/** Modifier tokens (`has-sidebar`, `with-widgets`, `no-share`, `layout-right-sidebar`) describe a layout, not a box. */
const MODIFIER = /^(has|with|no|without|hide|show|is|layout)-/;
/** A BEM state modifier (`content__inner--hasSidebar`) says how the block is laid out, not what it is. */
const BEM_MODIFIER = /--(?:has|with|without|is|no|show|hide|layout)[\w-]*$/;
/** Class/id words less taxonomy and modifier tokens. */
const boxWords = (el: Element): string => {
  const words = classAndId(el);
  if (!words.includes('-')) return words;
  let kept = boxWordsCache.get(words);
  if (kept === undefined) {
    kept = words
      .split(/\s+/)
      .filter((t) => !TAXONOMY_CLASS.test(t) && !MODIFIER.test(t) && !BUILDER_LAYOUT_CLASS.test(t))
      .map((t) => t.replace(BEM_MODIFIER, ''))
      .join(' ');
    if (boxWordsCache.size >= 5000) boxWordsCache.clear();
    boxWordsCache.set(words, kept);
  }
  return kept;
};
/** Class strings repeat on a page and across pages of a site: bounded, pure cache. */
const boxWordsCache = new Map<string, string>();

/** `<body>`/`<html>` classes say the page's state (`sticky-header`, `has-sidebar`, `single-post`), not a box around the date. */
const isPageRoot = (n: N): boolean => n.localName === 'body' || n.localName === 'html';

const isStoryBoundary = (n: N): boolean => n.localName === 'article' || n.localName === 'main' || attr(n, 'itemprop') === 'articleBody';


/**
 * Does a box hold a headline-like `<h1>`? Then a header-like box is the story's own header, not
 * the site's, and an `<aside>` is where the page put its story (print-edition templates do).
 */
export function holdsHeadline(box: Element, h1s?: readonly Element[]): boolean {
  // With the page's h1s at hand, climbing from them is cheaper than walking a big header's menus — from the first
  // few, a few levels up: it is asked of every box that might be chrome, and nested boxes of h1s made it cubic.
  if (h1s) {
    for (let i = 0; i < h1s.length && i < HEADLINE_H1S; i++) if (isWithin(h1s[i]!, box, HEADLINE_DEPTH) && isHeadlineLike(h1s[i]!)) return true;
    return false;
  }
  const h1 = firstTagIn(box, 'h1');
  return h1 !== null && isHeadlineLike(h1);
}

/** The page's h1s looked at for the headline a box holds (the story's is among its first few), and how deep inside it. */
const HEADLINE_H1S = 32;
const HEADLINE_DEPTH = 64;

/** Is `el` inside `box`, at most `levels` levels down? */
function isWithin(el: Element, box: Element, levels: number): boolean {
  let n: N = el.parentNode;
  for (let up = 0; n && up < levels; n = n.parentNode, up++) if (n === box) return true;
  return false;
}

const isHeadlineLike = (h1: Element): boolean => rawText(h1, 200).trim().split(/\s+/).length >= TUNABLES.sentenceWords;

/**
 * Is the element inside page chrome (walking up to 14 ancestors)? Boxes of other stories
 * count everywhere; with `strict`, menus, sidebars, widgets and page headers count too —
 * but only outside the story's own `<article>`/`<main>` (whose footer or widget-named
 * wrapper may well hold the date or byline). `storyAsides`: an `<aside>` inside the story's `<article>` is its own too
 * (for byline boxes: a box that says it holds the byline, set in the story's side column).
 */
export function inChrome(el: Element, strict: boolean, h1s?: readonly Element[], storyAsides = false): boolean {
  const chain: N[] = [];
  for (let n: N = el; n && n.nodeType === 1 && chain.length < 14; n = n.parentNode) chain.push(n);
  const boundary = chain.findIndex(isStoryBoundary);
  const articleOf = chain.find((n) => n.localName === 'article');
  let sawHeader = false;
  for (let i = 0; i < chain.length; i++) {
    const n = chain[i];
    const tag: string = n.localName;
    // The story's own `<footer>` (inside its `<article>`) holds its date line or tags, not the site's footer; with
    // `storyAsides`, so does its own `<aside>` (a theme's info column: `<aside class="article-info" itemprop="author">`).
    const own = i < chain.indexOf(articleOf) && (tag === 'footer' || (storyAsides && tag === 'aside'));
    if (CHROME_TAGS.has(tag) && !(tag === 'aside' && holdsHeadline(n, h1s)) && !own) return true;
    if (isPageRoot(n)) break;
    const words = boxWords(n);
    if (words && LISTS_CLASS.test(words)) return true;
    if (!strict || (boundary >= 0 && i <= boundary)) continue;
    if (words && CHROME_CLASS.test(words)) return true;
    // A header holding the h1 is the story's own (`entry-header`: headline, byline, date), not the site's.
    if ((tag === 'header' || (words && HEADER_CLASS.test(words))) && !holdsHeadline(n, h1s)) sawHeader = true;
  }
  return strict && sawHeader && boundary < 0;
}
