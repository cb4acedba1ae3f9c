/**
 * بوابة الشروق (shorouknews.com): one ASP.NET WebForms template (`div.rightArea` →
 * `div.innerNews`). No JSON-LD and no article metas: the dates come from the visible
 * line `نشر فى : … | آخر تحديث : …` under the lead image. See docs/sites/shorouknews.com.md.
 */
import { defineAdapter } from '../adapt/define-adapter.js';
import type { AdapterContext } from '../adapt/types.js';
import type { ArticleImage } from '../article.js';

const ARTICLE = 'div.innerNews';
const DATE_LINE = `${ARTICLE} > div.date > span`;

/** A caption-like span after an image inside a body paragraph (`<p><img/><br/><span>…</span></p>`). */
const MAX_INLINE_CAPTION = 220;

/** The lead image with the caption shown under it (the caption span may be empty or repeated). */
function leadImage(ctx: AdapterContext): ArticleImage | undefined {
  const img = ctx.$(['#Body_Body_imageMain', `${ARTICLE} > div.image > img`]);
  const picture = ctx.image(img);
  if (!img || !picture) return undefined;
  const holder = img.parentElement;
  const caption = holder ? Array.from(holder.children).filter((c) => c.localName === 'span').map((c) => ctx.text(c)).find(Boolean) : undefined;
  return caption ? { ...picture, caption } : picture;
}

export default defineAdapter({
  id: 'shorouknews.com',
  name: 'بوابة الشروق',
  domains: ['shorouknews.com'],
  timeZone: 'Africa/Cairo',
  match: (doc, $) => !!$('div.innerNews div.eventContent') && /بوابة الشروق/.test(doc.title),
  headline: [`${ARTICLE} div.topDetails > h1`, `${ARTICLE} h1`],
  subheadline: `${ARTICLE} div.topDetails > h2`,
  // The byline is the second <strong> (the first, .newsAuthor, is always empty); it may end with ':'.
  authors: `${ARTICLE} > div.date > strong:not(.newsAuthor)`,
  published: { selector: DATE_LINE, pattern: /نشر\s*(?:فى|في)\s*:?\s*(.+?)\s*(?:\||$)/ },
  updated: { selector: DATE_LINE, pattern: /آخر\s*تحديث\s*:?\s*(.+?)\s*$/ },
  // The selected crumb is the sub-section, or the catch-all "جميع الأخبار" of its section.
  section: (ctx) => {
    const crumbs = ctx.$$('div.rightArea div.breadCrumb li a').map((a) => ctx.text(a)).filter((t) => t && t !== 'الرئيسية');
    return crumbs.filter((t) => !/^جميع الأخبار$/.test(t)).pop();
  },
  tags: '#Body_Body_DivTags li a',
  leadImage: leadImage,
  body: `${ARTICLE} > div.eventContent`,
  remove: [
    '[id^=div-gpt-ad]',
    '.sharing',
    '.relatedWords',
    '.innerRelatedNews',
    '.smsShorouk',
    '.secRelated',
  ],
  transforms: {
    // An editor-inserted image caption: a short span right after an <img> in the same paragraph.
    'p img ~ span': (el, ctx) => (ctx.text(el).length <= MAX_INLINE_CAPTION && !el.querySelector('img') ? 'figcaption' : undefined),
  },
});
