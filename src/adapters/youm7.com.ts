/**
 * اليوم السابع (youm7.com): the same article template from 2020 to 2024 (`#divcont`,
 * `.articleHeader`, `#articleBody`); the 2024 pages add `selectionShareable` classes,
 * in-body `span.uplCaption` captions and ad/Taboola injections inside the body.
 * `article:published_time` is the local time wrongly marked `Z`: the visible
 * `span.newsStoryDate` is used instead. See docs/sites/youm7.com.md.
 */
import { defineAdapter } from '../adapt/define-adapter.js';
import type { AdapterContext } from '../adapt/types.js';
import { imageSource } from '../extract/content/image-source.js';

const HEADER = '#divcont .articleHeader';

/** The lead image with its `span.img-cap` caption (its alt/title repeat the headline: never a caption). */
function leadImage(ctx: AdapterContext): { url: string; caption?: string } | undefined {
  const img = ctx.$(['#divcont > article > div.img-cont > img', '#divcont div.img-cont > img']);
  const src = img && imageSource(img);
  if (!img || !src) return undefined;
  const caption = ctx.text(img.parentElement?.querySelector(':scope > span.img-cap'));
  return caption ? { url: src, caption } : { url: src };
}

export default defineAdapter({
  id: 'youm7.com',
  name: 'اليوم السابع',
  domains: ['youm7.com'],
  timeZone: 'Africa/Cairo',
  match: (doc) => !!doc.querySelector('#divcont #articleBody') && !!doc.querySelector('.articleHeader span.newsStoryDate'),
  headline: [`${HEADER} h1`, 'meta[property="og:title"]'],
  subheadline: `${HEADER} h3.subTitle`,
  authors: '#divcont .articleCont span.writeBy',
  published: `${HEADER} span.newsStoryDate`,
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
    'blockquote.instagram-media',
    'blockquote.twitter-tweet',
  ],
  transforms: {
    // The 2024 in-body caption is an inline span after the image: make it a caption block
    // so it pairs with its image instead of reading as a paragraph.
    'div.imgcontainer > span.uplCaption': 'figcaption',
  },
});
