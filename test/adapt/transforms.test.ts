/**
 * Adapter transforms run in order, each on the tree the previous ones left: an element one
 * transform renamed (a new element) must be found by the next transform's selector.
 */
import { describe, expect, it } from 'vitest';
import { defineAdapter } from '../../src/adapt/define-adapter.js';
import { createExtractor } from '../../src/index.js';
import { EXAMPLE_SITE } from './example-site.js';

const site = defineAdapter({
  ...EXAMPLE_SITE,
  transforms: {
    // A "lead" div is a heading on this site's template…
    'div.lead': 'h3',
    // …and every h3 in the body is really a paragraph (the selector sees the renamed one too).
    h3: 'p',
  },
});

const html = `<!DOCTYPE html><html lang="ar"><body><h1>عنوان الخبر هنا</h1>
<div id="story"><div class="text">
<div class="lead">قال المتحدث إن الاجتماع ناقش الملفات المطروحة كافة.</div>
<h3>وأضاف أن الحكومة ستعلن القرارات خلال الأسبوع المقبل.</h3>
<p>وختم بأن التعاون بين الجهات هو الطريق الوحيد.</p>
</div></div></body></html>`;

describe('adapter transforms', () => {
  it('each transform sees the elements earlier transforms produced', () => {
    const a = createExtractor({ adapters: [site] }).extract(html, { url: 'https://example.test/news/1' });
    expect(a.adapter).toBe('example.test');
    expect(a.body.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(a.body[0]).toMatchObject({ type: 'paragraph', text: 'قال المتحدث إن الاجتماع ناقش الملفات المطروحة كافة.' });
  });
});
