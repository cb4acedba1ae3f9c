/**
 * The body stage: adapter containers when the adapter names them, otherwise the
 * generic main-content finder over one collection of the page's blocks. Images and
 * captions between the headline and the body (the lead image) come along. Chrome
 * inside the containers goes, with a note saying why.
 */
import type { RemovedNote } from '../article.js';
import { insideOneOf, rawText } from '../parse/dom.js';
import { normaliseText } from '../normalise/text.js';
import { chromeOf, realChrome, storyHeaderAround } from './content/chrome.js';
import { noiseReason } from './content/classify.js';
import { collectBlocks, type RawBlock } from './content/collect-blocks.js';
import { SENTENCE_END } from './content/build-body.js';
import { findMainContent } from './content/find-main.js';
import { isCaptionLine } from './content/caption-line.js';
import { footnotedName, isFootnote, isWritingByline } from '../lexicon/index.js';
import { TUNABLES } from '../tunables.js';
import { titleSegments } from './headline.js';

type N = any;

export interface BodyBlocks {
  blocks: RawBlock[];
  containers: Element[];
  removed: RemovedNote[];
  /** The element showing the headline, when only the blocks found it (a `<div class="title">`: no h1 or h2 shows it). */
  headline?: Element;
  /** The part of the title that block shows, when it shows a part only (`<span id="title">` under `جريدة … - headline`). */
  headlineText?: string;
}

/** Where the page shows its headline: the element that does (an h1 or h2), else its text to look for among the blocks. */
export interface ShownHeadline {
  el?: Element;
  text?: string;
}

const options = { noise: noiseReason };
const excerpt = (el: Element): string => {
  // A prefix only: never the whole subtree (or a huge last text node) for an excerpt.
  const t = normaliseText(rawText(el, 120).slice(0, 120));
  return t.length > 80 ? `${t.slice(0, 80)}…` : t || `<${el.localName}>`;
};

/** Keep the container blocks that are not in chrome; note each chrome element once. */
function dropChrome(blocks: readonly RawBlock[], chrome: ReadonlyMap<Element, string>, containers: readonly Element[], keep: (b: RawBlock, i: number) => boolean): BodyBlocks {
  const out: RawBlock[] = [];
  const noted = new Set<Element>();
  const removed: RemovedNote[] = [];
  blocks.forEach((b, i) => {
    if (!keep(b, i)) return;
    const mark = b.noise.length ? chromeOf(b, chrome, containers) : undefined;
    if (!mark) return void out.push(b);
    if (!noted.has(mark.el)) {
      noted.add(mark.el);
      removed.push({ reason: mark.reason, what: excerpt(mark.el) });
    }
  });
  return { blocks: out, containers: [...containers], removed };
}

/** Blocks of the adapter's containers. */
/** What the page's links lead to: the page itself, another site. */
export interface LinkTests {
  isSelf(href: string): boolean;
  isOffsite(href: string): boolean;
}

export function adapterBodyBlocks(containers: readonly Element[], links?: LinkTests): BodyBlocks {
  const opts = links ? { ...options, isSelf: links.isSelf, isOffsite: links.isOffsite } : options;
  const blocks = containers.flatMap((c) => collectBlocks(c, opts).blocks);
  return dropChrome(blocks, realChrome(blocks), containers, () => true);
}

/** Lines of text a hero figure may sit above the headline (a byline, a section name, a date line). */
const HERO_REACH = 3;

/**
 * The first block of the hero figure above the headline at `h1`: back over images, captions, chrome
 * (share buttons) and at most HERO_REACH other lines.
 */
function heroStart(blocks: readonly RawBlock[], h1: number): number {
  let lines = 0;
  let i = h1;
  while (i > 0) {
    const b = blocks[i - 1]!;
    if (b.kind !== 'image' && b.kind !== 'caption' && b.noise.length === 0 && ++lines > HERO_REACH) break;
    i--;
  }
  return i;
}

/**
 * The box holding both the headline `a` and the body `b`: the `<article>`/`<main>` around both when there is
 * one, else the innermost element holding both — unless that is only the page's <body> or <html>.
 */
function sharedBox(a: Element, b: Element): Element | undefined {
  const above = new Set<Node>();
  for (let n: Node | null = a; n; n = n.parentNode) above.add(n);
  let shared: Element | undefined;
  for (let n: Node | null = b; n && n.nodeType === 1; n = n.parentNode) {
    const tag = (n as Element).localName;
    if (tag === 'body' || tag === 'html') break;
    if (!above.has(n)) continue;
    shared ??= n as Element;
    if (tag === 'article' || tag === 'main') return n as Element;
  }
  return shared;
}

/** Levels climbed from the story's last box for a gallery set after its text (`.ni-content` in `.paragraph-list` in `.post-cont`). */
const GALLERY_LEVELS = 3;
const GALLERY_SIBLINGS = 12;

/**
 * Boxes of pictures right after the story's text, before anything else that shows text: the story's own gallery
 * (`<div class="list-gallery"><div class="item"><a data-fancybox href="/g1.jpg"><img …><div class="caption">…`). Teaser
 * pictures never make image blocks (teaser.ts), so a box of nothing but pictures and their captions is the story's.
 */
function galleryAfter(last: Element, blocks: readonly RawBlock[], chrome: ReadonlyMap<Element, string>, headline?: string): Element[] {
  const out: Element[] = [];
  const inLast = insideOneOf([last]);
  let i = blocks.length;
  for (let j = blocks.length - 1; j >= 0 && !inLast(blocks[j]!.el); j--) i = j;
  let el: N = last;
  // The story's own `<article>` is looked past (a gallery set right after it), never climbed above.
  for (let up = 0; up < GALLERY_LEVELS && el && !PAGE_ROOTS.has(el.localName); up++, el = STORY_ENDS.has(el.localName) ? null : el.parentNode) {
    // A gallery sits right after the text: a few boxes are looked at, not every sibling of a long list.
    let seen = 0;
    for (let sib: N = el.nextElementSibling; sib && seen++ < GALLERY_SIBLINGS; sib = sib.nextElementSibling) {
      const run: RawBlock[] = [];
      while (i < blocks.length && sib.contains(blocks[i]!.el)) run.push(blocks[i++]!);
      if (run.length === 0) continue; // an empty ad slot
      if (!isGallery(run, chrome, headline)) return out;
      out.push(sib);
    }
  }
  return out;
}
const STORY_ENDS = new Set(['article', 'main']);
const PAGE_ROOTS = new Set(['body', 'html']);

/**
 * Pictures and their captions only, outside chrome (a thumbnail strip repeating them aside): two pictures at least, or
 * one with its caption, or one whose alt is the headline (`<img alt="<headline>">`: the CMS names the story's picture
 * for it; one bare picture is a banner's box).
 * Or players only (`<iframe class="youtube-player">` after the text box): the story's video.
 */
function isGallery(blocks: readonly RawBlock[], chrome: ReadonlyMap<Element, string>, headline?: string): boolean {
  const outside = (b: RawBlock): boolean => !(b.noise.length && chromeOf(b, chrome));
  if (blocks.every((b) => b.kind === 'embed' && outside(b))) return true;
  const run = withoutThumbnails(blocks, outside);
  if (!run.every((b) => (b.kind === 'image' || b.kind === 'caption') && outside(b))) return false;
  const pictures = run.filter((b) => b.kind === 'image');
  return pictures.length >= 2 || (pictures.length === 1 && (run.length > 1 || (headline !== undefined && pictures[0]!.image?.alt === headline)));
}

/**
 * The run less its thumbnail strip: pictures in chrome (`<div class="slider-nav">`, a slider's navigator) that repeat
 * the pictures shown outside it. The strip stays chrome (each picture is listed once); other chrome still counts.
 */
function withoutThumbnails(run: readonly RawBlock[], outside: (b: RawBlock) => boolean): readonly RawBlock[] {
  const shown = new Set(run.flatMap((b) => (b.kind === 'image' && b.image && outside(b) ? [b.image.src] : [])));
  if (shown.size === 0) return run;
  return run.filter((b) => outside(b) || !(b.kind === 'image' && b.image && shown.has(b.image.src)));
}

/**
 * The headline's block: the `h1`'s, else the one the element showing the headline holds (a headline set in an `h2`),
 * else the first block that reads as the headline (`<div class="title">`).
 */
function headlineBlock(blocks: readonly RawBlock[], headline: ShownHeadline): number {
  const h1 = blocks.findIndex((b) => b.kind === 'h1');
  if (h1 >= 0) return h1;
  const { el, text } = headline;
  if (el) return blocks.findIndex((b) => b.el === el || el.contains(b.el));
  if (!text) return -1;
  const whole = blocks.findIndex((b) => b.text === text);
  if (whole >= 0) return whole;
  // A title that glues the site's name to the headline, the page showing the headline alone.
  const segments = titleSegments(text);
  const parts = segments.filter((t) => t.split(' ').length >= TUNABLES.sentenceWords);
  return parts.length && parts.length < segments.length ? blocks.findIndex((b) => parts.includes(b.text)) : -1;
}

/** A lede is a finished sentence, as long as a paragraph opens (not a date line, a label or a deck left unpunctuated). */
const isLede = (text: string): boolean => SENTENCE_END.test(text) && text.length >= TUNABLES.minOpeningBoxChars && text.split(' ').length >= TUNABLES.sentenceWords;

/** Blocks of the generic main content, plus lead images/captions just above it. */
export function genericBodyBlocks(root: Element, h1s?: readonly Element[], links?: LinkTests, headline: ShownHeadline = {}, isDateLine?: (text: string) => boolean): BodyBlocks {
  const { blocks, sizes } = collectBlocks(root, { ...options, ...(h1s ? { h1s } : {}), ...(links ? { isSelf: links.isSelf, isOffsite: links.isOffsite } : {}) });
  const chrome = realChrome(blocks);
  const main = findMainContent(blocks, root, chrome, sizes, isDateLine);
  if (!main) return { blocks: [], containers: [], removed: [] };
  const { best } = main;
  const containers = [...main.containers, ...galleryAfter(main.containers[main.containers.length - 1]!, blocks, chrome, headline.text)];
  const inside = insideOneOf(containers);
  // The lead image sits between the headline and the body proper.
  const inBest = insideOneOf([best]);
  const first = blocks.findIndex((b) => inBest(b.el));
  const h1 = headlineBlock(blocks, headline);
  // A hero figure set just above the headline counts too, when the headline and the body share a box
  // below <body> (`<article><figure>…</figure><header><h1>…</h1></header><section>…`).
  const story = h1 >= 0 ? sharedBox(blocks[h1]!.el, best) : undefined;
  const inStory = story ? insideOneOf([story]) : undefined;
  const hero = inStory ? heroStart(blocks, h1) : h1;
  // Between the headline and the body: the lead picture and its caption, and a byline that says who wrote it.
  const underHeadline = (i: number): boolean => h1 >= 0 && i > h1 && i < first;
  const inHero = (b: RawBlock, i: number): boolean => h1 >= 0 && i >= hero && i < h1 && inStory !== undefined && inStory(b.el);
  const picture = (b: RawBlock, i: number): boolean => b.kind === 'image' || b.kind === 'caption' || isCaptionLine(blocks, i);
  // A writer's name marked for a footnote (`اسم الكاتب *`), when the text holds the footnote (`* وكالة`).
  let footnoted: boolean | undefined;
  const hasFootnote = (): boolean => (footnoted ??= blocks.some((b, i) => i >= first && b.kind === 'text' && isFootnote(b.text) && inside(b.el)));
  const writer = (text: string): boolean => isWritingByline(text) || (footnotedName(text) !== undefined && hasFootnote());
  // The story's own header box around the headline (`article__header`): a finished sentence in it under the headline is the lede.
  const header = h1 >= 0 ? storyHeaderAround(blocks[h1]) : undefined;
  const lede = (b: RawBlock, i: number): boolean =>
    header !== undefined && b.kind === 'text' && underHeadline(i) && header.contains(b.el) && isLede(b.text);
  const lead = (b: RawBlock, i: number): boolean =>
    // The byline may be an item of the meta row's list (Elementor's post-info `<li>`: `كتب: …` beside the date).
    ((underHeadline(i) || inHero(b, i)) && picture(b, i)) || ((b.kind === 'text' || b.kind === 'li') && underHeadline(i) && writer(b.text)) || lede(b, i);
  const out = dropChrome(blocks, chrome, containers, (b, i) => inside(b.el) || lead(b, i));
  // Found among the blocks only (no h1 or h2 shows it): where the headline is shown, for the deck after it.
  if (h1 >= 0 && !headline.el && blocks[h1]!.kind !== 'h1') {
    out.headline = shownIn(blocks[h1]!.el, blocks[h1]!.text);
    if (blocks[h1]!.text !== headline.text) out.headlineText = blocks[h1]!.text;
  }
  return out;
}

/** Children of a headline's block read for an element of its own that shows the headline. */
const HEADLINE_CHILDREN = 4;

/**
 * The element that shows a headline found among the blocks: the block's own child holding just that text, when the
 * block runs on past it (`<div><span class="articletitle">…</span><br><span class="articlesubtitle">…</span>…</div>`),
 * so the deck is read after the headline and not after the whole block; else the block.
 */
function shownIn(block: Element, text: string): Element {
  let child = block.firstElementChild;
  for (let i = 0; child && i < HEADLINE_CHILDREN; i++, child = child.nextElementSibling) {
    if (normaliseText(rawText(child, text.length * 2)) === text) return child;
  }
  return block;
}
