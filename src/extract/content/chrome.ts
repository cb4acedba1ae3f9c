/**
 * Which chrome-looking elements really are chrome. A class word or tag says "chrome",
 * but real pages wrap whole articles in boxes called `modal`, `readmorefull`,
 * `no-share` or `<header>`: an element holding most of the page's prose is a layout
 * box, whatever its name.
 */
import { TUNABLES } from '../../tunables.js';
import type { NoiseMark, RawBlock } from './collect-blocks.js';

const prose = (b: RawBlock): number => Math.max(0, b.text.length - b.linkChars);

/** The chrome elements among the blocks' noise marks (as a set, with their reasons). */
export function realChrome(blocks: readonly RawBlock[]): Map<Element, string> {
  let total = 0;
  const inside = new Map<Element, { chars: number; reason: string }>();
  for (const b of blocks) {
    const p = prose(b);
    total += p;
    for (const m of b.noise) {
      const e = inside.get(m.el);
      if (e) e.chars += p;
      else inside.set(m.el, { chars: p, reason: m.reason });
    }
  }
  const out = new Map<Element, string>();
  const limit = total * TUNABLES.maxChromeProseShare;
  for (const [el, { chars, reason }] of inside) if (chars <= limit) out.set(el, reason);
  return out;
}

/** The real chrome element a block sits in (below `within`, when given), if any. */
export function chromeOf(b: RawBlock, chrome: ReadonlyMap<Element, string>, within?: readonly Element[]): NoiseMark | undefined {
  for (let i = b.noise.length - 1; i >= 0; i--) {
    const m = b.noise[i]!;
    if (!chrome.has(m.el)) continue;
    if (within && within.some((c) => m.el !== c && m.el.contains(c))) continue; // wraps the container
    return m;
  }
  return undefined;
}
