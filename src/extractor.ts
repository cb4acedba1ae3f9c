/**
 * The pipeline: parse → adapt → extract → normalise → assemble. One parse, one index
 * walk, one block collection; every field tries the adapter first and falls back to the
 * generic extractor for that field alone.
 */
import type { Article, ArticleDate, ArticleImage, Diagnostic } from './article.js';
import { adapterContext, prepareBody, runAdapter, type AdapterValues } from './adapt/run-adapter.js';
import { adapterForHost, adapterForSiteName, createRegistry, type AdapterRegistry } from './adapt/registry.js';
import type { Adapter } from './adapt/types.js';
import { assembleImages } from './assemble/images.js';
import { bodyText, countWords } from './assemble/text.js';
import { parseArabicDate } from './dates/index.js';
import { isDateLine } from './extract/dates/is-date-line.js';
import type { ParsedDate } from './dates/types.js';
import { MaqalError } from './errors.js';
import { adapterBodyBlocks, genericBodyBlocks } from './extract/body.js';
import { buildBody } from './extract/content/build-body.js';
import { metadataCandidates, urlCandidate, type DateCandidate } from './extract/dates/candidates.js';
import { chooseDates } from './extract/dates/choose.js';
import { pageCandidates } from './extract/dates/page-dates.js';
import { chooseHeadline, siteNamesFromTitle } from './extract/headline.js';
import { bylineElementAuthors, isPlausibleAuthor } from './extract/authors.js';
import { findArticle, jsonLdObjects, jsonLdSiteName, jsonLdStrings } from './extract/metadata/json-ld.js';
import { metadataAuthors, metadataImage, metadataSection, metadataSiteName, metadataTags } from './extract/metadata/fields.js';
import { indexPage, metaValue, type PageIndex } from './extract/page-index.js';
import { bylineNames } from './lexicon/index.js';
import { zoneForHost } from './lexicon/zones.js';
import { normaliseText } from './normalise/text.js';
import { absolutizer, parseUrl } from './normalise/url.js';
import { parseDocument, readInput } from './parse/index.js';
import { rawText } from './parse/dom.js';
import { TUNABLES } from './tunables.js';

export interface ExtractOptions {
  /** The page's URL: picks the adapter, resolves relative links, and is reported back. */
  url?: string;
  /** Reference time for relative dates and for rejecting future ones (default: now). */
  now?: Date;
  /** IANA zone the page writes times in, overriding the adapter's and the inferred one. */
  timeZone?: string;
  /** Use this adapter (by id) whatever the URL says. */
  adapter?: string;
  /** Ignore every adapter: the generic extractor alone. */
  genericOnly?: boolean;
}

export interface ExtractorOptions {
  /** Site adapters, later ones overriding earlier ones for the same domain. Default: none. */
  adapters?: readonly Adapter[];
  /** Inputs larger than this are refused (default 64 MiB). */
  maxInputBytes?: number;
}

export interface Extractor {
  extract(input: string | Uint8Array, options?: ExtractOptions): Article;
  readonly adapters: readonly Adapter[];
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

function chooseAdapter(registry: AdapterRegistry, o: ExtractOptions, pageUrl: URL | undefined, index: PageIndex, doc: Document): Adapter | undefined {
  if (o.genericOnly) return undefined;
  if (o.adapter) {
    const a = registry.byId.get(o.adapter);
    if (!a) throw new MaqalError('UNKNOWN_ADAPTER', `no adapter with id ${o.adapter}`);
    return a;
  }
  const byUrl = adapterForHost(registry, pageUrl?.hostname);
  if (byUrl || pageUrl) return byUrl;
  const named = [index.canonical, metaValue(index, 'og:url')].map((u) => parseUrl(u)?.hostname).filter((h): h is string => !!h);
  for (const host of named) {
    const a = adapterForHost(registry, host);
    if (a) return a;
  }
  const bySiteName = adapterForSiteName(registry, metaValue(index, 'og:site_name'));
  // A page that names its own host belongs to no adapter we know; only anonymous pages are probed.
  return bySiteName ?? (named.length ? undefined : registry.all.find((a) => safeMatch(a, doc)));
}

function safeMatch(a: Adapter, doc: Document): boolean {
  try {
    return !!a.match?.(doc);
  } catch {
    return false;
  }
}

function dateCandidate(v: AdapterValues['published']): DateCandidate | undefined {
  if (!v) return undefined;
  if ('source' in v) return { kind: 'published', parsed: { iso: v.iso, precision: v.precision, calendar: 'gregorian', relative: false, zoned: /[+-]\d\d:\d\d$|Z$/.test(v.iso) }, text: v.text ?? '', source: v.source };
  return { kind: 'published', parsed: v.parsed, text: v.text, source: 'page' };
}

function cleanAuthors(names: readonly string[]): string[] {
  const out: string[] = [];
  for (const n of names) {
    for (const name of bylineNames(n) ?? [n.replace(/[\s:：\-–—]+$/, '')]) {
      const t = normaliseText(name);
      if (t && !out.includes(t)) out.push(t);
    }
  }
  return out;
}

/** BCP 47 casing: `ar-eg` → `ar-EG`, `AR` → `ar`; undefined for an empty or malformed tag. */
function canonicalTag(tag: string | undefined): string | undefined {
  const t = tag?.trim().replace(/_/g, '-');
  if (!t || !/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(t)) return undefined;
  return t
    .split('-')
    .map((p, i) => (i === 0 ? p.toLowerCase() : p.length === 2 ? p.toUpperCase() : p.length === 4 ? p[0]!.toUpperCase() + p.slice(1).toLowerCase() : p.toLowerCase()))
    .join('-');
}

function languageOf(index: PageIndex, sample: string): { language: string; direction: 'rtl' | 'ltr' } {
  let arabicChars = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x600 && c <= 0x6ff) arabicChars++;
  }
  const arabic = arabicChars > sample.length * 0.3;
  const language = canonicalTag(index.lang) ?? (arabic ? 'ar' : 'und');
  const rtlLang = /^(ar|fa|he|ur|ps|ckb|yi)\b/i.test(language);
  const dir = index.dir?.toLowerCase();
  return { language, direction: dir === 'ltr' || dir === 'rtl' ? dir : rtlLang || arabic ? 'rtl' : 'ltr' };
}

/** Build an extractor with its own adapter registry. */
export function createExtractor(options: ExtractorOptions = {}): Extractor {
  const registry = createRegistry(options.adapters ?? []);
  const maxBytes = options.maxInputBytes ?? TUNABLES.maxInputBytes;

  function extract(input: string | Uint8Array, o: ExtractOptions = {}): Article {
    checkOptions(o);
    const now = o.now ?? new Date();
    const { html } = readInput(input, { maxBytes });
    const doc = parseDocument(html);
    const index = indexPage(doc);
    const warnings: Diagnostic[] = [];

    const givenUrl = parseUrl(o.url);
    if (o.url && !givenUrl) warnings.push({ code: 'url.invalid', message: `options.url is not an absolute URL: ${o.url}` });
    const pageUrl = givenUrl ?? parseUrl(index.canonical) ?? parseUrl(metaValue(index, 'og:url'));
    const absolutize = absolutizer(pageUrl, index.base);

    const ld = jsonLdObjects(index.jsonLd);
    const ldArticle = findArticle(ld);
    const adapter = chooseAdapter(registry, o, givenUrl, index, doc);
    const host = pageUrl?.hostname.replace(/^www\./, '');
    const timeZone = o.timeZone ?? adapter?.timeZone ?? zoneForHost(host);
    const dateOpts = { now, ...(timeZone ? { timeZone } : {}) };
    const parseDate = (s: string): ParsedDate | null => parseArabicDate(s, dateOpts);

    const errors: string[] = [];
    const ctx = adapterContext(doc, pageUrl, timeZone, now, parseDate, absolutize, errors);
    const av: AdapterValues = adapter ? runAdapter(adapter, ctx, errors) : { errors };

    const siteName = metadataSiteName(index, jsonLdSiteName(ld, ldArticle)) ?? adapter?.name;
    const headline =
      av.headline ??
      chooseHeadline({
        h1s: index.h1s.map((h) => rawText(h)),
        jsonLd: ldArticle ? jsonLdStrings(ldArticle.headline)[0] : undefined,
        og: metaValue(index, 'og:title'),
        twitter: metaValue(index, 'twitter:title'),
        title: index.title,
        siteNames: [siteName, adapter?.name].filter((s): s is string => !!s),
      });

    // The site's names as the page writes them: metadata, the adapter, and what <title> adds to the headline.
    const siteNames = [siteName, adapter?.name, ...(headline ? siteNamesFromTitle(normaliseText(index.title), headline) : [])].filter((x): x is string => !!x);

    // Body
    if (adapter && av.body) prepareBody(adapter, av.body, ctx, errors);
    const raw = av.body ? adapterBodyBlocks(av.body) : genericBodyBlocks(index.body ?? doc.documentElement);
    const body = buildBody(raw.blocks, {
      ...(headline ? { headline } : {}),
      ...(av.subheadline ? { subheadline: av.subheadline } : {}),
      siteNames,
      absolutize,
      isDateLine: (t) => isDateLine(t, dateOpts),
    });
    if (!body.blocks.some((b) => b.type === 'paragraph')) warnings.push({ code: 'body.empty', message: 'no article text found' });

    // Dates
    const h1Index = index.h1s.findIndex((h) => headline && normaliseText(rawText(h)) === headline);
    const chosen = chooseDates({
      adapter: { published: dateCandidate(av.published), updated: dateCandidate(av.updated) && { ...dateCandidate(av.updated)!, kind: 'updated' } },
      page: pageCandidates(index, index.h1Positions[h1Index >= 0 ? h1Index : 0], dateOpts),
      metadata: metadataCandidates(index, ldArticle, dateOpts),
      url: urlCandidate(pageUrl),
      ...(timeZone ? { timeZone } : {}),
    });
    warnings.push(...chosen.warnings);

    // Images and captions
    const leadSrc = av.leadImage ?? (metadataImage(index, ldArticle) ? { url: absolutize(metadataImage(index, ldArticle)!) } : undefined);
    const captions = av.captions ? av.captions.map((text) => ({ text })) : body.captions;
    const { leadImage, images } = assembleImages(leadSrc, body.blocks, captions);

    for (const e of errors) warnings.push({ code: 'adapter.selector', message: e });
    const names = siteNames;
    const plausible = (list: string[]): string[] => list.filter((n) => isPlausibleAuthor(n, names, host));
    const headlinePos = index.h1Positions[h1Index >= 0 ? h1Index : 0];
    const authors =
      av.authors
        ? cleanAuthors(av.authors)
        : [body.authors, bylineElementAuthors(index, headlinePos), metadataAuthors(index, ldArticle, siteName)]
            .map((list) => plausible(cleanAuthors(list)))
            .find((list) => list.length > 0) ?? [];
    const text = bodyText(body.blocks);
    const lang = languageOf(index, text.slice(0, 2000) || headline || '');

    const article: Article = {
      site: {},
      adapter: adapter?.id ?? 'generic',
      language: lang.language,
      direction: lang.direction,
      authors,
      tags: av.tags ?? metadataTags(index, ldArticle),
      images,
      body: body.blocks,
      text,
      wordCount: countWords(text),
      diagnostics: { warnings, removed: [...raw.removed, ...body.removed] },
    };
    if (pageUrl) article.url = pageUrl.href;
    if (siteName) article.site.name = siteName;
    if (host) article.site.domain = host;
    if (headline) article.headline = headline;
    if (av.subheadline) article.subheadline = av.subheadline;
    const section = av.section ?? metadataSection(index, ldArticle);
    if (section) article.section = section;
    if (chosen.published) article.published = chosen.published;
    if (chosen.updated) article.updated = chosen.updated;
    if (leadImage) article.leadImage = leadImage;
    return orderKeys(article);
  }

  return { extract, adapters: registry.all };
}

/** Stable key order for readable JSON output. */
function orderKeys(a: Article): Article {
  const order: Array<keyof Article> = ['url', 'site', 'adapter', 'language', 'direction', 'headline', 'subheadline', 'authors', 'section', 'tags', 'published', 'updated', 'leadImage', 'images', 'body', 'text', 'wordCount', 'diagnostics'];
  const out = {} as Record<string, unknown>;
  for (const k of order) if (a[k] !== undefined) out[k] = a[k];
  return out as unknown as Article;
}

export type { ArticleDate, ArticleImage };
