/**
 * مصراوي (masrawy.com) — ASP.NET MVC template (2020) with three layouts under
 * `article#articleId-{id}`: normal story (`div.ArticleDetails`), video (`templateId=9`: the body is
 * `div.details.body` with `style="display:none"`, shown by JS), and arts/zoom galleries
 * (`ul#lightgallery`, captions only in `li[data-sub-html]`). See docs/sites/masrawy.com.md.
 *
 * - No byline element: the first body paragraph is `كتب- {name}:`, `كتبت- {name}:`, an agency
 *   dateline `{city} - ({agency}):` or `وكالات:` — read as the author and blanked from the body.
 *   Some stories put it on the lead's first line instead (`<p>كتب {name}:<br />…lead…</p>`): only
 *   that line is read and dropped.
 * - The date is two spans, time first: `{hh}:{mm} {ص/م}` + `{weekday} {DD} {month} {YYYY}`.
 * - Only the first article counts (the site appends more by infinite scroll).
 */
import { defineAdapter } from '../adapt/define-adapter.js';
import type { AdapterContext } from '../adapt/types.js';

const ARTICLE = 'article[id^="articleId-"]';

/** `كتب- فلان:` / `كتبت - فلان وفلان:` / `كتب : فلان` (co-authors stay one string, as the site writes them). */
const BYLINE = /^(?:كتبت|كتبها|كتبه|كتب)\s*[-–—:]?\s*(.{2,80}?)\s*:?$/;
/** `طهران - (د ب أ):`, `القاهرة- (أ ش أ):` — an agency dateline. */
const DATELINE = /^[^()\-–—:]{2,30}?\s*[-–—]\s*\(([^()]{2,30})\)\s*:?$/;
/** `وكالات:` / `(وكالات):` alone. */
const AGENCY = /^\(?(وكالات|أ\s?ش\s?أ|د\s?ب\s?أ|رويترز|أ\s?ف\s?ب)\)?\s*:$/;

function firstArticle(ctx: AdapterContext): Element | null {
  return ctx.$(ARTICLE);
}

function bodyOf(ctx: AdapterContext): Element | null {
  return ctx.$('div.ArticleDetails, div.details', firstArticle(ctx));
}

/** Body containers: the arts/zoom gallery (its photos are the article's images) and the text. */
function containersOf(ctx: AdapterContext): Element[] {
  const gallery = ctx.$('ul#lightgallery', firstArticle(ctx));
  const body = bodyOf(ctx);
  return [gallery, body].filter((el): el is Element => !!el);
}

/** The author a byline/dateline paragraph names, or undefined when it is not one. */
function creditOf(text: string): string | undefined {
  if (text.length > 90) return undefined;
  const m = BYLINE.exec(text) ?? DATELINE.exec(text) ?? AGENCY.exec(text);
  return m?.[1]?.trim();
}

/** The nodes of a paragraph before its first `<br>` (the line a `كتب فلان:<br />…` byline sits on). */
function firstLineNodes(p: Element): ChildNode[] | undefined {
  const nodes = Array.from(p.childNodes);
  const br = nodes.findIndex((n) => n.nodeType === 1 && (n as Element).localName === 'br');
  return br > 0 ? nodes.slice(0, br + 1) : undefined;
}

/**
 * The credit a body paragraph opens with: the whole paragraph (`<p>كتب- فلان:</p>`), or its first
 * line when the byline shares the paragraph with the lead (`<p>كتب فلان:<br />…lead…</p>`).
 */
function paragraphCredit(p: Element, ctx: AdapterContext): { credit: string; lineOnly: boolean } | undefined {
  const whole = creditOf(ctx.text(p));
  if (whole !== undefined) return { credit: whole, lineOnly: false };
  const nodes = firstLineNodes(p);
  if (!nodes) return undefined;
  const holder = ctx.doc.createElement('span');
  for (const n of nodes) holder.appendChild(n.cloneNode(true));
  const line = ctx.text(holder);
  // On a shared line the byline always ends with its colon (`كتب فلان:`); without it, it is prose.
  const credit = /:\s*$/.test(line) ? creditOf(line) : undefined;
  return credit !== undefined ? { credit, lineOnly: true } : undefined;
}

/** The first paragraph of the body that has text (video pages open with an empty `<p>` and an iframe `<p>`). */
function firstTextParagraph(container: Element, ctx: AdapterContext): Element | undefined {
  return ctx.$$('p', container).find((p) => ctx.text(p) !== '');
}

/** Elements looked back over from a paragraph for an earlier one with text (a credit line opens its box). */
const MAX_LOOK_BACK = 200;

/** The element before `el` in document order, inside `box` (never `box` itself). */
function elementBefore(el: Element, box: Element): Element | null {
  let prev = el.previousElementSibling;
  if (!prev) return el.parentElement === box ? null : el.parentElement;
  while (prev.lastElementChild) prev = prev.lastElementChild;
  return prev;
}

/**
 * Does `p` open its box — the first paragraph there with text? Asked of every paragraph, so it looks back from `p`
 * to the paragraph before it, not through all of the box's paragraphs each time (that was quadratic in their number).
 */
function opensItsBox(p: Element, ctx: AdapterContext): boolean {
  const box = p.parentElement;
  if (!box || ctx.text(p) === '') return false;
  let steps = 0;
  for (let el = elementBefore(p, box); el; el = elementBefore(el, box)) {
    if (++steps > MAX_LOOK_BACK) return false;
    if (el.localName === 'p' && ctx.text(el) !== '') return false;
  }
  return true;
}

function galleryCaptions(ctx: AdapterContext): string[] {
  return ctx
    .$$('#lightgallery li[data-sub-html]', firstArticle(ctx)).map((li) => htmlText(li.getAttribute('data-sub-html') ?? '', ctx)).filter(Boolean);
}

/** Text of an HTML fragment held in an attribute. */
function htmlText(html: string, ctx: AdapterContext): string {
  const holder = ctx.doc.createElement('div');
  holder.innerHTML = html;
  return ctx.text(holder);
}

export default defineAdapter({
  id: 'masrawy.com',
  name: 'مصراوي',
  domains: ['masrawy.com'],
  timeZone: 'Africa/Cairo',
  headline: `${ARTICLE} .articleHeader h1`,
  authors: (ctx) => {
    const body = bodyOf(ctx);
    const p = body && firstTextParagraph(body, ctx);
    const credit = p ? paragraphCredit(p, ctx)?.credit : undefined;
    return credit ? [credit] : null;
  },
  published: (ctx) => {
    const spans = ctx.$$('.articleHeader .time span', firstArticle(ctx));
    if (!spans.length) return null;
    // As shown, time first: `09:20 م الخميس 04 يونيو 2020`.
    return spans.map((s) => ctx.text(s)).join(' ');
  },
  section: { selector: `${ARTICLE} nav.breadcrumb li.active a`, attribute: 'title' },
  tags: `${ARTICLE} .keywordsDiv a`,
  leadImage: (ctx) => {
    const art = firstArticle(ctx);
    const src = ctx.$('#lightgallery li[data-src]', art)?.getAttribute('data-src');
    if (src && /\.(jpe?g|png|webp|gif)(\?|$)/i.test(src)) return src;
    // The story's photo as the generic extractor reads it (its alt text kept).
    return ctx.image(ctx.$('.imgDiv img', art)) ?? null;
  },
  captions: (ctx) => {
    const gallery = galleryCaptions(ctx);
    if (gallery.length) return gallery;
    const fig = ctx.$$('.imgDiv figcaption', firstArticle(ctx));
    return fig.length ? fig.map((f) => ctx.text(f)) : null;
  },
  body: (ctx) => containersOf(ctx),
  remove: ['.showGal', '.InGalleryAd', '.keywordsDiv', '.nextLink', '.coronaEntrypoint', '.speakol', '.relatedItems', '#InterScroller', '.billboardDiv', '.showcaseDiv'],
  transforms: {
    // A gallery item shows a thumbnail; its photo and caption live in `data-src` / `data-sub-html`.
    'li[data-sub-html]': (el, ctx) => {
      const src = el.getAttribute('data-src') || el.querySelector('img')?.getAttribute('src');
      const caption = htmlText(el.getAttribute('data-sub-html') ?? '', ctx);
      while (el.firstChild) el.firstChild.remove();
      if (!src) return;
      const img = ctx.doc.createElement('img');
      img.setAttribute('src', src);
      el.appendChild(img);
      if (caption) {
        const cap = ctx.doc.createElement('figcaption');
        cap.textContent = caption;
        el.appendChild(cap);
      }
      return 'figure';
    },
    // The byline / agency dateline paragraph: read by `authors`, not body text.
    p: (el, ctx) => {
      if (!opensItsBox(el, ctx)) return;
      const found = paragraphCredit(el, ctx);
      if (!found) return;
      if (!found.lineOnly) el.textContent = '';
      else for (const n of firstLineNodes(el) ?? []) n.remove();
    },
  },
});
