/**
 * One address's spellings made equal: a permalink is written with its scheme or without,
 * `www.` or not, its Arabic letters percent-encoded in lower- or upper-case hex or not at all,
 * with a trailing slash or a fragment. Links compared by this key only ask "is it the same
 * page?"; it is no URL to fetch.
 *
 * @example urlKey('https://www.example.com/%d9%85%d9%82%d8%a7%d9%84/#top') // 'example.com/مقال'
 * @example urlKey('//example.com/%D9%85%D9%82%D8%A7%D9%84') // 'example.com/مقال'
 */
export function urlKey(url: string): string {
  let s = url.trim();
  const hash = s.indexOf('#');
  if (hash >= 0) s = s.slice(0, hash);
  s = s.replace(SCHEME, '');
  if (s.includes('%')) {
    try {
      s = decodeURI(s);
    } catch {
      // A malformed escape is compared as written.
    }
  }
  return s.toLowerCase().replace(WWW, '').replace(TRAILING_SLASHES, '');
}

const SCHEME = /^(?:https?:)?\/\//i;
const WWW = /^www\./;
/** Slashes ending the path, before a query or at the end. */
const TRAILING_SLASHES = /\/+(?=\?|$)/g;

/**
 * The path part of a key (from its first `/`), what a site-relative href (`/2020/02/15/story/`) is compared with.
 *
 * @example pathOfKey('example.com/news/1') // '/news/1'
 */
export function pathOfKey(key: string): string {
  const slash = key.indexOf('/');
  return slash >= 0 ? key.slice(slash) : '';
}
