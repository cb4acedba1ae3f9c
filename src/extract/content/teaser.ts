/**
 * Is a picture's link a teaser for another story? Related-story cards set inside a body
 * (`<a href="/other-story"><img><span>عنوان</span></a>`, or a picture link and a title link
 * to the same story side by side) show another story's picture: it is no image of this one.
 */
import { attr, ELEMENT, showsAtLeast } from '../../parse/dom.js';
import { END, NEXT } from '../../parse/linkedom-tree-adapter.js';

type N = any;

/** A link to a picture file or an attachment page shows this story's own picture larger. */
const OWN_PICTURE = /\.(?:jpe?g|png|gif|webp|avif|bmp|svg)$|\/attachment\/|[?&]attachment_id=/i;
/** A card's title: a few words of link text. */
const MIN_TITLE_CHARS = 12;
/** Raw characters read for a title: enough to get past a template's indentation (`<a>\n      <figure>…`). */
const TITLE_PREFIX = 400;
const hasTitle = (el: Element): boolean => showsAtLeast(el, MIN_TITLE_CHARS, TITLE_PREFIX);
/** Elements looked at around a picture link for its card's title link. */
const MAX_CARD_NODES = 80;

/**
 * The card a teaser picture's link belongs to (the box holding the picture and the other story's
 * title), or undefined when the link is no teaser's. What the card shows after the picture (its
 * title, its photo credit) is the other story's too.
 *
 * @param link the `<a>` holding the picture
 * @param isSelf whether an href leads to the page itself
 * @example teaserCard(a, () => false) // the <div class="b-inject"> around the picture link and the title link
 */
export function teaserCard(link: Element, isSelf: (href: string) => boolean): Element | undefined {
  const href = attr(link, 'href')?.trim();
  if (!href || href.startsWith('#') || /^(?:javascript|mailto):/i.test(href)) return undefined;
  if (leadsToPicture(href)) return undefined;
  const card = titledCard(link, href);
  // Whether the link leads to the page itself is asked last: it resolves the URL.
  return card && !isSelf(href) ? card : undefined;
}

/** A listing page of a tag, category or section: a picture linked there is the listing's banner, no story's picture. */
const LISTING = /\/(?:tags?|category|categories|section|sections|topics?|hashtag)\/[^/]/i;

/** Does a link lead to a tag, category or section listing (`/tag/كورونا`, `/category/sport/`)? */
export function leadsToListing(href: string): boolean {
  return LISTING.test(href);
}

/** Does a link lead to a picture file or an attachment page (the story's own picture, shown larger)? */
export function leadsToPicture(href: string): boolean {
  return OWN_PICTURE.test(href.split(/[?#]/)[0]!) || OWN_PICTURE.test(href);
}

/** The box of a title in the picture's link, or of a link of its own to the same story beside it (within two boxes up). */
function titledCard(link: Element, href: string): Element | undefined {
  const parent = link.parentNode as Element | null;
  const inCard = parent && parent.nodeType === ELEMENT && !STOPS.has(parent.localName) ? parent : undefined;
  if (hasTitle(link)) return inCard ?? link;
  if (!inCard) return undefined;
  // One walk of the card: the box two up from the link, or one up when that is a paragraph or the page.
  const up = inCard.parentNode as Element | null;
  const box = up && up.nodeType === ELEMENT && !STOPS.has(up.localName) ? up : inCard;
  const found = titleLinkIn(box, href, link);
  if (found === true) return box;
  // A box with more than the limit before the title (a sidebar column of several cards): the link's own box.
  return found === undefined && box !== inCard && titleLinkIn(inCard, href, link) === true ? inCard : undefined;
}
/** Boxes a card never reaches past. */
const STOPS = new Set(['p', 'article', 'main', 'body', 'html']);

/** Another link in `box` to `href` with a title's worth of text: true, false, or undefined when the limit came first. */
function titleLinkIn(box: Element, href: string, except: Element): boolean | undefined {
  const end = (box as N)[END];
  let seen = 0;
  for (let n: N = (box as N)[NEXT]; n && n !== end; n = n[NEXT], seen++) {
    if (seen >= MAX_CARD_NODES) return undefined;
    if (n.nodeType !== ELEMENT || n === except || n.localName !== 'a') continue;
    if (attr(n, 'href')?.trim() === href && hasTitle(n)) return true;
  }
  return false;
}
