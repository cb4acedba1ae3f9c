import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../src/normalise/text.js';
import { parseDocument } from '../../src/parse/index.js';
import { rawText, showsAtLeast } from '../../src/parse/dom.js';

const el = (html: string): Element => parseDocument(`<body><div id="x">${html}</div></body>`).getElementById('x')!;

describe('showsAtLeast', () => {
  const cases = [
    '\n      <figure><img src="a.jpg"></figure>\n      <span>عنوان خبر آخر</span>\n',
    '<span>قصير</span>',
    '  \u200f \u00a0 <b>ab</b>\n\n<i>cd</i>  ',
    'one<br>two<p>three</p>',
    '<script>var a = "a very long script text that is not shown";</script>x',
    `${' '.repeat(398)}<span>عنوان بعد مسافات كثيرة جدا</span>`,
    `${' '.repeat(401)}<span>عنوان بعد مسافات كثيرة جدا</span>`,
    'a\u200bb\u200bc d e f g h i j k l',
    '',
  ];

  it('answers as normaliseText(rawText(el, limit)).length >= min does', () => {
    for (const html of cases) {
      for (const [min, limit] of [[12, 400], [1, 400], [3, 5], [30, Infinity]] as const) {
        const expected = normaliseText(rawText(el(html), limit)).length >= min;
        expect(showsAtLeast(el(html), min, limit), `${JSON.stringify(html)} ${min} ${limit}`).toBe(expected);
      }
    }
  });

  it('reads no further than the limit: text after a long blank prefix is not counted', () => {
    const box = el(`${' '.repeat(500)}<span>عنوان طويل بعد البياض</span>`);
    expect(showsAtLeast(box, 12, 400)).toBe(false);
    expect(showsAtLeast(box, 12)).toBe(true);
  });
});
