/**
 * The caption a template gives its lead picture only in the picture's own `title` (or a
 * sentence-long `alt`): `<div class="b-article__header"><img title="…"><div><h1>…</h1></div></div>`.
 * The picture sits beside the headline in the headline's own box, where no caption element is.
 * Or the `figcaption` of the figure in its own box right after the headline's (`leadFigureCaption`), for
 * a redesign an adapter's picture selectors miss.
 */
import { attr, ELEMENT, firstTagIn, rawText } from '../parse/dom.js';
import { normaliseText } from '../normalise/text.js';
import { matchKey } from '../lexicon/match.js';

type N = any;

/** Boxes up from the headline in which its picture may sit. */
const LEVELS = 2;
/** Words a picture's `title` needs to caption it (`عازفة بيانو`); an `alt`, often a keyword or two, needs a sentence. */
const MIN_WORDS: Readonly<Record<string, number>> = { title: 2, alt: 4 };
const MAX_CHARS = 300;

/** A caption written on a picture, and the picture. */
export interface PictureCaption {
  text: string;
  img: Element;
}

/**
 * The caption written on the picture that shares the headline's box, with that picture, or undefined.
 *
 * @example leadPictureCaption(h1, 'عنوان الخبر')?.text // 'وزيرة الصحة ضمن الفريق الطبي…' for <div><img title="وزيرة الصحة ضمن الفريق الطبي…"><div><h1>…
 */
export function leadPictureCaption(headlineEl: Element, headline: string): PictureCaption | undefined {
  let inner: N = headlineEl;
  let box: N = inner.parentNode;
  for (let level = 0; level < LEVELS && box && box.nodeType === ELEMENT; level++, inner = box, box = box.parentNode) {
    for (let c: N = box.firstElementChild; c; c = c.nextElementSibling) {
      if (c === inner || c.localName !== 'img') continue;
      const text = captionOn(c, headline);
      if (text) return { text, img: c };
    }
  }
  return undefined;
}

function captionOn(img: Element, headline: string): string | undefined {
  const hk = matchKey(headline);
  for (const name of ['title', 'alt']) {
    const t = normaliseText(attr(img, name) ?? '');
    if (t.length <= MAX_CHARS && t.split(' ').length >= MIN_WORDS[name]! && matchKey(t) !== hk) return t;
  }
  return undefined;
}

/** Boxes after the headline's own looked at for its picture's figure. */
const FIGURE_SIBLINGS = 2;
/** A picture's box holds a caption, not the story: no more text than this. */
const MAX_FIGURE_BOX_CHARS = 400;

/**
 * The caption of the picture set in its own box right after the headline's (`<div class="articleHeader"><h1>…</h1></div>
 * <div class="image-wrap"><figure><img …><figcaption>…</figcaption></figure></div>`): where an adapter's picture
 * selectors miss a redesigned template, the page still shows which picture leads and what it says.
 *
 * @example leadFigureCaption(h1)?.text // 'محافظ القاهرة خلال الجولة'
 */
export function leadFigureCaption(headlineEl: Element): PictureCaption | undefined {
  let inner: N = headlineEl;
  for (let level = 0; level < LEVELS && inner && inner.nodeType === ELEMENT; level++, inner = inner.parentNode) {
    let sib: N = inner.nextElementSibling;
    for (let i = 0; sib && i < FIGURE_SIBLINGS; i++, sib = sib.nextElementSibling) {
      if (rawText(sib, MAX_FIGURE_BOX_CHARS + 1).length > MAX_FIGURE_BOX_CHARS) break;
      const img = firstTagIn(sib, 'img');
      const caption = img && firstTagIn(sib, 'figcaption');
      const text = caption ? normaliseText(rawText(caption, MAX_CHARS + 1)) : '';
      if (img && text && text.length <= MAX_CHARS) return { text, img };
    }
  }
  return undefined;
}
