/**
 * اليوم السابع (youm7.com): the same article template from 2020 to 2024 (`#divcont`,
 * `.articleHeader`, `#articleBody`); the 2024 pages add `selectionShareable` classes,
 * in-body `span.uplCaption` captions and ad/Taboola injections inside the body.
 * `article:published_time` is the local time wrongly marked `Z`: the visible
 * `span.newsStoryDate` is used instead. See docs/sites/youm7.com.md.
 */
import { defineAdapter } from '../adapt/define-adapter.js';
import type { AdapterContext } from '../adapt/types.js';
import type { ArticleImage } from '../article.js';

const HEADER = '#divcont .articleHeader';
/** A `h2.coloredquoute` longer than this is a paragraph styled as a quote, not a subheading. */
const LEAD_AS_HEADING = 140;

/** The lead image with its `span.img-cap` caption (its alt/title repeat the headline: never a caption). */
function leadImage(ctx: AdapterContext): ArticleImage | undefined {
  const img = ctx.$(['#divcont > article > div.img-cont > img', '#divcont div.img-cont > img']);
  const picture = ctx.image(img);
  if (!img || !picture) return undefined;
  const box = img.parentElement;
  const caption = ctx.text(ctx.$$('span.img-cap', box).find((el) => el.parentElement === box));
  return caption ? { ...picture, caption } : picture;
}

export default defineAdapter({
  id: 'youm7.com',
  name: 'اليوم السابع',
  domains: ['youm7.com'],
  timeZone: 'Africa/Cairo',
  match: (_doc, $) => !!$('#divcont #articleBody') && !!$('.articleHeader span.newsStoryDate'),
  headline: `${HEADER} h1`,
  subheadline: `${HEADER} h3.subTitle`,
  authors: '#divcont .articleCont span.writeBy',
  published: `${HEADER} span.newsStoryDate`,
  // article:modified_time is local wall-clock time marked `Z`, and equals published_time
  // unless the story was really updated: read it as Cairo time, and only when it differs.
  updated: (ctx) => {
    const meta = (p: string): string | undefined => ctx.$(`meta[property="${p}"]`)?.getAttribute('content')?.trim() || undefined;
    const modified = meta('article:modified_time') ?? meta('og:updated_time');
    const published = meta('article:published_time');
    if (!modified || !published || modified === published) return undefined;
    const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2})?(?:\.\d+)?Z$/.exec(modified);
    return m ? ctx.parseDate(`${m[1]} ${m[2]}`) : undefined;
  },
  section: (ctx) => ctx.text(ctx.$(`${HEADER} .breadcumb a:last-of-type`)) || ctx.$('meta[property="article:section"]')?.getAttribute('content'),
  tags: '#divcont div.tags h3 a',
  leadImage: leadImage,
  body: '#articleBody',
  remove: [
    // 2024 ad injections inside the body (the aries block carries a <style> and scripts).
    '.aries_div',
    '[id^=vidverto]',
    '[id^=adSlot_]',
    '.pubcode',
    '#banner_list',
    '[id^=div-gpt-ad]',
    '[id^=taboola-]',
    '.trc_related_container',
    '#videoad',
  ],
  transforms: {
    // The 2024 in-body caption is an inline span after the image: make it a caption block
    // so it pairs with its image instead of reading as a paragraph.
    'div.imgcontainer > span.uplCaption': 'figcaption',
    // h2.coloredquoute is an in-body subheading, or (2024) the styled lead paragraph itself.
    'h2.coloredquoute': (el, ctx) => (ctx.text(el).length > LEAD_AS_HEADING ? 'p' : undefined),
  },
});
