import { describe, expect, it } from 'vitest';
import { hiddenByOwnStyle } from '../../src/parse/dom.js';
import { parseDocument } from '../../src/parse/index.js';

const first = (html: string): Element => parseDocument(`<body>${html}</body>`).body.firstElementChild!;

describe('hiddenByOwnStyle', () => {
  it('knows an element its own style or `hidden` attribute hides', () => {
    expect(hiddenByOwnStyle(first('<div style="display: none">x</div>'))).toBe(true);
    expect(hiddenByOwnStyle(first('<div style="color:red;visibility:hidden">x</div>'))).toBe(true);
    expect(hiddenByOwnStyle(first('<div hidden>x</div>'))).toBe(true);
  });

  it('leaves a shown element, and one only a class may hide', () => {
    expect(hiddenByOwnStyle(first('<div style="display: block">x</div>'))).toBe(false);
    expect(hiddenByOwnStyle(first('<div class="hidden">x</div>'))).toBe(false);
  });
});
