/**
 * `ctx.image(el)` reads a picture for a function field as a `leadImage` selector would: the shown source
 * (a lazy-loading attribute over the placeholder), resolved against the page, with its alt text.
 */
import { describe, expect, it } from 'vitest';
import { defineAdapter } from '../../src/adapt/define-adapter.js';
import { createExtractor } from '../../src/index.js';
import { EXAMPLE_SITE } from './example-site.js';

const site = defineAdapter({
  ...EXAMPLE_SITE,
  // A function field: the picture, and the caption in the span beside it.
  leadImage: (ctx) => {
    const img = ctx.$('#story .photo > img');
    const picture = ctx.image(img);
    const caption = ctx.text(ctx.$('#story .photo > span.cap'));
    return picture && caption ? { ...picture, caption } : picture;
  },
});

const page = (photo: string): string => `<!DOCTYPE html><html lang="ar"><body><h1>عنوان الخبر هنا</h1>
<div id="story">${photo}<div class="text">
<p>قال المتحدث إن الاجتماع ناقش الملفات المطروحة كافة في جلسة طويلة امتدت حتى المساء.</p>
<p>وأضاف أن الحكومة ستعلن القرارات خلال الأسبوع المقبل بعد التشاور مع الجهات المعنية.</p>
</div></div></body></html>`;

describe('ctx.image in an adapter function', () => {
  it('gives the shown source, resolved, with the alt text; the function adds the caption', () => {
    const html = page('<div class="photo"><img src="/images/blank.gif" data-src="/uploads/2020/05/harbour.jpg" alt="سفن في الميناء"><span class="cap">سفن تنتظر التفريغ في الميناء</span></div>');
    const a = createExtractor({ adapters: [site] }).extract(html, { url: 'https://example.test/news/1' });
    expect(a.leadImage).toEqual({ url: 'https://example.test/uploads/2020/05/harbour.jpg', alt: 'سفن في الميناء', caption: 'سفن تنتظر التفريغ في الميناء' });
  });

  it('gives undefined for no element, and no alt for a file name written as one', () => {
    const none = createExtractor({ adapters: [site] }).extract(page(''), { url: 'https://example.test/news/1' });
    expect(none.leadImage).toBeUndefined();
    const named = createExtractor({ adapters: [site] }).extract(page('<div class="photo"><img src="/uploads/p.jpg" alt="IMG_2041.JPG"></div>'), { url: 'https://example.test/news/1' });
    expect(named.leadImage).toEqual({ url: 'https://example.test/uploads/p.jpg' });
  });
});
