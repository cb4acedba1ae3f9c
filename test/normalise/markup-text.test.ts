import { describe, expect, it } from 'vitest';
import { textOfMarkup } from '../../src/normalise/markup-text.js';

describe('textOfMarkup', () => {
  it('reads the name out of an escaped link (a CMS writing HTML into JSON-LD)', () => {
    expect(textOfMarkup('&lt;a href=&#39;https://example.com/editor/details/12&#39;&gt;منى علي&lt;/a&gt;').trim()).toBe('منى علي');
  });
  it('drops raw tags and decodes what remains', () => {
    expect(textOfMarkup('<a href="/author/5">Sara &amp; Ali</a>').trim()).toBe('Sara & Ali');
    expect(textOfMarkup('<span class="x">أحمد</span> <b>حسن</b>').replace(/\s+/g, ' ').trim()).toBe('أحمد حسن');
  });
  it('decodes numeric entities, and keeps impossible ones as written', () => {
    expect(textOfMarkup('&#1605;&#x646;&#1609;')).toBe('منى');
    expect(textOfMarkup('a &#xD800; b &#99999999; c')).toBe('a &#xD800; b &#99999999; c');
  });
  it('leaves plain strings and lone ampersands or brackets alone', () => {
    expect(textOfMarkup('محمد السيد')).toBe('محمد السيد');
    expect(textOfMarkup('R&D desk')).toBe('R&D desk');
    expect(textOfMarkup('a < b > c')).toBe('a < b > c');
  });
});
