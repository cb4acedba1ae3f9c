import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';
import { textsShownIn } from '../../src/parse/dom.js';

describe('textsShownIn', () => {
  const doc = parseDocument('<html><body><p>كتب: <a>سامي المحرر</a></p><script>var author = "ليلى الكاتبة";</script><noscript>ليلى الكاتبة</noscript><p>خاتمة</p></body></html>');
  it('finds the needles a shown text node holds', () => {
    expect([...textsShownIn(doc.body, ['سامي المحرر', 'خاتمة'])].sort()).toEqual(['خاتمة', 'سامي المحرر']);
  });
  it('does not look inside scripts and the like', () => {
    expect(textsShownIn(doc.body, ['ليلى الكاتبة']).size).toBe(0);
  });
  it('does not look inside what an element’s own style or hidden attribute hides, and goes on after it', () => {
    const d = parseDocument('<html><body><div style="display:none" class="vcard author"><span class="fn">نبيل حداد</span></div><p hidden>منى</p><div class="x" style="color: red"><b>زياد</b></div><p>بعده</p></body></html>');
    expect([...textsShownIn(d.body, ['نبيل حداد', 'منى', 'زياد', 'بعده'])].sort()).toEqual(['بعده', 'زياد']);
  });
  it('answers an empty set for no needles or no element', () => {
    expect(textsShownIn(doc.body, []).size).toBe(0);
    expect(textsShownIn(null, ['x']).size).toBe(0);
  });
});
