/**
 * The story's tags as the page shows them: the list of links to tag pages under its text
 * (`<div class="post-tags"><h3>الكلمات المفتاحية</h3><a href="/list.aspx?kw=…">…</a>…`), for a page whose
 * metadata names none — or names only what the site writes on every page.
 */
import { isTagListLabel } from '../../lexicon/index.js';
import { INLINE_TAGS } from '../../lexicon/structure.js';
import { classAndId, ELEMENT, fieldText } from '../../parse/dom.js';
import { normaliseText } from '../../normalise/text.js';
import type { TagLink } from '../page-index.js';

type N = any;

/** A tag's name is a few words (`كأس الاتحاد الإنجليزي`); a longer link text is a story's title. */
const MAX_TAG_CHARS = 60;
const MAX_TAG_WORDS = 8;
/** What a list may show besides its links: a label (`الكلمات الدالة :`), marks between the links. */
const MAX_LABEL_CHARS = 40;
/** Raw text a list's indentation may add to what it shows, at most (tabs and newlines between its items). */
const WHITESPACE_SLACK = 4;
/** Marks a list sets around its links and label (`كلمات متعلقة / / /`, `# وزارة التموين`). */
const MARKS = /[\s,،/|:：#»«\-–—.•]+/g;
/** A tag cloud is the site's, on every page (WordPress's `tagcloud`, `tag-cloud-link`). */
const CLOUD = /cloud/;
/** Levels above a list a cloud's class may sit (`div.widget_tag_cloud > div.tagcloud > a`). */
const CLOUD_LEVELS = 3;

/**
 * The tags of the first list of tag links after the headline (a site's list of trending tags sits above it): each
 * link a few words, and nothing else in the list but a label from the lexicon or marks. An inline link to a tag page
 * within a sentence (a CMS's auto-links) makes no list.
 *
 * @param after the headline's document position (the page index's counter), when known
 * @example visibleTags(index.tagLinks, headlinePosition) // ['مانشستر يونايتد', 'كأس الاتحاد الإنجليزي']
 */
export function visibleTags(links: readonly TagLink[], after: number | undefined): string[] {
  let i = 0;
  while (i < links.length && after !== undefined && links[i]!.position < after) i++;
  const found: string[] = [];
  let last: Element | undefined;
  while (i < links.length) {
    const box = listOf(links[i]!.el);
    const group: Element[] = [];
    for (; i < links.length && listOf(links[i]!.el) === box; i++) group.push(links[i]!.el);
    // A list set one tag to a box (`div.row > div.col-xs-3 > a`) goes on in the box's next sibling.
    if (last && (last as N).nextElementSibling !== box) break;
    const tags = box ? tagsOfList(box, group) : undefined;
    if (tags?.length) {
      for (const t of tags) if (!found.includes(t)) found.push(t);
      last = box;
    } else if (last) break;
  }
  return found;
}

/**
 * The element a tag link is listed in: above its inline wrappers, list items and headings — a `<ul>` itself
 * (`div.post-tags > ul > li > a`, `div.tags > h3 > a`), whose box may go on with other stories.
 */
function listOf(link: Element): Element | undefined {
  let el: N = link.parentNode;
  while (el && el.nodeType === ELEMENT && (INLINE_TAGS.has(el.localName) || LIST_TAGS.has(el.localName))) el = el.parentNode;
  return el && el.nodeType === ELEMENT ? el : undefined;
}
const LIST_TAGS = new Set(['li', 'h2', 'h3', 'h4', 'h5', 'h6']);

function tagsOfList(box: Element, links: readonly Element[]): string[] | undefined {
  if (inCloud(box) || inSiteChrome(box)) return undefined;
  const tags: string[] = [];
  let linked = 0;
  for (const a of links) {
    const text = normaliseText(fieldText(a, MAX_TAG_CHARS * 2));
    linked += text.length;
    if (!text) continue;
    const tag = normaliseText(text.replace(/^#\s*/, '').replace(/_/g, ' '));
    if (tag.length > MAX_TAG_CHARS || tag.split(' ').length > MAX_TAG_WORDS) return undefined;
    if (tag && !tags.includes(tag)) tags.push(tag);
  }
  // Read as far as the links, marks and a label could go, in markup's whitespace (indented lists): no further.
  const limit = (linked + links.length * 4 + MAX_LABEL_CHARS) * WHITESPACE_SLACK + 400;
  const shown = fieldText(box, limit);
  let rest = normaliseText(shown);
  if (!rest) return undefined;
  for (const a of links) rest = rest.replace(normaliseText(fieldText(a, MAX_TAG_CHARS * 2)), ' ');
  rest = rest.replace(MARKS, ' ').trim();
  return rest === '' || isTagListLabel(rest) ? tags : undefined;
}

/**
 * In the site's own header, footer or menu — one that no `<article>` holds (a WordPress post's `footer.entry-footer`
 * holds its tags): the footer's `موضوعات ساخنة`, the same on every page.
 */
function inSiteChrome(box: Element): boolean {
  let chrome = false;
  let el: N = box;
  for (let i = 0; i < MAX_CHROME_LEVELS && el && el.nodeType === ELEMENT; i++, el = el.parentNode) {
    const tag: string = el.localName;
    if (tag === 'article') return false;
    if (tag === 'footer' || tag === 'nav' || tag === 'header') chrome = true;
  }
  return chrome;
}
/** Levels climbed to find a header, footer or menu above a list, and an article above that. */
const MAX_CHROME_LEVELS = 40;

function inCloud(box: Element): boolean {
  let el: N = box;
  for (let i = 0; i < CLOUD_LEVELS && el && el.nodeType === ELEMENT; i++, el = el.parentNode) if (CLOUD.test(classAndId(el))) return true;
  return false;
}
