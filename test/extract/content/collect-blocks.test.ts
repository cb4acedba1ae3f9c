import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/parse/index.js';
import { collectBlocks } from '../../../src/extract/content/collect-blocks.js';
import { noiseReason } from '../../../src/extract/content/classify.js';
import { extract } from '../../../src/index.js';

const blocksOf = (html: string) => {
  const doc = parseDocument(`<body>${html}</body>`);
  return collectBlocks(doc.body, { noise: noiseReason });
};

describe('collectBlocks', () => {
  it("reads a lightbox slide drawn with CSS as a picture: a box whose background is a picture file, in a link that opens one", () => {
    const slide = (n: number, href = `/uploads/2020/06/${n}.jpg`) =>
      `<div class="item"><a class="fancybox" data-fancybox-group="gallery" href="${href}"><div style="background-image: url(/uploads/2020/06/${n}.jpg)" class="ratio"></div></a></div>`;
    const { blocks } = blocksOf(`<div class="owl-carousel">${slide(101)}${slide(102)}</div><p>نص الخبر.</p>`);
    expect(blocks.filter((b) => b.kind === 'image').map((b) => b.image!.src)).toEqual(['/uploads/2020/06/101.jpg', '/uploads/2020/06/102.jpg']);
    // Not a background outside such a link: a card linked to another story, or a banner drawn as a box's background.
    const other = blocksOf(`${slide(103, '/news/103')}<div style="background-image:url(/uploads/2020/06/104.jpg)"></div><p>نص.</p>`);
    expect(other.blocks.filter((b) => b.kind === 'image')).toEqual([]);
  });

  it('gives an element the text after its last block child, and counts it in its size', () => {
    const { blocks, sizes } = blocksOf('<div id="story"><p>الفقرة الأولى.</p>الفقرة الأخيرة بلا وسم.</div><div>خارج</div>');
    const story = blocks.find((b) => b.text === 'الفقرة الأخيرة بلا وسم.');
    expect(story?.el.id).toBe('story');
    const size = sizes.get(story!.el)!;
    expect(size.chars).toBe('الفقرة الأولى.'.length + 'الفقرة الأخيرة بلا وسم.'.length);
  });

  it('drops indentation and invisible marks before a block, and keeps blank text between words', () => {
    const { blocks } = blocksOf('<div>\n  \u200f <a href="/x"> </a>\n<p>\n   نص <b>بين</b>\n <a href="/y">رابط</a> </p>\n</div>');
    expect(blocks.map((b) => [b.text, b.linkChars, b.trailingLink])).toEqual([['نص بين رابط', 4, 'رابط']]);
  });

  it('splits <br> runs, each held by the element they are written in', () => {
    const { blocks } = blocksOf('<div class="text">سطر أول<br><br>سطر ثان<br>سطر أخير</div>');
    expect(blocks.map((b) => [b.text, b.el.className])).toEqual([
      ['سطر أول', 'text'],
      ['سطر ثان', 'text'],
      ['سطر أخير', 'text'],
    ]);
  });
});

describe('the generic extractor and text closing a container', () => {
  const sentence = 'هذا نص فقرة طويلة بما يكفي لتكون جزءا من متن الخبر، وفيها فواصل، ونقاط. ';
  it('keeps the last paragraph of a body written as text and <br>s', () => {
    const html = `<html><body><nav><a href="/">الرئيسية</a></nav><div class="story"><p>${sentence.repeat(3)}</p>${sentence.repeat(2)}<br><br>الخاتمة: ${sentence}</div></body></html>`;
    const body = extract(html, { url: 'https://example.org/news/1' }).body.map((b) => ('text' in b ? b.text : ''));
    expect(body).toHaveLength(3);
    expect(body[2]).toMatch(/^الخاتمة: /);
  });
});
