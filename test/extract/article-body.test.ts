import { describe, expect, it } from 'vitest';
import { metadataBodyParagraphs } from '../../src/extract/metadata/article-body.js';
import { extract } from '../../src/index.js';

const P1 = 'افتتحت البلدية صباح اليوم مكتبة عامة جديدة في وسط المدينة تضم أكثر من خمسين ألف كتاب في مختلف مجالات المعرفة.';
const P2 = 'وقال رئيس البلدية خلال حفل الافتتاح إن المشروع استغرق ثلاث سنوات من العمل المتواصل.';
const P3 = 'وأضاف أن المكتبة تضم أيضا قسما رقميا يتيح للزوار تصفح آلاف الكتب الإلكترونية مجانا.';
const HEADLINE = 'افتتاح مكتبة عامة جديدة في وسط المدينة';

describe('metadataBodyParagraphs', () => {
  it('splits the text where it breaks a line', () => {
    expect(metadataBodyParagraphs({ articleBody: `\n\n${P1}\n\n${P2}\n${P3}\n` })).toEqual([P1, P2, P3]);
  });
  it('splits pasted markup where its blocks end and drops the tags and entities', () => {
    expect(metadataBodyParagraphs({ articleBody: `<p>${P1}</p><p><strong>${P2}</strong><br/>${P3}&nbsp;</p>` })).toEqual([P1, P2, P3]);
  });
  it('reads markup escaped once', () => {
    expect(metadataBodyParagraphs({ articleBody: `&lt;p&gt;${P1}&lt;/p&gt;&lt;p&gt;${P2}&lt;/p&gt;` })).toEqual([P1, P2]);
  });
  it('leaves out the headline, a paragraph repeated right after itself and lines of marks only', () => {
    expect(metadataBodyParagraphs({ articleBody: `${HEADLINE}\n${P1}\n${P1}\n* * *\n${P2}` }, HEADLINE)).toEqual([P1, P2]);
  });
  it('gives nothing without an article object or a text', () => {
    expect(metadataBodyParagraphs(undefined)).toEqual([]);
    expect(metadataBodyParagraphs({ headline: HEADLINE })).toEqual([]);
    expect(metadataBodyParagraphs({ articleBody: '  \n ' })).toEqual([]);
    expect(metadataBodyParagraphs({ articleBody: { '@type': 'Thing' } })).toEqual([]);
  });
});

/** A page rendered by its scripts: the HTML holds the metadata and an empty app shell. */
function shellPage(ld: Record<string, unknown>, main = ''): string {
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${HEADLINE} | صحيفة المثال</title>
<meta property="og:title" content="${HEADLINE}">
<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: HEADLINE, datePublished: '2024-05-02T10:15:00+03:00', ...ld })}</script>
</head><body><div id="__next"><header><nav><a href="/">الرئيسية</a><a href="/sport">رياضة</a></nav></header><main>${main}</main><footer>جميع الحقوق محفوظة 2024</footer></div></body></html>`;
}
const OPTS = { url: 'https://example.sa/news/1', now: new Date('2024-06-01T00:00:00Z') };

describe('a page that shows no story text', () => {
  it('takes the body, and the metadata author, from the JSON-LD, and says so', () => {
    const a = extract(shellPage({ articleBody: `${P1}\n${P2}`, author: { '@type': 'Person', name: 'سارة العلي' } }), OPTS);
    expect(a.body).toEqual([{ type: 'paragraph', text: P1 }, { type: 'paragraph', text: P2 }]);
    expect(a.authors).toEqual(['سارة العلي']);
    expect(a.diagnostics.warnings.map((w) => w.code)).toContain('body.from-metadata');
    expect(a.diagnostics.warnings.map((w) => w.code)).not.toContain('body.empty');
  });
  it('stays empty, and says so, when the metadata has no text either', () => {
    const a = extract(shellPage({}), OPTS);
    expect(a.body).toEqual([]);
    expect(a.diagnostics.warnings.map((w) => w.code)).toContain('body.empty');
  });
  it('never replaces text the page shows, however much longer the metadata copy', () => {
    const shown = `<article><h1>${HEADLINE}</h1><p>${P1}</p><p>${P2}</p></article>`;
    const a = extract(shellPage({ articleBody: `${P1}\n${P2}\n${P3}\n${P3} ${P3} ${P3}`, author: { '@type': 'Person', name: 'سارة العلي' } }, shown), OPTS);
    expect(a.body.map((b) => (b.type === 'paragraph' ? b.text : b.type))).toEqual([P1, P2]);
    // The page shows the story but not the name: a metadata name no reader sees is no byline.
    expect(a.authors).toEqual([]);
    expect(a.diagnostics.warnings.map((w) => w.code)).not.toContain('body.from-metadata');
  });
});
