/**
 * Turn a subtree into a flat list of raw text blocks in reading order, in ONE iterative
 * pass over linkedom's node list. A block is a run of inline content between block
 * boundaries (block-level tags and `<br>`), tagged with its context (heading, list item,
 * quote, caption) and its link text, so later stages score and filter without walking
 * the tree again. Chrome-looking subtrees (see classify.ts) are marked, not skipped: chrome.ts decides.
 */
import { attr, ELEMENT, INVISIBLE, NODE_END, rawText, TEXT, textData } from '../../parse/dom.js';
import { END, NEXT } from '../../parse/linkedom-tree-adapter.js';
import { BLOCK_TAGS } from '../../lexicon/structure.js';
import { isBlank, isInvisible, isSpace, normaliseText } from '../../normalise/text.js';
import { TUNABLES } from '../../tunables.js';
import { embedOf, isEmbeddedPost, PLAYER_TAGS, type Embed } from './embed.js';
import { profileOf, type ElementProfile } from './classify.js';
import { altText, backgroundPicture, imageSource, isDecorativeImage, isPictureFill } from './image-source.js';
import { holdsHeadline } from '../chrome-context.js';
import { leadsToListing, leadsToPicture, teaserCard } from './teaser.js';

type N = any;

export type RawKind = 'text' | 'heading' | 'h1' | 'li' | 'quote' | 'caption' | 'image' | 'embed';

export interface RawBlock {
  kind: RawKind;
  text: string;
  /** Characters of `text` inside links. */
  linkChars: number;
  /** Link text the block ends with (tags or a "more" link glued to the last sentence). */
  trailingLink?: string;
  /** The innermost block-level element holding the block. */
  el: Element;
  level?: number;
  /** For list items: the list element and whether it is ordered. */
  list?: Element;
  ordered?: boolean;
  image?: { src: string; alt?: string; title?: string };
  embed?: Embed;
  /** Set when the block sits inside a `<figure>` (captions pair with images there). */
  figure?: Element;
  /** Chrome-looking ancestors. Whether they really are chrome is decided later. */
  noise: NoiseChain;
}

/** An element that looks like chrome (class word, role, tag), and why. */
export interface NoiseMark {
  el: Element;
  reason: string;
}

/**
 * A block's chrome-looking ancestors as a persistent list: `mark` is the innermost, `parent`
 * the chain above it, `length` how many marks. Every block below an element shares its
 * chain node, so nesting costs O(1) per element (an array copied per element was
 * quadratic: 100k nested `<aside>`s ran out of memory).
 */
export interface NoiseChain {
  readonly length: number;
  readonly mark?: NoiseMark;
  readonly parent?: NoiseChain;
}

/** The chain of a block with no chrome-looking ancestor. */
export const NO_NOISE: NoiseChain = Object.freeze({ length: 0 });

/*
 * Blocks, noise links and text sizes live as long as their page and point into its tree, so they
 * are made by `new`, never by an object literal: V8 may allocate a literal's objects straight in
 * the old generation after one large page, and the old records of dead pages then kept each later
 * page's young tree alive through the minor GCs (see `ElementEnd` in the tree adapter).
 */
class Block {
  constructor(
    public kind: RawKind,
    readonly text: string,
    readonly linkChars: number,
    readonly el: Element,
    readonly noise: NoiseChain,
  ) {}
}
const newBlock = (kind: RawKind, text: string, linkChars: number, el: Element, noise: NoiseChain): RawBlock => new Block(kind, text, linkChars, el, noise);

class NoiseLink implements NoiseChain {
  readonly length: number;
  readonly mark: NoiseMark;
  constructor(
    el: Element,
    reason: string,
    readonly parent: NoiseChain,
  ) {
    this.length = parent.length + 1;
    this.mark = new Mark(el, reason);
  }
}
class Mark implements NoiseMark {
  constructor(
    readonly el: Element,
    readonly reason: string,
  ) {}
}
class Size implements TextSize {
  constructor(
    public chars: number,
    public linkChars: number,
  ) {}
}

export interface CollectOptions {
  /**
   * Why an element looks like chrome, or undefined. Its subtree is still collected,
   * marked: a "chrome" wrapper around most of the page is a layout box, not chrome.
   */
  noise(el: Element, tag: string, profile: ElementProfile): string | undefined;
  /** The page's h1s, when known: an `<aside>` holding the headline is read, not skipped (found by climbing from them). */
  h1s?: readonly Element[];
  /** Whether a link leads to the page itself: a picture linked there is this story's, not a teaser's. */
  isSelf?: (href: string) => boolean;
  /** Whether a link leads to another site: a picture linked there (not to a picture file) is an ad or a badge. */
  isOffsite?: (href: string) => boolean;
}

const NEVER = (): boolean => false;

/** Text characters inside an element, and how many of them are link text. */
export interface TextSize {
  chars: number;
  linkChars: number;
}

interface Frame extends TextSize {
  el: Element;
  tag: string;
  block: boolean;
  noisy: boolean;
  caption: boolean;
  heading: number;
}

/**
 * Skipped outright: form controls, and the landmarks that never hold the story — menus,
 * page footers, sidebars (`<header>` is only marked: some CMSs put the whole article in one).
 */
const SKIPPED = new Set(['button', 'select', 'input', 'textarea', 'option', 'datalist', 'label', 'dialog', 'nav', 'footer', 'aside']);


class Collector {
  readonly blocks: RawBlock[] = [];
  /** Text size of every element that holds text, summed bottom-up as elements close. */
  readonly sizes = new Map<Element, TextSize>();
  private readonly rootSize: TextSize = new Size(0, 0);
  private buf = '';
  private linkBuf = '';
  private readonly stack: Frame[] = [];
  private captions = 0;
  private quotes = 0;
  private heading = 0;
  /** Heading elements open, and where the blocks of the outermost one begin. */
  private headings = 0;
  private headingStart = 0;
  private readonly figures: Element[] = [];
  /** Open links, innermost last (their count says whether text is link text). */
  private readonly anchors: Element[] = [];
  /** The open teaser card whose picture was seen: blocks until it closes are the other story's. */
  private card: Element | undefined;
  private readonly lists: Element[] = [];
  private readonly items: Element[] = [];
  /** Replaced (never mutated) on push/pop, so blocks can share it. */
  private noise: NoiseChain = NO_NOISE;

  constructor(
    private readonly root: Element,
    private readonly isSelf: (href: string) => boolean,
    private readonly isOffsite: (href: string) => boolean,
  ) {}

  private trail = '';

  text(data: string): void {
    // Blank text before any content is dropped by normaliseText anyway (and an empty buffer
    // has no link text or trail): most text nodes are the indentation between tags.
    if (this.buf === '' && isBlank(data)) return;
    this.buf += data;
    if (this.anchors.length > 0) {
      this.linkBuf += data;
      this.trail += data;
    } else if (/\S/.test(data)) this.trail = '';
    else if (this.trail) this.trail += data;
  }

  flush(): void {
    if (!this.buf) return;
    const text = normaliseText(this.buf);
    // All of it link text (a list of other stories): the link text and the trail are the text.
    const allLinks = this.linkBuf.length === this.buf.length;
    const linkChars = allLinks ? text.length : this.linkBuf ? collapsedLength(this.linkBuf) : 0;
    const trailing = allLinks || !this.trail ? '' : normaliseText(this.trail);
    this.buf = '';
    this.linkBuf = '';
    this.trail = '';
    if (!text) return;
    const block = newBlock(this.kind(text), text, linkChars, this.blockEl(), this.card ? new NoiseLink(this.card, 'teaser', this.noise) : this.noise);
    if (trailing && trailing.length < text.length) block.trailingLink = trailing;
    const top = this.stack[this.stack.length - 1] ?? this.rootSize;
    top.chars += text.length;
    top.linkChars += linkChars;
    if (block.kind === 'heading') block.level = Math.max(2, this.heading);
    if (block.kind === 'li') {
      block.list = this.lists[this.lists.length - 1]!;
      block.ordered = block.list.localName === 'ol';
    }
    const fig = this.figures[this.figures.length - 1];
    if (fig) block.figure = fig;
    this.blocks.push(block);
  }

  private kind(text: string): RawKind {
    if (this.captions > 0) return 'caption';
    if (this.heading === 1) return 'h1';
    // Some CMSs set whole paragraphs in <h5>/<h6>: a long "heading" is prose.
    if (this.heading > 1) return text.length > TUNABLES.maxHeadingChars ? 'text' : 'heading';
    if (this.quotes > 0) return 'quote';
    if (this.items.length > 0 && this.lists.length > 0) return 'li';
    return 'text';
  }

  private blockEl(): Element {
    for (let i = this.stack.length - 1; i >= 0; i--) if (this.stack[i]!.block) return this.stack[i]!.el;
    return this.root;
  }

  open(el: Element, tag: string, profile: ElementProfile, noise: string | undefined): void {
    const caption = tag !== 'figcaption' && profile.caption && !holdsParagraphs(el);
    const heading = headingLevel(tag);
    // Chrome and caption boxes end a paragraph even when inline (`<span class="caption">`).
    const block = BLOCK_TAGS.has(tag) || noise !== undefined || caption;
    if (block) this.flush();
    this.push(el, tag, block, noise !== undefined, caption, heading);
    if (noise !== undefined) this.noise = new NoiseLink(el, noise, this.noise);
    if (tag === 'a') this.anchors.push(el);
    else if (tag === 'figure') this.figures.push(el);
    else if (tag === 'ul' || tag === 'ol') this.lists.push(el);
    else if (tag === 'li') this.items.push(el);
    else if (tag === 'blockquote' || tag === 'q') this.quotes++;
    else if (tag === 'figcaption') this.captions++;
    if (heading) {
      if (this.headings++ === 0) this.headingStart = this.blocks.length;
      this.heading = heading;
    }
    if (caption) this.captions++;
  }

  /** Frames are reused by depth (one object per level, not one per element: less garbage). */
  private readonly pool: Frame[] = [];

  private push(el: Element, tag: string, block: boolean, noisy: boolean, caption: boolean, heading: number): void {
    const depth = this.stack.length;
    let f = this.pool[depth];
    if (!f) {
      f = { el, tag, block, noisy, caption, heading, chars: 0, linkChars: 0 };
      this.pool[depth] = f;
    } else {
      f.el = el;
      f.tag = tag;
      f.block = block;
      f.noisy = noisy;
      f.caption = caption;
      f.heading = heading;
      f.chars = 0;
      f.linkChars = 0;
    }
    this.stack.push(f);
  }

  close(): void {
    const frame = this.stack[this.stack.length - 1];
    if (!frame) return;
    // The element's last run of text is its own (`<div>…<p>…</p>closing words</div>`): flush before popping.
    if (frame.block) this.flush();
    this.stack.pop();
    const { tag } = frame;
    if (frame.chars > 0) {
      this.sizes.set(frame.el, new Size(frame.chars, frame.linkChars));
      const parent = this.stack[this.stack.length - 1] ?? this.rootSize;
      parent.chars += frame.chars;
      parent.linkChars += frame.linkChars;
    }
    if (frame.noisy) this.noise = this.noise.parent ?? NO_NOISE;
    if (frame.el === this.card) this.card = undefined;
    if (tag === 'a') this.anchors.pop();
    else if (tag === 'figure') this.figures.pop();
    else if (tag === 'ul' || tag === 'ol') this.lists.pop();
    else if (tag === 'li') this.items.pop();
    else if (tag === 'blockquote' || tag === 'q') this.quotes--;
    else if (tag === 'figcaption') this.captions--;
    if (frame.heading) {
      this.heading = 0;
      // Once, when the outermost heading closes: nested headings would make it quadratic.
      if (--this.headings === 0) proseInHeading(this.blocks, this.headingStart);
    }
    if (frame.caption) this.captions--;
  }

  /** Close what is still open (truncated input) and record the root's size. */
  finish(): Map<Element, TextSize> {
    while (this.stack.length) this.close();
    if (this.rootSize.chars > 0) this.sizes.set(this.root, new Size(this.rootSize.chars, this.rootSize.linkChars));
    return this.sizes;
  }

  /** A lightbox's slide drawn with CSS: a box in a link that opens a picture file, showing a picture as its background. */
  background(el: Element): void {
    const link = this.anchors[this.anchors.length - 1];
    if (!link) return;
    const src = backgroundPicture(el);
    if (src && leadsToPicture(attr(link, 'href') ?? '')) this.image(el, src);
  }

  image(el: Element, src = imageSource(el)): void {
    if (!src || isDecorativeImage(el, src)) return;
    const link = this.anchors[this.anchors.length - 1];
    if (link && leadsAway(link, this.isOffsite)) return;
    const card = link ? teaserCard(link, this.isSelf) : undefined;
    if (card) {
      // What the card shows after the picture (the other story's title, its photo credit) is marked as the
      // card's; text before it is not.
      this.flush();
      if (this.stack.some((f) => f.el === card)) this.card = card;
      return;
    }
    this.flush();
    const image: RawBlock['image'] = { src };
    const alt = altText(attr(el, 'alt') ?? attr(el, 'data-alt'));
    const title = attr(el, 'title')?.trim();
    if (alt) image.alt = alt;
    if (title) image.title = normaliseText(title);
    const block = newBlock('image', '', 0, this.blockEl(), this.noise);
    block.image = image;
    const fig = this.figures[this.figures.length - 1];
    if (fig) block.figure = fig;
    this.blocks.push(block);
    const caption = galleryCaption(el);
    if (caption) {
      const c = newBlock('caption', caption, 0, block.el, this.noise);
      if (fig) c.figure = fig;
      this.blocks.push(c);
    }
  }

  embed(el: Element, embed: Embed): void {
    this.flush();
    const block = newBlock('embed', '', 0, el, this.noise);
    block.embed = embed;
    this.blocks.push(block);
  }
}

/**
 * A picture's link to another site (not to a picture file there: a sponsor's banner, an app badge), or to a tag or
 * section listing (a campaign's banner): no picture of the story.
 */
function leadsAway(link: Element, isOffsite: (href: string) => boolean): boolean {
  const href = attr(link, 'href')?.trim();
  return !!href && !leadsToPicture(href) && (isOffsite(href) || leadsToListing(href));
}

/**
 * The caption a lightbox gallery keeps in an attribute of the picture's item
 * (`<li data-sub-html="<p>…</p>"><img>`: lightGallery), or of the picture itself (`<img caption="…">`, a slider's):
 * shown when the picture opens, so the page's own.
 */
function galleryCaption(img: Element): string | undefined {
  const own = attr(img, 'caption');
  if (own && /\S/.test(own)) return normaliseText(own.replace(/<[^>]*>/g, ' ')) || undefined;
  let n: N = img.parentNode;
  for (let up = 0; up < 2 && n && n.nodeType === ELEMENT; up++, n = n.parentNode) {
    const html = attr(n, 'data-sub-html');
    if (html) return normaliseText(html.replace(/<[^>]*>/g, ' ')) || undefined;
  }
  return undefined;
}

/** `normaliseText(s).length` without building the string (link text is only measured). */
function collapsedLength(s: string): number {
  let n = 0;
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) {
      if (n > 0) space = true;
    } else if (isInvisible(c)) {
      continue;
    } else {
      if (space) n++;
      space = false;
      n++;
    }
  }
  return n;
}

/**
 * A heading element that holds several blocks (`<h6><p>…</p><p>…</p></h6>`, `<h2>…<br><br>…</h2>`) is a
 * box some CMSs set the whole story in: its lines are paragraphs, not subheadings.
 */
function proseInHeading(blocks: RawBlock[], start: number): void {
  let lines = 0;
  for (let i = start; i < blocks.length; i++) if (blocks[i]!.kind === 'heading' || blocks[i]!.kind === 'text') lines++;
  if (lines < 2) return;
  for (let i = start; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'heading') continue;
    b.kind = 'text';
    delete b.level;
  }
}

function headingLevel(tag: string): number {
  if (tag.length !== 2 || tag.charCodeAt(0) !== 104 /* h */) return 0;
  const d = tag.charCodeAt(1) - 48;
  return d >= 1 && d <= 6 ? d : 0;
}

/**
 * Collect the blocks of `root`'s subtree.
 *
 * @example collectBlocks(div, { noise: () => undefined }).blocks.map(b => b.text)
 */
export function collectBlocks(root: Element, options: CollectOptions): { blocks: RawBlock[]; sizes: Map<Element, TextSize> } {
  const c = new Collector(root, options.isSelf ?? NEVER, options.isOffsite ?? NEVER);
  const end = (root as N)[END];
  let n: N = (root as N)[NEXT];
  while (n && n !== end) {
    const type = n.nodeType;
    if (type === TEXT) {
      c.text(textData(n));
    } else if (type === ELEMENT) {
      const tag: string = n.localName;
      const profile = profileOf(n);
      const embed = PLAYER_TAGS.has(tag) || profile.embed ? embedOf(n, tag, profile.words) : undefined;
      if (embed || (profile.embed && isEmbeddedPost(profile.words))) {
        // A post whose permalink is missing (a CMS split the tweet in two) still keeps its text out.
        if (embed) c.embed(n, embed);
        n = n[END][NEXT];
        continue;
      }
      // Text only a screen reader reads (`<span class="screen-reader-text">قائمة 1 من 3</span>`) is not shown; an h1 so
      // classed is still the page's headline.
      if (INVISIBLE.has(tag) || (SKIPPED.has(tag) && !(tag === 'aside' && holdsHeadline(n, options.h1s))) || (profile.screenReader && tag !== 'h1')) {
        n = n[END][NEXT];
        continue;
      }
      if (tag === 'br') c.flush();
      else if (tag === 'img' || tag === 'amp-img' || (tag === 'span' && isPictureFill(n))) c.image(n);
      else c.background(n);
      c.open(n, tag, profile, options.noise(n, tag, profile));
    } else if (type === NODE_END) {
      c.close();
    }
    n = n[NEXT];
  }
  c.flush();
  const sizes = c.finish();
  return { blocks: joinTableRows(c.blocks), sizes };
}

/** A data table's cell is short; a layout table's cell holding the story is not. */
const MAX_CELL_CHARS = 100;

const isCell = (b: RawBlock): boolean => b.kind === 'text' && b.text.length <= MAX_CELL_CHARS && (b.el.localName === 'td' || b.el.localName === 'th');

/**
 * The short cells of one table row read as one line (`بنك النخيل 16,05 جم 16,15 جم`), as the
 * row shows them: a price or score table is a list of rows, not of cells. Only where no block
 * of another kind sits between them; blocks elsewhere are passed through as they are.
 */
function joinTableRows(blocks: RawBlock[]): RawBlock[] {
  if (!blocks.some(isCell)) return blocks;
  const out: RawBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const row = isCell(b) ? (b.el as N).parentNode : null;
    let j = i + 1;
    while (row && j < blocks.length && isCell(blocks[j]!) && (blocks[j]!.el as N).parentNode === row) j++;
    if (j - i < 2) {
      out.push(b);
      continue;
    }
    const cells = blocks.slice(i, j);
    const joined = newBlock('text', cells.map((x) => x.text).join(' '), cells.reduce((n, x) => n + x.linkChars, 0), row, b.noise);
    if (b.figure) joined.figure = b.figure;
    out.push(joined);
    i = j - 1;
  }
  return out;
}

/**
 * Does a box hold paragraphs of its own (two `<p>` children at least)? A box so named a caption that does is the story's
 * text cell, not a picture's line (`<td class="NewsItemCaption"><p>…</p><p>…</p>`: a portal's "caption" is its summary).
 */
function holdsParagraphs(el: Element): boolean {
  let n = 0;
  // An empty paragraph (`<p>&nbsp;</p>`, a CMS's spacer under the caption) holds no text.
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (c.localName === 'p' && /\S/.test(rawText(c, 40)) && ++n >= 2) return true;
  return false;
}
