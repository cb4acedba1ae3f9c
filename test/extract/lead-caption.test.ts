import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';
import { leadPictureCaption } from '../../src/extract/lead-caption.js';
import { createExtractor } from '../../src/index.js';
import { distinctPictures } from '../../src/assemble/images.js';

const headline = 'مصر تسجل إصابات جديدة بفيروس كورونا اليوم';
const h1In = (html: string): Element => parseDocument(`<html><body>${html}</body></html>`).querySelector('h1')!;

describe('leadPictureCaption', () => {
  it('reads the title (or a sentence-long alt) of the picture in the headline\'s box', () => {
    const title = 'وزيرة الصحة ضمن الفريق الطبي الذي استقبل العائدين';
    expect(leadPictureCaption(h1In(`<div class="b-article__header"><img src="a.jpg" title="${title}" alt="${title}"><div class="b-article__header-title"><h1>${headline}</h1></div></div>`), headline)?.text).toBe(title);
    expect(leadPictureCaption(h1In(`<div><img src="a.jpg" alt="${title}"><h1>${headline}</h1></div>`), headline)?.text).toBe(title);
  });

  it('takes nothing from a picture whose alt is the headline or a word, or from a picture elsewhere', () => {
    expect(leadPictureCaption(h1In(`<div><img src="a.jpg" alt="${headline}"><h1>${headline}</h1></div>`), headline)?.text).toBeUndefined();
    expect(leadPictureCaption(h1In(`<div><img src="a.jpg" alt="صورة"><h1>${headline}</h1></div>`), headline)?.text).toBeUndefined();
    expect(leadPictureCaption(h1In(`<div><div><div><img src="a.jpg" title="صورة من أرشيف الموقع لحدث آخر"></div></div><div><div><h1>${headline}</h1></div></div></div>`), headline)?.text).toBeUndefined();
  });

  it('captions the lead image of a page that has no caption element', () => {
    const title = 'وزيرة الصحة ضمن الفريق الطبي الذي استقبل العائدين';
    const html = `<html><head><meta property="og:image" content="https://www.example.com/img/lead.jpg"></head><body><div class="b-article__header"><img src="/img/lead-1000.jpg" title="${title}" itemprop="associatedMedia"><div class="b-article__header-title"><h1>${headline}</h1></div><div class="b-article__header-copy">© AFP</div></div><div itemprop="articleBody"><p>نص الخبر هنا، وهو طويل بما يكفي ليعد فقرة من متن المقال، وفيه فواصل ونقاط كثيرة.</p></div></body></html>`;
    expect(createExtractor({ adapters: [] }).extract(html, { url: 'https://www.example.com/news/1' }).leadImage?.caption).toBe(title);
  });
});

describe('leadPictureCaption: a short title', () => {
  it('captions with two words in a title, not in an alt', () => {
    expect(leadPictureCaption(h1In(`<div><img src="a.jpg" title="عازفة بيانو" alt="عازفة بيانو"><div><h1>${headline}</h1></div></div>`), headline)?.text).toBe('عازفة بيانو');
    expect(leadPictureCaption(h1In(`<div><img src="a.jpg" alt="عازفة بيانو"><div><h1>${headline}</h1></div></div>`), headline)?.text).toBeUndefined();
  });
});

describe('leadPictureCaption: a stock share picture in og:image', () => {
  const title = 'وزيرة الصحة ضمن الفريق الطبي الذي استقبل العائدين';
  const page = (og: string, shown: string): string =>
    `<html><head><meta property="og:image" content="${og}"></head><body><div class="b-article__header"><img src="${shown}" title="${title}"><div class="b-article__header-title"><h1>${headline}</h1></div></div><div itemprop="articleBody"><p>نص الخبر هنا، وهو طويل بما يكفي ليعد فقرة من متن المقال، وفيه فواصل ونقاط كثيرة.</p></div></body></html>`;
  const run = (og: string, shown: string) => createExtractor({ adapters: [] }).extract(page(og, shown), { url: 'https://www.example.com/news/1' });

  it('leads with the photo the caption is written on, not the share picture the page never shows, when their media ids differ', () => {
    const a = run('https://cdn.example.com/img/104346/38/1043463874.png', 'https://cdn.example.com/images/104494/11/1044941126_0:0:1000:541_1000x541_80_0_0.jpg');
    const shown = { url: 'https://cdn.example.com/images/104494/11/1044941126_0:0:1000:541_1000x541_80_0_0.jpg', caption: title };
    expect(a.leadImage).toEqual(shown);
    expect(a.images).toEqual([shown]);
  });

  it('keeps the caption on og:image when both name the same media id, or no id at all', () => {
    expect(run('https://cdn.example.com/img/1044941126_0:0:1200:675_1200x675.jpg', 'https://cdn.example.com/img/1044941126_0:0:1000:541_1000x541.jpg').images).toEqual([
      { url: 'https://cdn.example.com/img/1044941126_0:0:1200:675_1200x675.jpg', caption: title },
    ]);
    expect(run('https://www.example.com/img/lead.jpg', 'https://www.example.com/img/lead-1000.jpg').images).toEqual([{ url: 'https://www.example.com/img/lead.jpg', caption: title }]);
  });
});

describe('distinctPictures', () => {
  it('tells two pictures apart only by two different media ids', () => {
    expect(distinctPictures('https://a.com/img/1043463874.png', 'https://a.com/i/1044941126_1000x541.jpg')).toBe(true);
    expect(distinctPictures('https://a.com/img/1044941126.png?w=1200', 'https://a.com/i/1044941126_1000x541.jpg')).toBe(false);
    expect(distinctPictures('https://a.com/img/share.png', 'https://a.com/i/1044941126_1000x541.jpg')).toBe(false);
    expect(distinctPictures('https://a.com/img/12345.png', 'https://a.com/i/67890.jpg')).toBe(false);
  });
});
