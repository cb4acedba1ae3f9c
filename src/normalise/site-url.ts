/**
 * The site's own address when the URL a page was fetched from is not it: a web archive's copy,
 * a bare IP address, a feed redirector. The site's address decides the adapter, the time zone
 * and `site.domain`; links on the page still resolve against the address fetched.
 */
import { utcInstant } from '../dates/calendar.js';
import { parseUrl } from './url.js';

/** Wayback Machine hosts: their path holds the captured address after a timestamp (`/web/20200102171254id_/…`). */
const ARCHIVE_HOSTS = new Set(['web.archive.org', 'wayback.archive.org']);
const ARCHIVE_PATH = /^\/web\/\d{1,14}(?:[a-z]{2}_)?\/(.+)$/i;

/** Hosts that only forward to a story (feed click trackers): the page names its own address. */
const REDIRECTOR_HOSTS = new Set(['feedproxy.google.com', 'feeds.feedburner.com']);
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/**
 * The address a web archive's copy was captured from, or undefined for any other URL.
 *
 * @example archivedOriginal(new URL('https://web.archive.org/web/20200102171254id_/https://www.site.com/a'))?.href // 'https://www.site.com/a'
 */
export function archivedOriginal(url: URL): URL | undefined {
  if (!ARCHIVE_HOSTS.has(url.hostname)) return undefined;
  const m = ARCHIVE_PATH.exec(url.pathname + url.search + url.hash);
  if (!m) return undefined;
  // The captured address keeps its scheme (`https://`, sometimes squeezed to `https:/`), or has none.
  const inner = m[1]!.replace(/^(https?):\/+/i, '$1://');
  return parseUrl(/^https?:\/\//i.test(inner) ? inner : `http://${inner}`);
}

/** A capture's timestamp in full: `YYYYMMDDhhmmss`, in UTC (the Wayback Machine redirects shorter ones to one). */
const ARCHIVE_STAMP = /^\/web\/(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:[a-z]{2}_)?\//i;

/**
 * When a web archive's copy was captured: the instant its URL names in full (`/web/20200321130512/…`), or undefined
 * for any other URL and for a partial timestamp (`/web/2020/…` names no instant).
 *
 * @example archiveCaptureTime(new URL('https://web.archive.org/web/20200321130512id_/https://www.site.com/a'))?.toISOString() // '2020-03-21T13:05:12.000Z'
 */
export function archiveCaptureTime(url: URL): Date | undefined {
  if (!ARCHIVE_HOSTS.has(url.hostname)) return undefined;
  const m = ARCHIVE_STAMP.exec(url.pathname);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  return utcInstant(y, mo, d, h, mi, s);
}

/**
 * Does a host stand in for the site's own — an IP address, `localhost`, a feed redirector —
 * so that it says nothing about which site the page is?
 *
 * @example isStandInHost('203.0.113.7') // true
 */
export function isStandInHost(host: string): boolean {
  const h = host.toLowerCase();
  return IPV4.test(h) || h.startsWith('[') || h === 'localhost' || REDIRECTOR_HOSTS.has(h);
}

/**
 * The site's own address as a fetched URL tells it: the archived original of an archive's copy, the
 * URL itself, or undefined when its host only stands in for the site (then the page's own claim decides).
 *
 * @example givenSiteUrl(new URL('https://web.archive.org/web/2020/https://www.site.com/a'))?.hostname // 'www.site.com'
 * @example givenSiteUrl(new URL('http://203.0.113.7/article/1')) // undefined
 */
export function givenSiteUrl(fetched: URL): URL | undefined {
  const own = archivedOriginal(fetched) ?? fetched;
  return isStandInHost(own.hostname) ? undefined : own;
}

/** Second-level labels under a country code that a site registers below (`example.com.eg`, `example.gov.lb`). */
const SECOND_LEVELS = new Set(['com', 'net', 'org', 'gov', 'edu', 'co', 'ac', 'info', 'news', 'mil']);

/**
 * The domain a site registered, from a host: its last two labels, or three under a country code's second level.
 *
 * @example siteDomain('img.youm7.com') // 'youm7.com'
 * @example siteDomain('www.example.com.eg') // 'example.com.eg'
 */
export function siteDomain(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  const n = labels.length;
  const take = n >= 3 && labels[n - 1]!.length === 2 && SECOND_LEVELS.has(labels[n - 2]!) ? 3 : 2;
  return labels.slice(-take).join('.');
}
