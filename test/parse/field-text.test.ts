import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/parse/index.js';
import { fieldText, rawText } from '../../src/parse/dom.js';

const el = (html: string): Element => parseDocument(`<body><h1 id="x">${html}</h1></body>`).getElementById('x')!;

describe('fieldText', () => {
  it('gives the whole text of an element that shows no more than the limit', () => {
    const h1 = el('وزير الصحة <span>يفتتح</span> ثلاثة مراكز<br>جديدة');
    expect(fieldText(h1, 100)).toBe(rawText(h1));
    expect(fieldText(h1, rawText(h1).length)).toBe(rawText(h1));
  });

  it('gives nothing for one that shows more: a story set in a heading, or every heading nested in the next', () => {
    expect(fieldText(el('كلمة '.repeat(300)), 1000)).toBe('');
    const nested = el('<div>عنوان <h1><div>'.repeat(5000));
    expect(fieldText(nested, 1000)).toBe('');
    expect(fieldText(nested.querySelectorAll('h1')[4990]!, 1000)).toBe(rawText(nested.querySelectorAll('h1')[4990]!));
  });
});
