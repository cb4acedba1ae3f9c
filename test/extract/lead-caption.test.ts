import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';
import { leadPictureCaption } from '../../src/extract/lead-caption.js';
import { createExtractor } from '../../src/index.js';

const headline = 'مصر تسجل إصابات جديدة بفيروس كورونا اليوم';
const h1In = (html: string): Element => parseDocument(`<html><body>${html}</body></html>`).querySelector('h1')!;

describe('leadPictureCaption', () => {
  it('reads the title (or a sentence-long alt) of the picture in the headline\'s box', () => {
    const title = 'وزيرة الصحة ضمن الفريق الطبي الذي استقبل العائدين';
    expect(leadPictureCaption(h1In(`<div class="b-article__header"><img src="a.jpg" title="${title}" alt="${title}"><div class="b-article__header-title"><h1>${headline}</h1></div></div>`), headline)).toBe(title);
    expect(leadPictureCaption(h1In(`<div><img src="a.jpg" alt="${title}"><h1>${headline}</h1></div>`), headline)).toBe(title);
  });

  it('takes nothing from a picture whose alt is the headline or a word, or from a picture elsewhere', () => {
    expect(leadPictureCaption(h1In(`<div><img src="a.jpg" alt="${headline}"><h1>${headline}</h1></div>`), headline)).toBeUndefined();
    expect(leadPictureCaption(h1In(`<div><img src="a.jpg" alt="صورة"><h1>${headline}</h1></div>`), headline)).toBeUndefined();
    expect(leadPictureCaption(h1In(`<div><div><div><img src="a.jpg" title="صورة من أرشيف الموقع لحدث آخر"></div></div><div><div><h1>${headline}</h1></div></div></div>`), headline)).toBeUndefined();
  });

  it('captions the lead image of a page that has no caption element', () => {
    const title = 'وزيرة الصحة ضمن الفريق الطبي الذي استقبل العائدين';
    const html = `<html><head><meta property="og:image" content="https://www.example.com/img/lead.jpg"></head><body><div class="b-article__header"><img src="/img/lead-1000.jpg" title="${title}" itemprop="associatedMedia"><div class="b-article__header-title"><h1>${headline}</h1></div><div class="b-article__header-copy">© AFP</div></div><div itemprop="articleBody"><p>نص الخبر هنا، وهو طويل بما يكفي ليعد فقرة من متن المقال، وفيه فواصل ونقاط كثيرة.</p></div></body></html>`;
    expect(createExtractor({ adapters: [] }).extract(html, { url: 'https://www.example.com/news/1' }).leadImage?.caption).toBe(title);
  });
});

describe('leadPictureCaption: a short title', () => {
  it('captions with two words in a title, not in an alt', () => {
    expect(leadPictureCaption(h1In(`<div><img src="a.jpg" title="عازفة بيانو" alt="عازفة بيانو"><div><h1>${headline}</h1></div></div>`), headline)).toBe('عازفة بيانو');
    expect(leadPictureCaption(h1In(`<div><img src="a.jpg" alt="عازفة بيانو"><div><h1>${headline}</h1></div></div>`), headline)).toBeUndefined();
  });
});
