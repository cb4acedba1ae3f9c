/** Embedded posts and players: their provider and canonical URL, never their text. */
import { attr, classAndId, descendants } from '../../parse/dom.js';
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

/** Class words of embedded posts. */
export const EMBED_WORDS = /twitter-|instagram-media|tiktok-embed|fb-(post|video)/;
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
