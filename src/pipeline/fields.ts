/**
 * Stage 3, extract: each field from the adapter when it gave one, else from the
 * generic extractor — one small function per field, all reading the same Page.
 */
import type { ArticleDate, ArticleImage } from '../article.js';
import { prepareBody, type AdapterValues } from '../adapt/run-adapter.js';
import { assembleImages, distinctPictures, type CaptionIn } from '../assemble/images.js';
import { deckAfter, deckBefore } from '../extract/subheadline.js';
import { authorLinkNames, bracketedDesk, bylineElementAuthors, dateBoxName, bylinePerson, coAuthors, isPlausibleAuthor, linkedAccounts, shownAsByline, shownInSourceLine, siteDeskByline } from '../extract/authors.js';
import { adapterBodyBlocks, genericBodyBlocks, type BodyBlocks } from '../extract/body.js';
import { buildBody, type BodyResult } from '../extract/content/build-body.js';
import { imageSource } from '../extract/content/image-source.js';
import { parseUrl, plainHost } from '../normalise/url.js';
import { siteDomain } from '../normalise/site-url.js';
import { metadataCandidates, urlCandidate, type DateCandidate } from '../extract/dates/candidates.js';
import { chooseDates, type ChooseInput, type ChosenDates } from '../extract/dates/choose.js';
import { isDateLine } from '../extract/dates/is-date-line.js';
import { pageCandidates } from '../extract/dates/page-dates.js';
import { withoutStaleTimesAgo } from '../extract/dates/stale-relative.js';
import { pickHeadline, siteNamesFromTitle } from '../extract/headline.js';
import { leadFigureCaption, leadPictureCaption } from '../extract/lead-caption.js';
import { jsonLdSiteName, jsonLdStrings } from '../extract/metadata/json-ld.js';
import { metadataAuthors, metadataImage, metadataSiteName } from '../extract/metadata/fields.js';
import { metaValue } from '../extract/page-index.js';
import { agencyLine, bylineNames, headlineWriter, matchKey } from '../lexicon/index.js';
import { normaliseText, withoutKashida } from '../normalise/text.js';
import { fieldText, rawText, textsShownIn } from '../parse/dom.js';
import { TUNABLES } from '../tunables.js';
import type { Adapted } from './adapt.js';
import type { Page } from './page.js';

/** The site's name: og:site_name, JSON-LD publisher (or the site's own organisation), else the adapter's. */
export function siteNameOf(page: Page): string | undefined {
  return metadataSiteName(page.index, jsonLdSiteName(page.ld, page.ldArticle, page.host)) ?? page.adapter?.name;
}

export function headlineOf(page: Page, av: AdapterValues, siteName: string | undefined): { text?: string; weak: boolean } {
  if (av.headline) return { text: av.headline, weak: false };
  const { index, ldArticle, adapter } = page;
  return pickHeadline({
    // An h1 that shows more than a headline could is none (a story set in one, nested h1s): read no further.
    h1s: index.h1s.map((h) => fieldText(h, TUNABLES.maxFieldTextChars)),
    jsonLd: ldArticle ? jsonLdStrings(ldArticle.headline)[0] : undefined,
    og: metaValue(index, 'og:title'),
    twitter: metaValue(index, 'twitter:title'),
    title: index.title,
    siteNames: [siteName, adapter?.name].filter((s): s is string => !!s),
    ...(page.host ? { host: page.host } : {}),
    h2s: () => index.h2s.map((h) => fieldText(h, TUNABLES.maxFieldTextChars)),
  });
}

/** The site's names as the page writes them: metadata, the adapter, and what <title> adds to the headline. */
export function siteNamesOf(page: Page, siteName: string | undefined, headline: string | undefined): string[] {
  const fromTitle = headline ? siteNamesFromTitle(normaliseText(page.index.title), headline) : [];
  return [siteName, page.adapter?.name, ...fromTitle].filter((x): x is string => !!x);
}

/** Where the headline is shown: its element (the h1 that shows it, else such an h2) and document position. */
export interface HeadlineAnchor {
  el?: Element;
  /** Position of that element; the first h1's when none shows the headline. */
  position?: number;
}

/** Find the headline's element once: dates and bylines are measured from it, the deck sits after it. */
export function headlineAnchor(page: Page, headline: string | undefined): HeadlineAnchor {
  const { h1s, h1Positions, h2s, h2Positions } = page.index;
  // A prefix is enough to compare (and keeps a long heading cheap to test).
  const shows = (h: Element): boolean => headline !== undefined && normaliseText(rawText(h, 2 * headline.length + 40)) === headline;
  const i = h1s.findIndex(shows);
  if (i >= 0) return { el: h1s[i]!, position: h1Positions[i]! };
  const j = h2s.findIndex(shows);
  if (j >= 0) return { el: h2s[j]!, position: h2Positions[j]! };
  return h1Positions[0] === undefined ? {} : { position: h1Positions[0] };
}

/**
 * The page as its dates and bylines are read: a headline shown in an h2, no h1 showing it, counts among the page's
 * h1s, so the box that holds it is the story's own header, not the site's (`<div class="article_header"><h2
 * id="article_title">…</h2><div class="subinfo">…<time>`).
 */
export function headedPage(page: Page, anchor: HeadlineAnchor): Page {
  const { el } = anchor;
  return !el || el.localName === 'h1' ? page : { ...page, index: { ...page.index, h1s: [el, ...page.index.h1s] } };
}

export function bodyOf(page: Page, adapted: Adapted, guessed: string | undefined, siteNames: string[], anchor: HeadlineAnchor): { raw: BodyBlocks; body: BodyResult; headline?: string } {
  const { values: av, ctx, errors } = adapted;
  if (page.adapter && av.body) prepareBody(page.adapter, av.body, ctx, errors);
  const links = { isSelf: selfLinkTest(page), isOffsite: offsiteLinkTest(page) };
  const raw = av.body ? adapterBodyBlocks(av.body, links) : genericBodyBlocks(page.index.body ?? page.doc.documentElement, page.index.h1s, links, { ...(anchor.el ? { el: anchor.el } : {}), ...(guessed ? { text: guessed } : {}) }, (t) => isDateLine(t, page.dates));
  // The page shows only part of a title with no site name known to strip: that part is the headline.
  const headline = raw.headlineText ?? guessed;
  const h = av.subheadline ? undefined : (anchor.el ?? raw.headline);
  const descriptions = h ? [...(page.index.metas.get('description') ?? []), ...(page.index.metas.get('og:description') ?? [])] : [];
  const subheadline = av.subheadline ?? (h ? (deckAfter(h, (t) => isDateLine(t, page.dates), descriptions) ?? deckBefore(h, (t) => isDateLine(t, page.dates), siteNames)) : undefined);
  const body = buildBody(raw.blocks, {
    ...(headline ? { headline } : {}),
    ...(subheadline ? { subheadline } : {}),
    siteNames,
    absolutize: page.absolutize,
    isDateLine: (t) => isDateLine(t, page.dates),
    findSubheadline: !subheadline && !av.body,
    ...descriptionOf(page),
    ...dateBoxNameOf(page, anchor.position),
  });
  return { raw, body, ...(headline ? { headline } : {}) };
}

function dateBoxNameOf(page: Page, headlinePosition: number | undefined): { dateBoxName?: string } {
  const [name] = dateBoxName(page.index, headlinePosition);
  return name ? { dateBoxName: name } : {};
}

function descriptionOf(page: Page): { description?: string } {
  const d = metaValue(page.index, 'og:description', 'description', 'twitter:description');
  return d ? { description: normaliseText(d) } : {};
}

/** Whether an href leads to the page itself (its URL or its canonical URL, fragment and trailing slash aside). */
function selfLinkTest(page: Page): (href: string) => boolean {
  const bare = (u: string): string => u.replace(/#.*$/, '').replace(/\/+$/, '');
  const own = [page.url?.href, page.index.canonical].filter((u): u is string => !!u).map((u) => bare(page.absolutize(u)));
  // An absolute href is compared as written; only a relative one is resolved.
  return (href) => own.includes(bare(/^https?:\/\//i.test(href) ? href : page.absolutize(href)));
}

/** Whether an absolute href leads to another site than the page's (by registered domain: `img.site.com` is the site's). */
function offsiteLinkTest(page: Page): (href: string) => boolean {
  const own = page.host && siteDomain(page.host);
  if (!own) return () => false;
  return (href) => {
    if (!/^(?:https?:)?\/\//i.test(href)) return false;
    const host = plainHost(href) ?? parseUrl(page.absolutize(href))?.hostname;
    return host !== undefined && siteDomain(host) !== own;
  };
}

function adapterDate(v: AdapterValues['published'], kind: DateCandidate['kind']): DateCandidate | undefined {
  if (!v) return undefined;
  if ('source' in v) {
    const zoned = /[+-]\d\d:\d\d$|Z$/.test(v.iso);
    return { kind, parsed: { iso: v.iso, precision: v.precision, calendar: 'gregorian', relative: false, zoned }, text: v.text ?? '', source: v.source };
  }
  return { kind, parsed: v.parsed, text: v.text, source: 'page' };
}

export function datesOf(page: Page, av: AdapterValues, headlinePos: number | undefined): ChosenDates {
  const published = adapterDate(av.published, 'published');
  const updated = adapterDate(av.updated, 'updated');
  const input: ChooseInput = {
    adapter: { ...(published ? { published } : {}), ...(updated ? { updated } : {}) },
    page: pageCandidates(page.index, headlinePos, page.dates),
    metadata: metadataCandidates(page.index, page.ldArticle, page.dates),
    url: urlCandidate(page.url),
    ...(page.timeZone ? { timeZone: page.timeZone } : {}),
  };
  const chosen = chooseDates(input);
  // Today's clock may be years after the page was saved: a time ago read from it is checked against the page's dates.
  return page.clockNow ? withoutStaleTimesAgo(input, chosen, page.doc, page.dates) : chosen;
}

export function imagesOf(page: Page, av: AdapterValues, body: BodyResult, anchor: HeadlineAnchor = {}, headline?: string): { leadImage?: ArticleImage; images: ArticleImage[] } {
  const meta = metadataImage(page.index, page.ldArticle, page.host);
  let lead = av.leadImage ?? (meta ? { url: page.absolutize(meta) } : undefined);
  let captions: CaptionIn[] = av.captions ? av.captions.map((text) => ({ text })) : body.captions;
  // No caption in the page for the lead picture: the one written on the picture beside the headline.
  if (lead && !captions.length && anchor.el && headline) {
    const onPicture = leadPictureCaption(anchor.el, headline) ?? leadFigureCaption(anchor.el);
    if (onPicture) {
      const src = imageSource(onPicture.img);
      const url = src && page.absolutize(src);
      captions = [{ text: onPicture.text }];
      // A stock share picture in og:image is not the photo the caption is written on: the shown photo leads instead
      // (an adapter's lead image stays, with the shown photo listed after it).
      if (url && distinctPictures(lead.url, url)) {
        if (av.leadImage) captions = [{ text: onPicture.text, url, shown: true }];
        else lead = { url };
      }
    }
  }
  return assembleImages(lead, body.blocks, captions);
}

const SEPARATOR = new Set([...' \t\n\r\u00a0:：-–—|•،'].map((c) => c.charCodeAt(0)));

/** Trailing spaces, colons and dashes off a name — a backwards scan (a `[…]+$` regex is quadratic on hostile input). */
function trimSeparators(s: string): string {
  let end = s.length;
  while (end > 0 && SEPARATOR.has(s.charCodeAt(end - 1))) end--;
  return s.slice(0, end);
}

function cleanAuthors(names: readonly string[]): string[] {
  const out: string[] = [];
  for (const n of names) {
    for (const name of bylineNames(n) ?? [trimSeparators(n)]) {
      // A name stretched with tatweel (`مـاجـد الـسـيـد`) is given as written without it: the same name, found and matched as such.
      const t = withoutKashida(normaliseText(name));
      if (t && !out.includes(t)) out.push(t);
    }
  }
  return out;
}

/**
 * Metadata names the page links to as the story's source (an aggregator's `صوت المدينة` under
 * `?source=true`): the outlet it was copied from, which CMSs put in JSON-LD's author.
 */
function notSourceOutlets(names: string[], index: Page['index']): string[] {
  if (!names.length || !index.sourceLinks.length) return names;
  const sources = new Set(index.sourceLinks.map((a) => matchKey(normaliseText(rawText(a, 120)))));
  return names.filter((n) => !sources.has(matchKey(n)));
}

/** The adapter's authors (when it finds any); else body bylines, byline elements, the agency of the opening dateline, metadata, author-page links under the headline — the first that gives a plausible name. */
/**
 * @param storyShown whether the page shows the story's text: a page rendered by its scripts shows no name either, so
 * its metadata's authors are taken without looking for them on the page
 */
export function authorsOf(page: Page, av: AdapterValues, body: BodyResult, siteNames: string[], siteName: string | undefined, headlinePos: number | undefined, headline?: string, storyShown = true): string[] {
  // A site's byline field may hold the correspondent's governorate too (`القليوبية إبراهيم سالم`); when it
  // is empty (an opinion column's blank writer link), the page's other sources still speak.
  const fromAdapter = av.authors ? cleanAuthors(av.authors).flatMap((n) => coAuthors(bylinePerson(n, [], undefined) ?? n)) : [];
  if (fromAdapter.length) return fromAdapter;
  const fromBylineBox = (): string[] => bylineElementAuthors(page.index, headlinePos);
  const fromBody = (): string[] => body.authors;
  const fromMetadata = (): string[] => {
    const names = notSourceOutlets(metadataAuthors(page.index, page.ldArticle, siteName, page.ld), page.index);
    return notCreditedAgencies(storyShown ? shownOnPage(names, page) : names, body, page, siteNames);
  };
  const fromAuthorLinks = (): string[] => authorLinkNames(page.index, headlinePos);
  /** Sources whose desk credit the page shows as the byline (a body's own byline line is read by bylinePerson alone). */
  const deskSources = new Set([fromBylineBox, fromMetadata, fromAuthorLinks]);
  /** Sources the reader sees as the byline: a name there is shown as the story's, the site's own included. */
  const shownSources = new Set([fromBody, fromBylineBox, fromAuthorLinks]);
  let accounts: string[] | undefined;
  /** Logins shown under a link to their own author page: the byline as shown (looked up only for a name that reads as a handle). */
  const shownAccounts = (): string[] => (accounts ??= linkedAccounts(page.index));
  const sources = [
    fromBody,
    fromBylineBox,
    () => (body.agency ? [body.agency] : []),
    fromMetadata,
    fromAuthorLinks,
    () => dateBoxName(page.index, headlinePos),
    // A column whose only byline is its headline (`سامح الدمرداش يكتب: …`, the writer's box left empty).
    () => {
      const writer = headline ? headlineWriter(headline) : undefined;
      return writer ? [writer] : [];
    },
  ];
  /** The site's bare name shown as the byline (`كتب: المصري اليوم`): the byline as shown, when no other source names anyone. */
  let siteByline: string | undefined;
  for (const source of sources) {
    const raw = cleanAuthors(source());
    const people = raw.map((n) => bylinePerson(n, siteNames, page.host)).flatMap((n) => (n === undefined ? [] : coAuthors(n)));
    const names = people.filter(
      (n) =>
        // A blog engine's poster account is the byline as shown, a login or the site's short name though it be.
        (source === fromBody && body.accounts.includes(n)) ||
        isPlausibleAuthor(n, siteNames, page.host) ||
        // The site's desk shown as the byline with more than its name (`المدينة - متابعات`, `العربية.نت - وكالات`).
        (shownSources.has(source) && PARTED.test(n) && isPlausibleAuthor(n, [], undefined)) ||
        (source !== fromBody && shownAccounts().includes(n)),
    );
    if (names.length) return names;
    if (shownSources.has(source)) siteByline ??= people.find((n) => isPlausibleAuthor(n, [], undefined));
    // A byline that names only the site's desk and a place: the desk, as shown — from the metadata, only where the
    // page shows that credit as a byline (an author link, a byline box), not as a dateline.
    if (deskSources.has(source)) {
      const shown = (n: string): boolean => source !== fromMetadata || shownAsByline(page.index, n);
      const desk = raw.map((n) => bracketedDesk(n, siteNames, page.host) ?? (shown(n) ? siteDeskByline(n, siteNames, page.host) : undefined)).find((n) => n !== undefined);
      if (desk) return [desk];
    }
  }
  return siteByline ? [siteByline] : [];
}
/** A credit in parts (`المدينة - متابعات`, `الموقع / خاص`): more than a name. */
const PARTED = /\s[-–—/|]\s|[«(]/;

export type { ArticleDate };

/**
 * Metadata names that are news agencies, or the site's desk after a place (`دبي ـ البيان`), the page shows only in the
 * source line the body left out as a credit (`<div class="source">المصدر: وام</div>` beside `<meta name="author"
 * content="وام">`): the story's source, not its byline — a CMS copies the credit into its author fields.
 */
function notCreditedAgencies(names: string[], body: BodyResult, page: Page, siteNames: readonly string[]): string[] {
  const isCredit = (n: string): boolean => agencyLine(n) !== undefined || siteDeskByline(n, siteNames, page.host) !== undefined;
  if (!names.length || !names.some(isCredit)) return names;
  const credits = body.removed.filter((r) => r.reason === 'credit').map((r) => matchKey(r.what));
  const credited = (n: string): boolean => credits.some((c) => c.includes(matchKey(n))) || shownInSourceLine(page.index.body, normaliseText(n));
  return names.filter((n) => !isCredit(n) || !credited(n));
}


/**
 * Metadata names the page also shows (a CMS login or an editor no reader sees is no byline). Asked only when no
 * visible byline was found: one walk of the page's text nodes.
 */
function shownOnPage(names: string[], page: Page): string[] {
  if (!names.length) return names;
  const shown = textsShownIn(page.index.body, names.map((n) => normaliseText(n)));
  return names.filter((n) => shown.has(normaliseText(n)));
}
