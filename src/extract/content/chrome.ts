/**
 * Which chrome-looking elements really are chrome. A class word or tag says "chrome",
 * but real pages wrap whole articles in boxes called `modal`, `readmorefull`,
 * `no-share` or `<header>`: an element holding most of the page's prose is a layout
 * box, whatever its name.
 */
import { TUNABLES } from '../../tunables.js';
import { NEVER_LAYOUT_CLASS_WORDS, OTHER_STORIES_CLASS_WORDS, STORY_HEADER_CLASS } from '../../lexicon/structure.js';
import { attr } from '../../parse/dom.js';
import type { NoiseChain, NoiseMark, RawBlock } from './collect-blocks.js';

const prose = (b: RawBlock): number => Math.max(0, b.text.length - b.linkChars);

/**
 * The chrome elements among the blocks' noise marks (as a set, with their reasons).
 * Each block's prose is counted once, on its innermost chain node, then summed up the
 * chains deepest first: linear in blocks + marks, however deep the nesting.
 */
export function realChrome(blocks: readonly RawBlock[]): Map<Element, string> {
  let total = 0;
  const sums = new Map<NoiseChain, number>();
  /** Chain nodes in the order their marks were first seen (outermost first within a block). */
  const order: NoiseChain[] = [];
  for (const b of blocks) {
    const p = prose(b);
    total += p;
    if (!b.noise.length) continue;
    if (!sums.has(b.noise)) {
      const fresh: NoiseChain[] = [];
      for (let n = b.noise; n.length && !sums.has(n); n = n.parent!) {
        fresh.push(n);
        sums.set(n, 0);
      }
      for (let i = fresh.length - 1; i >= 0; i--) order.push(fresh[i]!);
    }
    sums.set(b.noise, sums.get(b.noise)! + p);
  }
  for (const n of [...order].sort((a, b) => b.length - a.length)) {
    if (n.parent?.length) sums.set(n.parent, sums.get(n.parent)! + sums.get(n)!);
  }
  const inside = new Map<Element, { chars: number; reason: string }>();
  for (const n of order) {
    const m = n.mark!;
    const e = inside.get(m.el);
    if (e) e.chars += sums.get(n)!;
    else inside.set(m.el, { chars: sums.get(n)!, reason: m.reason });
  }
  const out = new Map<Element, string>();
  const limit = total * TUNABLES.maxChromeProseShare;
  const headline = marksAbove(blocks.find((b) => b.kind === 'h1'));
  // The headline's own box is the story's layout box on less of the prose: a sidebar of dated teasers may hold nearly half.
  const headlineLimit = total * TUNABLES.maxHeadlineChromeProseShare;
  for (const [el, { chars, reason }] of inside) {
    // The story's own header around the headline (`<div class="article__header">`: the headline, the lead picture, the lede).
    if (headline.has(el) && namesStoryHeader(el)) continue;
    if (chars <= (headline.has(el) ? headlineLimit : limit) || (namesNoLayout(reason) && !headline.has(el))) out.set(el, reason);
  }
  return out;
}

/** A box of other stories, or one no template wraps a story in: never a layout box, whatever its share of the prose. */
const namesNoLayout = (reason: string): boolean =>
  reason.startsWith('class:') && (OTHER_STORIES_CLASS_WORDS.has(reason.slice(6)) || NEVER_LAYOUT_CLASS_WORDS.has(reason.slice(6)));

/** Does the element's class name it the story's own header (`article__header`, `entry-header`)? */
export function namesStoryHeader(el: Element): boolean {
  const cls = attr(el, 'class');
  return cls !== undefined && cls.split(/\s+/).some((t) => STORY_HEADER_CLASS.test(t.toLowerCase()));
}

/** The story's own header box around a block (its headline's), if a noise mark names one. */
export function storyHeaderAround(b: RawBlock | undefined): Element | undefined {
  for (let n = b?.noise; n?.length; n = n.parent!) if (namesStoryHeader(n.mark!.el)) return n.mark!.el;
  return undefined;
}

/** The chrome-looking elements around a block. */
function marksAbove(b: RawBlock | undefined): Set<Element> {
  const out = new Set<Element>();
  for (let n = b?.noise; n?.length; n = n.parent!) out.add(n.mark!.el);
  return out;
}

/**
 * chromeOf answers per chain node, for one chrome set and one `within` list — kept on the
 * chrome map itself (a module-level WeakMap's values would outlive the page in V8's minor GC).
 */
const ANSWERS = Symbol('maqal.chromeAnswers');
type Answers = Map<readonly Element[] | undefined, Map<NoiseChain, NoiseMark | null>>;

/** The real chrome element a block sits in (below `within`, when given), if any. */
export function chromeOf(b: RawBlock, chrome: ReadonlyMap<Element, string>, within?: readonly Element[]): NoiseMark | undefined {
  const holder = chrome as ReadonlyMap<Element, string> & { [ANSWERS]?: Answers };
  let byWithin = holder[ANSWERS];
  if (!byWithin) holder[ANSWERS] = byWithin = new Map();
  let known = byWithin.get(within);
  if (!known) byWithin.set(within, (known = new Map()));
  // Innermost mark first; the answer of every node walked is memoised (deep chains stay linear).
  const walked: NoiseChain[] = [];
  let found: NoiseMark | null = null;
  for (let n = b.noise; n.length; n = n.parent!) {
    const cached = known.get(n);
    if (cached !== undefined) {
      found = cached;
      break;
    }
    walked.push(n);
    const m = n.mark!;
    if (!chrome.has(m.el)) continue;
    if (within && within.some((c) => m.el !== c && m.el.contains(c))) continue; // wraps the container
    found = m;
    break;
  }
  for (const n of walked) known.set(n, found);
  return found ?? undefined;
}
