import { describe, expect, it } from 'vitest';
import { headingAbove } from '../../src/extract/heading-above.js';
import { parseDocument } from '../../src/parse/index.js';

const body = (html: string): Element => parseDocument(`<html><body>${html}</body></html>`).getElementById('body')!;
const story = '<div id="body"><p>نص الخبر هنا، وهو طويل بما يكفي ليعد فقرة من متن المقال.</p></div>';

describe('headingAbove', () => {
  it('finds the sentence-like heading in the title box just above the story, past hidden inputs and an icon toolbar', () => {
    const html = `<div class="Artical"><div class="TittleArtical"><h3>الضمان الاجتماعي يستقبل طلبات السلف التقاعدية</h3></div><input type="hidden" value="x"><input type="hidden" value="y"><div class="toolbar"><a>نسخ الرابط</a></div>${story}</div>`;
    expect(headingAbove(body(html))).toBe('الضمان الاجتماعي يستقبل طلبات السلف التقاعدية');
  });
  it('climbs a few levels from the story box', () => {
    const html = `<h2>الضمان الاجتماعي يستقبل طلبات السلف التقاعدية</h2><div><div>${story}</div></div>`;
    expect(headingAbove(body(html))).toBe('الضمان الاجتماعي يستقبل طلبات السلف التقاعدية');
  });
  it('stops at the nearest heading when it is a label, and at boxes of text between', () => {
    expect(headingAbove(body(`<h2>الضمان الاجتماعي يستقبل طلبات السلف التقاعدية</h2><h3>أخبار</h3>${story}`))).toBeUndefined();
    const between = '<div>سطر أول من نص آخر</div><div>سطر ثان من نص آخر</div><div>سطر ثالث من نص آخر</div>';
    expect(headingAbove(body(`<h2>الضمان الاجتماعي يستقبل طلبات السلف التقاعدية</h2>${between}${story}`))).toBeUndefined();
  });
  it('does not walk a huge box before the story for its headings', () => {
    const menu = `<div>${'<span>بند</span>'.repeat(3000)}<h2>الضمان الاجتماعي يستقبل طلبات السلف التقاعدية</h2></div>`;
    expect(headingAbove(body(`${menu}${story}`))).toBeUndefined();
  });
});
