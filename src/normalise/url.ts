/** URL helpers: parse without throwing, and resolve page links against the page URL / `<base>`. */

/** An absolute http(s) URL, or undefined. */
export function parseUrl(s: string | undefined): URL | undefined {
  if (!s) return undefined;
  try {
    const u = new URL(s.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The host of an `http://` or `https://` URL written with a plain host — ASCII letters, digits and hyphens in dotted
 * labels, a port at most — lower-cased, as the URL parser gives it, without parsing. Undefined for anything else
 * (user info, percent signs, a non-ASCII or IP-literal host, no scheme): ask the parser then. A page's links are
 * mostly such URLs, and a crawler tests thousands a page.
 *
 * @example plainHost('https://WWW.Example.com:8080/news?id=1') // 'www.example.com'
 * @example plainHost('https://user@example.com/') // undefined
 */
export function plainHost(url: string): string | undefined {
  return PLAIN_HOST.exec(url)?.[1]!.toLowerCase();
}
const PLAIN_HOST = /^https?:\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)*\.?)(?=:\d*(?:[/?#]|$)|[/?#]|$)/i;

/**
 * A function resolving hrefs against `<base href>` (itself resolved against the page URL).
 * Unresolvable hrefs come back as given; protocol-relative ones get https.
 *
 * @example absolutizer(new URL('https://a.com/x/y'), undefined)('../i.jpg') // 'https://a.com/i.jpg'
 */
export function absolutizer(page: URL | undefined, base: string | undefined): (href: string) => string {
  let root: URL | undefined = page;
  if (base) {
    try {
      root = new URL(base.trim(), page);
    } catch {
      /* a bad <base> is ignored */
    }
  }
  return (href: string): string => {
    const h = href.trim();
    try {
      if (root) return new URL(h, root).href;
      if (h.startsWith('//')) return `https:${h}`;
    } catch {
      /* keep as given */
    }
    return h;
  };
}
