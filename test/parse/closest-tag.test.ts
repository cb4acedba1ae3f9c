import { describe, expect, it } from 'vitest';
import { closestTag } from '../../src/parse/dom.js';
import { parseDocument } from '../../src/parse/index.js';

describe('closestTag', () => {
  const doc = parseDocument('<body><a href="/x"><span><time datetime="2020-01-01">1 يناير</time></span></a><p><time id="t2">2</time></p><svg><a><text id="s">x</text></a></svg></body>');

  it('answers as closest() does for a bare tag name, the element itself included', () => {
    for (const el of Array.from(doc.querySelectorAll('*'))) {
      for (const tag of ['a', 'span', 'p', 'body', 'time', 'li']) expect(closestTag(el, tag), `${el.localName} ${tag}`).toBe(el.closest(tag));
    }
    expect(closestTag(doc.querySelector('time')!, 'a')?.getAttribute('href')).toBe('/x');
    expect(closestTag(doc.querySelector('#t2')!, 'a')).toBeNull();
  });
});
