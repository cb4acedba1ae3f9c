import { describe, expect, it } from 'vitest';
import { collectBlocks } from '../../../src/extract/content/collect-blocks.js';
import { isCaptionLine, repeatsAlt } from '../../../src/extract/content/caption-line.js';
import { parseDocument } from '../../../src/parse/index.js';

/** Is the block of `text` in `html` a caption line? */
const at = (html: string, text: string): boolean => {
  const doc = parseDocument(`<body><div id="root">${html}</div></body>`);
  const blocks = collectBlocks(doc.getElementById('root')!, { noise: () => undefined }).blocks;
  return isCaptionLine(blocks, blocks.findIndex((b) => b.text === text));
};

describe('repeatsAlt', () => {
  const line = (text: string, linkChars = 0) => ({ kind: 'text' as const, text, linkChars });

  it('takes a plain line that says what the alt says, spelling aside', () => {
    expect(repeatsAlt(line('شيخ الأزهر'), 'شيخ الازهر')).toBe(true);
    expect(repeatsAlt(line('إجراءات مكافحة الفيروس'), ' إجراءات مكافحة الفيروس ')).toBe(true);
  });

  it('leaves other lines, linked lines, long lines and images without alt', () => {
    expect(repeatsAlt(line('شيخ الأزهر يلتقي الوفد'), 'شيخ الأزهر')).toBe(false);
    expect(repeatsAlt(line('شيخ الأزهر', 10), 'شيخ الأزهر')).toBe(false);
    expect(repeatsAlt(line('شيخ الأزهر'), undefined)).toBe(false);
    const long = 'كلمة '.repeat(200).trim();
    expect(repeatsAlt(line(long), long)).toBe(false);
    expect(repeatsAlt({ kind: 'heading', text: 'شيخ الأزهر', linkChars: 0 }, 'شيخ الأزهر')).toBe(false);
  });
});

describe('isCaptionLine: the only text in the image\'s own box', () => {
  it('takes the line under the image in its box', () => {
    expect(at('<p>قبل</p><div class="article_image"><img src="/a.jpg"><div></div><div class="red">إصابات جديدة في المدينة</div></div><p>بعد الصورة نص طويل</p>', 'إصابات جديدة في المدينة')).toBe(true);
  });

  it('leaves a line that shares the box with other text, credits, labels and font buttons', () => {
    expect(at('<div class="content"><img src="/a.jpg"><p>سطر قصير</p><p>فقرة أخرى من المقال</p></div>', 'سطر قصير')).toBe(false);
    expect(at('<div class="content"><p>فقرة قبل الصورة</p><img src="/a.jpg"><p>شكرا</p></div>', 'شكرا')).toBe(false);
    expect(at('<div class="img"><img src="/a.jpg"><span>Getty Images</span></div><p>نص</p>', 'Getty Images')).toBe(false);
    expect(at('<div class="img"><img src="/a.jpg"><span>A A A</span></div><p>نص</p>', 'A A A')).toBe(false);
  });
});

describe('isCaptionLine: a short line left loose beside a picture', () => {
  const after = '<p>وتسبب انتشار الفيروس في توقف شبه كامل للحياة الرياضية حول العالم خلال الأسابيع الماضية.</p>';

  it('takes bare text between the picture and the next paragraph', () => {
    expect(at(`<p>فقرة أولى من الخبر.</p><a href="/p/a.jpg"><br><img src="/p/a.jpg"><br></a><br>عادل منصور${after}`, 'عادل منصور')).toBe(true);
  });

  it('leaves a line in a <p> of its own, a sentence, and a line with no paragraph after it', () => {
    expect(at(`<img src="/p/a.jpg"><p>تفاصيل الحادث</p>${after}`, 'تفاصيل الحادث')).toBe(false);
    expect(at(`<img src="/p/a.jpg">وقال الوزير إن الخطة بدأت.${after}`, 'وقال الوزير إن الخطة بدأت.')).toBe(false);
    expect(at('<p>فقرة أولى.</p><img src="/p/a.jpg">عادل منصور', 'عادل منصور')).toBe(false);
  });
});
