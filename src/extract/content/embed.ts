/** Embedded posts and players: their provider and canonical URL, never their text. */
import { attr, classAndId, descendants, firstTagIn, rawText, TEXT, textData } from '../../parse/dom.js';

type N = any;
import { EMBED_HOSTS } from '../../lexicon/structure.js';
import type { EmbedProvider } from '../../article.js';

export interface Embed {
  provider: EmbedProvider;
  url: string;
}

function providerOf(url: string): EmbedProvider | undefined {
  try {
    const host = new URL(url, 'https://x.invalid/').hostname.replace(/^www\./, '');
    for (const [re, p] of EMBED_HOSTS) if (re.test(host)) return p;
  } catch {
    /* not a URL */
  }
  return undefined;
}

/** Class words of embedded posts, and of players a script loads on click (see lazyPlayer). */
export const EMBED_WORDS = /twitter-|instagram-media|tiktok-embed|fb-(post|video)|youtube|lazyframe|lazyyt|(?:^|[\s_-])lyte(?:[\s_-]|$)/;
/** Class words of a player a script loads on click: WP Rocket's `rll-youtube-player`, lazyframe, lazyYT, WP YouTube Lyte, a theme's `div.youtube`. */
const LAZY_PLAYER = /youtube|lazyframe|lazyyt|(?:^|[\s_-])lyte(?:[\s_-]|$)/;
/** Attributes a lazy player keeps its video's address in. */
const LAZY_URL_ATTRS = ['data-src', 'data-embed', 'data-url', 'data-video-url', 'data-href'] as const;
/** Attributes a lazy player keeps a YouTube video's id in (Lyte's `id="WYL_…"` too). */
const LAZY_ID_ATTRS = ['data-embed', 'data-youtube-id', 'data-videoid', 'data-video-id', 'data-id'] as const;
const YOUTUBE_ID = /^[\w-]{11}$/;
const LYTE_ID = /^WYL_([\w-]{11})$/;
/** A player shows a poster and a button, no more than a label (`تشغيل الفيديو`) of text. */
const MAX_PLAYER_TEXT = 40;
/** The frame a lazy player's `<noscript>` holds for readers without scripts (its markup is text to a parser that runs none). */
const NOSCRIPT_FRAME = /<iframe\b[^>]*?\ssrc=["']([^"']+)["']/i;
/** Nodes searched for a lazy player's `<noscript>`: it sits beside the poster image. */
const NOSCRIPT_BUDGET = 20;
/** Classes of an embedded post: its text is the post's, never the article's, even when no permalink can be read. */
const POST_CLASSES = /twitter-tweet|twitter-video|instagram-media|tiktok-embed|fb-post/;
export const isEmbeddedPost = (words: string): boolean => POST_CLASSES.test(words);

/** Tags that embed a player or a frame. */
export const PLAYER_TAGS = new Set(['iframe', 'embed', 'video', 'amp-iframe', 'amp-youtube', 'amp-twitter']);

function lastLink(el: Element, test: RegExp): string | undefined {
  let found: string | undefined;
  for (const d of descendants(el)) {
    if (d.localName === 'a') {
      const href = attr(d, 'href');
      if (href && test.test(href)) found = href;
    }
  }
  return found;
}

/** The embed an element stands for (tweet blockquote, instagram/facebook/tiktok box, player iframe), if any. */
export function embedOf(el: Element, tag: string, words: string = classAndId(el)): Embed | undefined {
  if (PLAYER_TAGS.has(tag)) {
    if (tag === 'amp-youtube') {
      const id = attr(el, 'data-videoid');
      return id ? { provider: 'youtube', url: `https://www.youtube.com/watch?v=${id}` } : undefined;
    }
    if (tag === 'amp-twitter') {
      const id = attr(el, 'data-tweetid');
      return id ? { provider: 'twitter', url: `https://twitter.com/i/status/${id}` } : undefined;
    }
    const src = attr(el, 'src') ?? attr(el, 'data-src');
    if (!src) return undefined;
    if (tag === 'video') return { provider: 'video', url: src };
    const p = providerOf(src);
    return p ? { provider: p, url: src } : undefined;
  }
  if (!words || !EMBED_WORDS.test(words)) return undefined;
  if (LAZY_PLAYER.test(words)) return lazyPlayer(el, words);
  if (/twitter-tweet|twitter-video/.test(words)) {
    const url = lastLink(el, /(twitter|x)\.com\/[^/]+\/status/);
    return url ? { provider: 'twitter', url } : undefined;
  }
  if (/instagram-media/.test(words)) {
    const url = attr(el, 'data-instgrm-permalink') ?? lastLink(el, /instagram\.com\//);
    return url ? { provider: 'instagram', url } : undefined;
  }
  if (/tiktok-embed/.test(words)) {
    const url = attr(el, 'cite');
    return url ? { provider: 'tiktok', url } : undefined;
  }
  if (/\bfb-(post|video)\b/.test(words)) {
    const url = attr(el, 'data-href');
    return url ? { provider: 'facebook', url } : undefined;
  }
  return undefined;
}

/**
 * A player a script loads on click, before it has: the video's address in a data attribute
 * (`<div class="rll-youtube-player" data-src="https://www.youtube.com/embed/…">`), a YouTube id
 * (`<div class="youtube" data-embed="CIYX9Rd_Cms">`, Lyte's `<div class="lyte" id="WYL_…">`), or the frame its
 * `<noscript>` holds. A box that only says `youtube` (a follow link, a channel promo) holds none of these.
 *
 * @example lazyPlayer(div, 'rll-youtube-player') // { provider: 'youtube', url: 'https://www.youtube.com/embed/…' }
 */
function lazyPlayer(el: Element, words: string): Embed | undefined {
  for (const name of LAZY_URL_ATTRS) {
    const url = attr(el, name);
    const p = url && url.includes('/') ? providerOf(url) : undefined;
    if (p) return { provider: p, url: url! };
  }
  if (rawText(el, MAX_PLAYER_TEXT).trim().length >= MAX_PLAYER_TEXT) return undefined;
  const lyte = LYTE_ID.exec(attr(el, 'id') ?? '')?.[1];
  if (lyte) return youtubeId(lyte);
  if (words.includes('youtube') || words.includes('lazyyt')) {
    for (const name of LAZY_ID_ATTRS) {
      const id = attr(el, name);
      // An 11-character id of small letters only is a word (`placeholder`), not a video's.
      if (id && YOUTUBE_ID.test(id) && /[\dA-Z_-]/.test(id)) return youtubeId(id);
    }
  }
  const noscript: N = firstTagIn(el, 'noscript', NOSCRIPT_BUDGET);
  const text: N = noscript?.firstChild;
  const frame = text?.nodeType === TEXT ? NOSCRIPT_FRAME.exec(textData(text))?.[1] : undefined;
  const p = frame ? providerOf(frame) : undefined;
  return p ? { provider: p, url: frame! } : undefined;
}

const youtubeId = (id: string): Embed => ({ provider: 'youtube', url: `https://www.youtube.com/watch?v=${id}` });
