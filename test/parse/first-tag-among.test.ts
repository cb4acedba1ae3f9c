import { describe, expect, it } from 'vitest';
import { firstTagAmong, firstTagIn } from '../../src/parse/dom.js';
import { parseDocument } from '../../src/parse/index.js';

describe('firstTagAmong', () => {
  const doc = parseDocument('<body><div id="a"><p>نص</p><div><video id="v"></video></div><img id="i"></div><div id="b"><p>نص فقط</p></div></body>');
  const tags = new Set(['img', 'video', 'iframe']);

  it('finds the first of several tags inside an element, in document order, as firstTagIn does for one', () => {
    expect(firstTagAmong(doc.querySelector('#a')!, tags)?.id).toBe('v');
    expect(firstTagAmong(doc.querySelector('#a')!, new Set(['img']))).toBe(firstTagIn(doc.querySelector('#a')!, 'img'));
    expect(firstTagAmong(doc.querySelector('#b')!, tags)).toBeNull();
  });

  it('does not count the element itself, and stops at its budget', () => {
    expect(firstTagAmong(doc.querySelector('#v')!, tags)).toBeNull();
    expect(firstTagAmong(doc.querySelector('#a')!, tags, 2)).toBeNull();
  });
});
