/**
 * The caption a template gives its lead picture only in the picture's own `title` (or a
 * sentence-long `alt`): `<div class="b-article__header"><img title="…"><div><h1>…</h1></div></div>`.
 * The picture sits beside the headline in the headline's own box, where no caption element is.
 */
import { attr, ELEMENT } from '../parse/dom.js';
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
