/**
 * The real source of an image: lazy-load attributes first (the `src` of a lazy image is
 * a placeholder), then `srcset`'s largest candidate, then `src`. Tracking pixels and
 * icons are recognised so they never become article images.
 */
import { AD_SLOT, BYLINE_CLASS, MARK_ALTS } from '../../lexicon/structure.js';
import { ATTRIBUTE, attr, classAndId, ELEMENT, hiddenByOwnStyle, INVISIBLE, showsAtLeast, TEXT, textData } from '../../parse/dom.js';
import { END, NEXT } from '../../parse/linkedom-tree-adapter.js';
import { isBlank, normaliseText } from '../../normalise/text.js';

type N = any;

/** Larger copies first (`data-original-large` beside a `-330x186` thumbnail in `src`), then lazy loaders' sources. */
const LAZY_ATTRS = ['data-original-large', 'data-large-src', 'data-zoom-image', 'data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-srcset', 'data-url', 'data-img', 'data-image', 'data-full', 'data-echo', 'lazy-src', 'data-hi-res-src'];
const PLACEHOLDER = /\{\{|%7B%7B|\$\{|^data:|(^|\/)(?:(?:blank|spacer|pixel|transparent|placeholder|loading|lazy|grey|gray)[^/]*|no|no-?image|no_image|noblank|nophoto|default)\.(gif|png|svg|jpe?g|webp)(\?|$)/i;
/** Ad servers' view and click counters, and a site's folders of ads (`/ads/hdb-2-1.jpg`, `/banners/…`). */
const AD_PATH = /\/(?:adview|adserver|adclick)\b|\$7cview|\/(?:ads?|adv|adverts?|banners?)\//i;
/**
 * A picture of the site's theme, never of a story: under a CMS's themes folder (`/sites/all/themes/x/images/promo.jpg`,
 * `/wp-content/themes/…`), or right in a front end's image folder (`/assets/img/41.png`, a clock icon; uploads sit
 * deeper: `/assets/images/news/750x425/2020/…`).
 */
const THEME_PATH = /\/themes?\/|\/assets\/(?:img|images|icons?)\/[^/]+$/i;
/** Words of icon file names; tested on the file's base name only, never the whole path. */
const ICON = /(^|[_.-])(icons?|logo|avatar|sprites?|emoji|badge|button|btn|arrow|share|print|email|rss|facebook|twitter|whatsapp|instagram|youtube|telegram|pixel|tracker|1x1|spacer|ads?|banner)([_.-]|\d|$)/i;
/**
 * Links a button's picture leads to: script, an app store, a news aggregator's follow page, a share target
 * (`whatsapp://send?text=…`, `https://wa.me/?text=…`, Facebook's sharer, Twitter's intent, a mail to send).
 */
const BUTTON_LINK =
  /^\s*(?:javascript|whatsapp|tg|sms|mailto|viber|fb-messenger):|^(?:https?:)?\/\/(?:www\.)?(?:play\.google\.com|apps\.apple\.com|itunes\.apple\.com|news\.google\.com|appgallery\.huawei\.com|wa\.me|api\.whatsapp\.com\/send|web\.whatsapp\.com\/send|facebook\.com\/sharer|twitter\.com\/(?:intent|share)|t\.me\/share|telegram\.me\/share|linkedin\.com\/share|pinterest\.com\/pin\/create)/i;
/** A link that is a button: it leads to script, a store or a share target, or nowhere and runs script (`href="#" onclick="window.print()"`). */
function isButtonLink(link: Element): boolean {
  const href = attr(link, 'href')?.trim() ?? '';
  return BUTTON_LINK.test(href) || ((href === '' || href.startsWith('#')) && attr(link, 'onclick') !== undefined);
}

/** Photos have long or numeric names; an icon is a short word-like name. */
const MAX_ICON_NAME = 40;

function largestOfSrcset(srcset: string): string | undefined {
  let best: string | undefined;
  let bestW = -1;
  for (const part of srcset.split(/,\s+/)) {
    const [url, size] = part.trim().split(/\s+/);
    // A candidate that is only a query (`&quality=60&w=640`: the template lost its base URL) shows nothing.
    if (!url || NO_PATH.test(url)) continue;
    const w = size ? parseFloat(size) : 0;
    if (w > bestW) {
      best = url;
      bestW = w;
    }
  }
  return best;
}

const LAZY_RANK = new Map(LAZY_ATTRS.map((a, i) => [a, i]));
/** A URL with no path, only a query or its parameters. */
const NO_PATH = /^[&?]/;

/** The element's image attributes, in one pass over its attribute list. */
function imageAttrs(el: Element): { lazy: Array<[number, string, string]>; src?: string; srcset?: string } {
  const out: { lazy: Array<[number, string, string]>; src?: string; srcset?: string } = { lazy: [] };
  for (let n = (el as any)[NEXT]; n && n.nodeType === ATTRIBUTE; n = n[NEXT]) {
    const name: string = n.name;
    if (name === 'src') out.src = n.value;
    else if (name === 'srcset') out.srcset = n.value;
    else {
      const rank = LAZY_RANK.get(name);
      if (rank !== undefined) out.lazy.push([rank, name, n.value]);
    }
  }
  return out;
}

/** The file a URL names (`/uploads/Y_1a9c.JPG?x=1` → `Y_1a9c.JPG`). */
const fileOf = (url: string): string => {
  const path = url.split(/[?#]/, 1)[0]!;
  return path.slice(path.lastIndexOf('/') + 1);
};

/**
 * Is the URL a placeholder picture (`no-image.png`, `blank.gif`, `default.jpg`, a `data:` URI)?
 *
 * @example isPlaceholderImage('https://site/images/no-image.png') // true
 */
export function isPlaceholderImage(url: string): boolean {
  const u = url.trim();
  if (PLACEHOLDER.test(u)) return true;
  const name = fileOf(u);
  return PICTURE_FILE.test(name) && DEFAULT_PICTURE.test(name);
}

/**
 * A site's stand-in picture named for what it is: `default` glued into the name (`sitenewsdefaultpsd.jpg`,
 * `defaultimage.png`) or before what it stands in for (`default-thumb.jpg`, `default_share.png`). A word of its own
 * (`bond-default.jpg`) may be a story's subject.
 */
const DEFAULT_PICTURE = /[a-z]default|default(?:[a-z]|[-_](?:image|img|thumb|photo|pic|share|og|cover))/i;
const PICTURE_FILE = /\.(?:gif|png|svg|jpe?g|webp)$/i;

/**
 * A picturefill picture (`<span data-picture data-alt="…"><span data-src="small.jpg"></span><span data-src="large.jpg"
 * data-media="(min-width: 600px)"></span><noscript><img …></noscript></span>`): script fills it in, so no `<img>` is
 * there to read (and `<noscript>` is text to a parser that runs no script).
 *
 * @example isPictureFill(span) // true for <span data-picture>
 */
export const isPictureFill = (el: Element): boolean => attr(el, 'data-picture') !== undefined;

/** A picturefill picture's source: its last `data-src` (sources are listed for wider screens as they go). */
function pictureFillSource(el: Element): string | undefined {
  let src: string | undefined;
  for (let n = (el as N).firstElementChild; n; n = n.nextElementSibling) {
    const v = attr(n, 'data-src')?.trim();
    if (v && !isPlaceholderImage(v)) src = v;
  }
  return src;
}

/** `background(-image): … url(….jpg)` in a style attribute: the file. */
const BACKGROUND_PICTURE = /background(?:-image)?\s*:[^;]*?url\(\s*['"]?([^'")\s]+\.(?:jpe?g|png|webp|gif|avif))(?:[?#][^'")\s]*)?['"]?\s*\)/i;

const MAX_SLIDE_STYLE = 1000;

/**
 * The picture file a box's own style shows as its background. The block walk asks only inside a link that opens a
 * picture file — a lightbox gallery's slide drawn with CSS (`<a class="fancybox" href="….jpg"><div style="background-image:
 * url(….jpg)">`), a picture of the story as much as an `img` would be; a background elsewhere is decoration.
 *
 * @example backgroundPicture(div) // 'https://example.com/uploads/101.jpg'
 */
export function backgroundPicture(el: Element): string | undefined {
  const style = attr(el, 'style');
  // A slide's style is a line; a longer one is read no further (the pattern backtracks at each `background`).
  if (!style || style.length > MAX_SLIDE_STYLE || !style.includes('url(')) return undefined;
  const m = BACKGROUND_PICTURE.exec(style);
  return m && !isPlaceholderImage(m[1]!) ? m[1] : undefined;
}

/** The URL an `img` (or lazy `div`/`source`, or picturefill `span`) shows, before absolutising; undefined for none/placeholder. */
export function imageSource(el: Element): string | undefined {
  if ((el as N).localName === 'span' && isPictureFill(el)) return pictureFillSource(el);
  const a = imageAttrs(el);
  for (const [, name, value] of a.lazy.sort((x, y) => x[0] - y[0])) {
    const v = value.trim();
    if (!v || isPlaceholderImage(v)) continue;
    const url = name.endsWith('srcset') ? largestOfSrcset(v) : NO_PATH.test(v) ? undefined : v;
    if (url && !isPlaceholderImage(url)) return url;
  }
  const srcset = a.srcset?.trim();
  const src = a.src?.trim();
  if (src && !isPlaceholderImage(src) && !NO_PATH.test(src)) return src;
  // The srcset of a stand-in lists the stand-in's own sizes.
  const largest = srcset ? largestOfSrcset(srcset) : undefined;
  if (largest && !isPlaceholderImage(largest)) return largest;
  return undefined;
}

/**
 * A picture's alt text as a reader would want it: normalised, and none when it is only a label waiting for its value
 * (`alt="الصورة: "`, a template that left the description out).
 *
 * @example altText('الصورة: ') // undefined
 * @example altText(' محطة القطار الجديدة ') // 'محطة القطار الجديدة'
 */
export function altText(raw: string | undefined): string | undefined {
  const t = normaliseText(raw ?? '');
  return t && !BARE_LABEL.test(t) && !FILE_LIKE_ALT.test(t) ? t : undefined;
}
/** One or two words and a colon, nothing after. */
const BARE_LABEL = /^[^\s:：]+(?:\s[^\s:：]+)?\s*[:：]$/;
/** A name an editor never wrote: a CMS's file or slot name (`image0`, `IMG_2041`, `DSC00123.JPG`, `photo-3.jpg`). */
const FILE_LIKE_ALT = /^(?:(?:image|img|photo|pic|dsc|dscn)[-_]?\d+(?:\.(?:jpe?g|png|gif|webp))?|[\w-]+\.(?:jpe?g|png|gif|webp))$/i;

/** A tracking pixel, icon, logo or other decoration rather than an article image. */
/**
 * A linked picture whose alt is the site's Latin name, served from the site's own host
 * (`<a href="/1270-more"><img alt="arabstoday" src="https://www.arabstoday.net/stat/…">`): a brand
 * button or arrow, not a picture of the story.
 */
function isBrandMark(alt: string | undefined, src: string): boolean {
  const a = alt?.trim().toLowerCase();
  if (!a || !/^[a-z][a-z0-9-]{2,}$/.test(a)) return false;
  const host = /^(?:https?:)?\/\/([^/?#]+)/i.exec(src.trim())?.[1]?.toLowerCase();
  return host !== undefined && host.split('.').includes(a);
}

/** How much wider than high a picture must be to be a banner strip. */
const BANNER_RATIO = 5;

/** Does the link around a picture open that picture's own file (`<a href="/u/x.jpg"><img src="/u/x.jpg">`, or a larger copy of it)? */
function opensItself(link: Element, src: string): boolean {
  const file = fileOf(attr(link, 'href') ?? '').toLowerCase();
  return file !== '' && file === fileOf(src).toLowerCase();
}

/**
 * A size attribute in pixels, as browsers read it: `20`, `20px` (a unit HTML never had, yet pages write it and browsers
 * take the number), not a percentage; else 0.
 */
function pixels(value: string | undefined): number {
  // Trimmed first: `\s*` on both sides of an optional `px` would retry a long run of spaces at every split.
  const m = value === undefined ? null : PIXELS.exec(value.trim());
  return m ? Number(m[1]) : 0;
}
const PIXELS = /^(\d+(?:\.\d+)?)\s*(?:px)?$/i;

/** A size in pixels the element's own style sets (`style="width: 336px; height: 40px"`), else 0. */
function styledSize(el: Element, dimension: 'width' | 'height'): number {
  const style = attr(el, 'style');
  if (!style || !style.includes(dimension)) return 0;
  const m = (dimension === 'width' ? STYLE_WIDTH : STYLE_HEIGHT).exec(style);
  return m ? Number(m[1]) : 0;
}
const STYLE_WIDTH = /(?:^|[;\s])width\s*:\s*(\d+(?:\.\d+)?)px/i;
const STYLE_HEIGHT = /(?:^|[;\s])height\s*:\s*(\d+(?:\.\d+)?)px/i;

/**
 * A writer's portrait: served from a writers' folder (`/Userfiles/Writers/77.jpg`), or set in the byline box
 * (`<div class="post-writer"><div class="img-cont"><img …>`) — the columnist's face, not the story's picture.
 */
function isPortrait(el: Element, src: string): boolean {
  if (PORTRAIT_FOLDER.test(src)) return true;
  let n = el.parentNode as Element | null;
  for (let up = 0; up < 3 && n && n.nodeType === 1; up++, n = n.parentNode as Element | null) {
    const words = `${attr(n, 'class') ?? ''} ${attr(n, 'id') ?? ''}`;
    // A box that shows prose is the story's, whatever its class says (a print edition's `writers-blk-bttm-left`).
    if (words.length > 1 && BYLINE_CLASS.test(words)) return !showsAtLeast(n, MAX_BYLINE_BOX_TEXT, 2 * MAX_BYLINE_BOX_TEXT);
  }
  return false;
}
/** A byline box shows a name, a role, a date: fewer characters than this. */
const MAX_BYLINE_BOX_TEXT = 200;
/**
 * A picture with no alt in a box that holds ad slots and no text (`<div class="custom"><div id="Ad.Plus-728x90-1">
 * </div><p><img alt=""></p><ins class="adsbygoogle"></ins></div>`): the box's own creative or spacer, not the
 * story's. Read up to three boxes up; a box that shows text is the story's, and stops the climb.
 */
function inAdBox(el: Element): boolean {
  let box = el.parentNode as Element | null;
  // Each box holds the one below, already read: its steps are counted, not walked again.
  let inner: Element | undefined;
  let innerSteps = 0;
  for (let up = 0; up < AD_BOX_DEPTH && box && box.nodeType === ELEMENT && box.localName !== 'body'; up++, box = box.parentNode as Element | null) {
    const found = adSlotIn(box, inner, innerSteps);
    if (found === AD_SLOT_FOUND) return true;
    if (found === NO_AD_BOX) return false;
    inner = box;
    innerSteps = found;
  }
  return false;
}
const AD_BOX_DEPTH = 3;
/** Nodes read in one box: a box larger than this is a layout box, not an ad's. */
const AD_BOX_NODES = 80;
/** `adSlotIn`'s answers besides a step count: the box holds an ad slot; it shows text or is too large for an ad box. */
const AD_SLOT_FOUND = -1;
const NO_AD_BOX = -2;

/**
 * Whether a box holds an ad slot (`AD_SLOT_FOUND`), shows text or is too large to be an ad box (`NO_AD_BOX`), or
 * neither: then the nodes read, for the box above. `inner`, a box inside already read with no slot and no text,
 * counts as its `innerSteps` (and its end) without being walked again.
 */
function adSlotIn(box: Element, inner: Element | undefined, innerSteps: number): number {
  const end = (box as N)[END];
  let slot = false;
  let budget = AD_BOX_NODES;
  for (let n = (box as N)[NEXT]; n && n !== end; n = n[NEXT]) {
    if (--budget < 0) return NO_AD_BOX;
    if (n.nodeType === TEXT) {
      if (!isBlank(textData(n))) return NO_AD_BOX;
    } else if (n.nodeType === ELEMENT) {
      if (!slot && AD_SLOT.test(classAndId(n))) slot = true;
      if (INVISIBLE.has(n.localName)) n = n[END];
      else if (n === inner) {
        budget -= innerSteps + 1; // its nodes and its end marker
        if (budget < 0) return NO_AD_BOX;
        n = n[END];
      }
    }
  }
  return slot ? AD_SLOT_FOUND : AD_BOX_NODES - budget;
}

const PORTRAIT_FOLDER = /\/(?:writers?|authors?|columnists?|kottab|kuttab)\//i;

/** Is the URL a file in a writers' folder (`/Userfiles/Writers/77.jpg`): a columnist's portrait? */
export const isPortraitPath = (url: string): boolean => PORTRAIT_FOLDER.test(url);

export function isDecorativeImage(el: Element, src: string): boolean {
  // Hidden by its own style: an ad server's view pixel (`<img src="/adview/…" style="display:none">`).
  if (AD_PATH.test(src) || hiddenByOwnStyle(el)) return true;
  if (THEME_PATH.test(src.split(/[?#]/, 1)[0]!)) return true;
  // The picture of a button: a link that runs script (`<a href="javascript:;" onclick="window.print()">`),
  // or a badge to an app store or to the site's page on a news aggregator.
  const link = el.parentNode as Element | null;
  const rawAlt = attr(el, 'alt');
  if (link?.localName === 'a' && (isButtonLink(link) || isBrandMark(rawAlt, src))) return true;
  // Its alt says it is a mark (`المصدر`, `شعار`, `logo`): a source agency's logo beside the story, not its picture.
  const alt = rawAlt?.trim().toLowerCase();
  if (alt && MARK_ALTS.has(alt)) return true;
  const w = pixels(attr(el, 'width')) || styledSize(el, 'width');
  const h = pixels(attr(el, 'height')) || styledSize(el, 'height');
  if ((w > 0 && w < 80) || (h > 0 && h < 60)) return true;
  // A strip five times wider than high is a banner (728×90, 731×88), never a news photograph — unless it opens
  // itself full-size (a screenshot of a quoted post): a banner links to its advertiser.
  if (w > 0 && h > 0 && w >= BANNER_RATIO * h && !(link?.localName === 'a' && opensItself(link, src))) return true;
  // The tests that climb or walk the tree come after those of the picture's own attributes.
  if (isPortrait(el, src)) return true;
  if (!alt && inAdBox(el)) return true;
  if (w >= 200) return false;
  const base = fileOf(src);
  // camelCase names part their words too (`arrowBread.png`, a breadcrumb's separator).
  return /\.svg$/i.test(base) || (base.length <= MAX_ICON_NAME && ICON.test(base.replace(/([a-z])(?=[A-Z])/g, '$1-')));
}
