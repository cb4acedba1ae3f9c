import { describe, expect, it } from 'vitest';
import { insideOneOf } from '../../src/parse/dom.js';
import { parseDocument } from '../../src/parse/index.js';

describe('insideOneOf', () => {
  const doc = parseDocument('<body><main><article id="a"><p id="p1">أ</p><div><p id="p2">ب</p></div></article><p id="p3">ج</p></main><aside><p id="p4">د</p></aside></body>');
  const $ = (id: string) => doc.getElementById(id)!;

  it('answers for the roots themselves, their descendants, and nothing else', () => {
    const inside = insideOneOf([$('a'), doc.querySelector('aside')!]);
    expect(['a', 'p1', 'p2', 'p3', 'p4'].map((id) => inside($(id)))).toEqual([true, true, true, false, true]);
    expect(inside(doc.body)).toBe(false);
    expect(inside(null)).toBe(false);
  });

  it('answers false for a node detached from under a root before it is asked about', () => {
    const inside = insideOneOf([$('a')]);
    expect(inside($('p2'))).toBe(true);
    const p1 = $('p1');
    p1.remove();
    expect(inside(p1)).toBe(false);
  });

  it('answers the same with many roots, and for nodes far below a root', () => {
    const page = parseDocument(`<body>${Array.from({ length: 6 }, (_, i) => `<div class="r" id="r${i}">${'<span>'.repeat(40)}<b id="b${i}">x</b>${'</span>'.repeat(40)}</div>`).join('')}<b id="out">y</b></body>`);
    const roots = Array.from(page.querySelectorAll('.r')).filter((_, i) => i !== 2);
    const inside = insideOneOf(roots);
    expect([0, 1, 2, 3, 4, 5].map((i) => inside(page.getElementById(`b${i}`)))).toEqual([true, true, false, true, true, true]);
    expect(inside(page.getElementById('out'))).toBe(false);
    expect(inside(page.getElementById('r2'))).toBe(false);
  });

  it('climbs a page nested many thousands deep once, not once per node', () => {
    const deep = parseDocument(`<body><section>${'<div>'.repeat(20000)}<p>x</p>${'</div>'.repeat(20000)}</section></body>`);
    const all = Array.from(deep.querySelectorAll('div'));
    const inside = insideOneOf([deep.querySelector('section')!]);
    const start = performance.now();
    expect(all.every((d) => inside(d))).toBe(true);
    expect(performance.now() - start).toBeLessThan(5000); // a climb per node would be 2×10⁸ steps
  });
});
