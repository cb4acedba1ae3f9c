/**
 * Stage 1, parse: input → the page every later stage reads — the document, its index,
 * its URL and base, JSON-LD, the adapter, the time zone and `now`.
 */
import type { Diagnostic } from '../article.js';
import { chooseAdapter } from '../adapt/choose-adapter.js';
import { adapterForHost, type AdapterRegistry } from '../adapt/registry.js';
import type { Adapter } from '../adapt/types.js';
import { parseArabicDate } from '../dates/index.js';
import type { ParsedDate } from '../dates/types.js';
import { MaqalError } from '../errors.js';
import type { DateOptions } from '../extract/dates/candidates.js';
import { findArticle, jsonLdObjects, type JsonObject } from '../extract/metadata/json-ld.js';
import { collectPageIndex, indexPage, metaValue, type PageIndex } from '../extract/page-index.js';
import { zoneForHost } from '../lexicon/zones.js';
import { archiveCaptureTime, givenSiteUrl } from '../normalise/site-url.js';
import { absolutizer, parseUrl } from '../normalise/url.js';
import { parseDocument, readInput } from '../parse/index.js';
import { archiveStampTime } from '../parse/archive-stamp.js';
import type { ExtractOptions } from './options.js';

export interface Page {
  doc: Document;
  index: PageIndex;
  url?: URL;
  /** Host without `www.`. */
  host?: string;
  absolutize(href: string): string;
  ld: JsonObject[];
  ldArticle?: JsonObject;
  adapter?: Adapter;
  timeZone?: string;
  dates: DateOptions;
  parseDate(text: string): ParsedDate | null;
  /** `dates.now` is today's clock: the caller gave no `now`, and neither the URL nor an archive's stamp names a capture time. */
  clockNow: boolean;
  warnings: Diagnostic[];
}

function checkOptions(o: ExtractOptions): void {
  if (o.now !== undefined && (!(o.now instanceof Date) || Number.isNaN(o.now.getTime()))) {
    throw new MaqalError('INVALID_OPTION', 'options.now must be a valid Date');
  }
  if (o.timeZone !== undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: o.timeZone });
    } catch {
      throw new MaqalError('INVALID_OPTION', `options.timeZone: unknown IANA zone ${o.timeZone}`);
    }
  }
}

/** A forced adapter, or one registered for the given URL's host. */
function adapterKnownBeforeParsing(registry: AdapterRegistry, o: ExtractOptions, givenUrl: URL | undefined): boolean {
  if (o.genericOnly) return false;
  return o.adapter !== undefined || adapterForHost(registry, givenUrl?.hostname) !== undefined;
}

/** Parse the input once and gather what every field needs. */
export function readPage(input: string | Uint8Array, o: ExtractOptions, registry: AdapterRegistry, maxBytes: number): Page {
  checkOptions(o);
  const { html } = readInput(input, { maxBytes });
  const fetched = parseUrl(o.url);
  // The site's own address when the URL names it (an archive's copy names it in its path; an IP address does not).
  const givenUrl = fetched && givenSiteUrl(fetched);
  // The page index is gathered while the tree is built (a rearranged tree is walked instead),
  // with an element index for selectors when an adapter will surely read the page.
  const urls = fetched ? [o.url!, fetched.href, ...(givenUrl && givenUrl !== fetched ? [givenUrl.href] : [])] : undefined;
  const collector = collectPageIndex({ elements: adapterKnownBeforeParsing(registry, o, givenUrl), ...(urls ? { urls } : {}) });
  const doc = parseDocument(html, collector);
  const index = collector.finish(doc) ?? indexPage(doc);
  const warnings: Diagnostic[] = [];
  if (o.url && !fetched) warnings.push({ code: 'url.invalid', message: `options.url is not an absolute URL: ${o.url}` });
  const url = givenUrl ?? parseUrl(index.canonical) ?? parseUrl(metaValue(index, 'og:url')) ?? fetched;
  const ld = jsonLdObjects(index.jsonLd);
  const adapter = chooseAdapter(registry, { ...o, ...(givenUrl ? { givenUrl } : {}) }, index, doc);
  const host = url?.hostname.replace(/^www\./, '');
  const timeZone = o.timeZone ?? adapter?.timeZone ?? zoneForHost(host);
  // A web archive's copy shows its relative times (`منذ 21 ساعة`) as of its capture, not as of today: the capture time
  // its URL names, or the stamp the archive appended to the page.
  const given = o.now ?? (fetched && archiveCaptureTime(fetched)) ?? archiveStampTime(html);
  const dates: DateOptions = { now: given ?? new Date(), ...(timeZone ? { timeZone } : {}) };
  const page: Page = {
    doc,
    index,
    // Links resolve against the address fetched (an archive's copy links into the archive).
    absolutize: absolutizer(fetched ?? url, index.base),
    ld,
    dates,
    parseDate: (s) => parseArabicDate(s, dates),
    clockNow: given === undefined,
    warnings,
  };
  const ldArticle = findArticle(ld);
  if (url) page.url = url;
  if (host) page.host = host;
  if (ldArticle) page.ldArticle = ldArticle;
  if (adapter) page.adapter = adapter;
  if (timeZone) page.timeZone = timeZone;
  return page;
}
