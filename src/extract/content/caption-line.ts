/**
 * Captions a page writes as plain lines under their images, with no caption class: a short
 * line with no link text, right after an image, that either says what the image's `alt`
 * says (`<img alt="X"> … <div><p>X</p></div>`) or is the only text in the image's own box
 * (`<div class="article_image"><img><div class="red">X</div></div>`).
 */
import { isCreditLine, isWidgetTitle, matchKey } from '../../lexicon/index.js';
import { TUNABLES } from '../../tunables.js';
import type { RawBlock } from './collect-blocks.js';

type N = any;

/** How many blocks after its image a line repeating the alt may come. */
const ALT_CAPTION_REACH = 2;
/** Two Arabic letters in a row. */
const ARABIC_WORD = /[\u0621-\u064A]{2}/;
/** How deep below the image's box the line (and any other text of the box) may sit. */
const BOX_DEPTH = 3;

/**
 * @example repeatsAlt({ kind: 'text', text: 'شيخ الأزهر', linkChars: 0 }, 'شيخ الأزهر') // true
 */
export function repeatsAlt(b: Pick<RawBlock, 'kind' | 'text' | 'linkChars'>, alt: string | undefined): boolean {
  return !!alt && isPlainLine(b) && matchKey(b.text) === matchKey(alt);
}

/**
 * Is block `i` the caption line of the image just before it?
 *
 * @example isCaptionLine(collectBlocks(box, opts).blocks, 1)
 */
export function isCaptionLine(blocks: readonly RawBlock[], i: number): boolean {
  const b = blocks[i];
  if (!b || (b.kind !== 'text' && b.kind !== 'heading')) return false;
  for (let j = i - 1; j >= 0 && j >= i - ALT_CAPTION_REACH; j--) {
    const alt = blocks[j]!.image?.alt;
    if (alt && (repeatsAlt(b, alt) || slideHeading(blocks, j, b, alt))) return true;
  }
  return isPlainLine(b) && (soleLineOfImageBox(blocks, i) || looseLineUnderPicture(blocks, i));
}

/** Longest loose line under a picture read as its caption, and its most words. */
const LOOSE_CAPTION_CHARS = 60;
const LOOSE_CAPTION_WORDS = 8;
/** Sentence-final punctuation: a caption line has none. */
const SENTENCE_END = /[.!?؟:…]\s*$/;

/**
 * A short line left loose beside a picture in the story's own box, a paragraph after it
 * (`<a href="…jpg"><img></a><br>عادل منصور<p>…`): a republisher that strips caption markup leaves this.
 * Only bare text in the picture's own box counts — a line in a `<p>` of its own is a subheading as often.
 */
function looseLineUnderPicture(blocks: readonly RawBlock[], i: number): boolean {
  const img = blocks[i - 1];
  const b = blocks[i]!;
  const next = blocks[i + 1];
  if (!img || img.kind !== 'image' || img.figure || b.el !== img.el || !next || next.kind !== 'text') return false;
  const t = b.text;
  return (
    t.length <= LOOSE_CAPTION_CHARS && t.split(' ').length <= LOOSE_CAPTION_WORDS && !SENTENCE_END.test(t) && next.text.length > 2 * t.length &&
    ARABIC_WORD.test(t) && !isCreditLine(t) && !isWidgetTitle(t)
  );
}

/**
 * A slide's caption set as a heading in the slide's own box, in a link a script works (`<li><div class="media"><img
 * alt="X"></div><div class="text"><h3><a href="javascript:void(0);">X</a></h3></div></li>`): it says what the alt says.
 * A box that also holds the text before the picture is the story's column, not a slide: a subheading there that repeats
 * an in-body picture's alt (an SEO keyword set in both) is the story's.
 */
function slideHeading(blocks: readonly RawBlock[], j: number, b: RawBlock, alt: string): boolean {
  if (b.kind !== 'heading' || b.text.length > TUNABLES.maxCaptionChars || matchKey(b.text) !== matchKey(alt)) return false;
  let box: N = (blocks[j]!.el as N).parentNode;
  for (let up = 0; up < SLIDE_BOX_LEVELS && box && box.nodeType === 1; up++, box = box.parentNode) {
    if (box.contains(b.el)) return !(j > 0 && box.contains(blocks[j - 1]!.el));
  }
  return false;
}
/** Levels above a slide's picture its box may be. */
const SLIDE_BOX_LEVELS = 3;

const isPlainLine = (b: Pick<RawBlock, 'kind' | 'text' | 'linkChars'>): boolean =>
  b.kind === 'text' && b.linkChars === 0 && b.text.length <= TUNABLES.maxCaptionChars;

/**
 * The image just before holds its box, the line sits in it, and no other text of the page does.
 * It must hold Arabic words: a credit alone (`Getty Images`, `REUTERS / …`), a widget label or a row of
 * font buttons (`A A A`) is no caption.
 */
function soleLineOfImageBox(blocks: readonly RawBlock[], i: number): boolean {
  const img = blocks[i - 1];
  const text = blocks[i]!.text;
  if (!img || img.kind !== 'image' || !ARABIC_WORD.test(text) || isCreditLine(text) || isWidgetTitle(text)) return false;
  // A picture in a `<figure>` (inside its `<picture>`): the figure is its box.
  const box = img.figure ?? img.el;
  const before = blocks[i - 2];
  const after = blocks[i + 1];
  return within(blocks[i]!.el, box) && !(before && within(before.el, box)) && !(after && within(after.el, box));
}

function within(el: Element, box: Element): boolean {
  for (let n: N = el, depth = 0; n && depth <= BOX_DEPTH; n = n.parentNode, depth++) if (n === box) return true;
  return false;
}
