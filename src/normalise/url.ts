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
