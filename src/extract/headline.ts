/**
 * The headline: the h1 (or JSON-LD/og/twitter/<title>) agreeing with the other
 * sources, with the site name that pages glue onto titles removed. The site name is
 * learned from og:site_name / JSON-LD publisher and from what the <title> has beyond
 * the h1 — never by chopping at the first dash.
 */
import { spellsLatinName } from '../lexicon/transliteration.js';
import { matchKey } from '../lexicon/match.js';
import { siteDomain } from '../normalise/site-url.js';
import { normaliseText } from '../normalise/text.js';
import { textOfMarkup } from '../normalise/markup-text.js';
import { TUNABLES } from '../tunables.js';

/** Between title segments; a colon glued to words on both sides too (`موقع المثال:خبر …`, never `10:30`). */
const SEPARATORS = /\s+[-–—|:»«•·]\s+|\s*[|»«•·]\s*|\s+::\s+|(?<=\p{L})[:：](?=\p{L})/gu;

export interface HeadlineSources {
  h1s: string[];
  jsonLd?: string;
  og?: string;
  twitter?: string;
  title?: string;
  siteNames: string[];
  /** The page's host (`www.cedarnews.net`): a title segment spelling its name (`Cedar News`) is the site's. */
  host?: string;
  /** The page's h2s, read only when every metadata title is cut short (`…تعرف عليها...`) and no h1 holds it whole. */
  h2s?: () => string[];
}

/**
 * The parts of a title between its separators, longest first (`جريدة المثال - وزارة النقل تعلن خطة` → the
 * headline's part, then the site's).
 *
 * @example titleSegments('جريدة المثال - وزارة النقل تعلن خطة') // ['وزارة النقل تعلن خطة', 'جريدة المثال']
 */
export function titleSegments(title: string): string[] {
  return title
    .split(SEPARATORS)
    .map((t) => t.trim())
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
}

/** A Latin name with its case, spaces and punctuation dropped (`Cedar News`, `cedar-news` → `cedarnews`). */
const latinLetters = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** A host's own name, letters and digits only (`www.cedar-news.net` → `cedarnews`), or undefined. */
const hostName = (host: string | undefined): string | undefined => {
  const label = latinLetters(host?.replace(/^www\d?\./i, '').split('.')[0] ?? '');
  return label.length >= 4 ? label : undefined;
};

/**
 * Strip a leading/trailing segment that names the site — one of `siteNames`, or the host's name spelt out
 * (`… | Cedar News` on `cedarnews.net`).
 *
 * @example stripSiteName('الحكومة تعلن الخطة | Cedar News', [], 'www.cedarnews.net') // 'الحكومة تعلن الخطة'
 */
export function stripSiteName(title: string, siteNames: readonly string[], host?: string): string {
  const keys = siteNames.map(matchKey).filter((k) => k.length > 1);
  const own = hostName(host);
  if (!keys.length && !own) return title;
  const parts: Array<{ text: string; start: number; end: number }> = [];
  let last = 0;
  for (const m of title.matchAll(SEPARATORS)) {
    parts.push({ text: title.slice(last, m.index), start: last, end: m.index! });
    last = m.index! + m[0].length;
  }
  parts.push({ text: title.slice(last), start: last, end: title.length });
  if (parts.length < 2) return title;
  const isSite = (t: string): boolean => {
    const k = matchKey(t);
    return k.length > 0 && (keys.some((s) => s === k || s.includes(k) || k.includes(s)) || (own !== undefined && latinLetters(t) === own));
  };
  let from = 0;
  let to = parts.length;
  while (to - from > 1 && isSite(parts[to - 1]!.text)) to--;
  while (to - from > 1 && isSite(parts[from]!.text)) from++;
  return title.slice(parts[from]!.start, parts[to - 1]!.end).trim();
}

/** Site names implied by a title/h1 pair: what the title has around the h1. */
export function siteNamesFromTitle(title: string, h1: string): string[] {
  if (!h1) return [];
  const i = title.indexOf(h1);
  if (i < 0) return siteNameAfterCut(title, h1);
  const rest = [title.slice(0, i), title.slice(i + h1.length)];
  return rest.map((s) => s.replace(/^[\s\-–—|:»«•·]+|[\s\-–—|:»«•·]+$/g, '')).filter((s) => s.length > 1 && s.length < 60);
}

/**
 * The part of a `<title>` that spells the site's domain in Arabic letters (`القدس` on alquds.com, `إخوان أونلاين` on
 * ikhwanonline.com): the site's name, where no metadata names it and the title is the name alone or one part of
 * several. One to three words, letters only; compared by their consonants (`spellsLatinName`).
 *
 * @example titleBrandName('خبر اليوم - إخوان أونلاين - الموقع الرسمي', 'www.ikhwanonline.com') // 'إخوان أونلاين'
 */
export function titleBrandName(title: string, host: string): string | undefined {
  const brand = siteDomain(host).split('.')[0]!;
  // Spaces collapsed first: the separators' `\s+` would retry every position of a title of hostile spaces.
  return titleSegments(normaliseText(title)).find(
    (name) => name.length <= MAX_BRAND_CHARS && BRAND_WORDS.test(name) && spellsLatinName(name.replace(/ /g, ''), brand),
  );
}
/** A site's name is short: longer parts are not tested. */
const MAX_BRAND_CHARS = 40;
/** One to three words of Arabic letters. */
const BRAND_WORDS = /^[\u0621-\u064A\u0671-\u06D3]+(?: [\u0621-\u064A\u0671-\u06D3]+){0,2}$/;

/** A title that cuts the headline short (`…ويطالب - العرب اليوم` for `…ويطالب "بالصبر"`): the site name after its last separator. */
function siteNameAfterCut(title: string, h1: string): string[] {
  const m = /^(.*\S)\s+[-–—|]\s+([^-–—|]{2,59})$/.exec(title);
  if (!m) return [];
  const head = m[1]!.replace(/(?:\.\.\.|…)$/, '').trim();
  return head.length >= MIN_CUT_CHARS && h1.startsWith(head) ? [m[2]!.trim()] : [];
}
/** A cut headline keeps at least this much of the headline. */
const MIN_CUT_CHARS = 20;

/** The headline, or undefined when the page has none. */
export function chooseHeadline(src: HeadlineSources): string | undefined {
  return pickHeadline(src).text;
}

/**
 * The headline and whether it is only a guess: no metadata title to go by, and no `h1` reading as a sentence
 * (`<h1>الاخبار</h1>`, a ticker's label) — then a heading set right above the story says it better (`headingAbove`).
 */
export function pickHeadline(src: HeadlineSources): { text?: string; weak: boolean } {
  const text = chooseStrong(src);
  if (text !== undefined) return { text, weak: false };
  const h1 = lastResortH1(src);
  return h1 !== undefined ? { text: h1, weak: h1.split(' ').length < TUNABLES.sentenceWords } : { weak: true };
}

/** The h1s that may be the headline: not a logo naming the site. */
function headlineH1s(src: HeadlineSources): string[] {
  const known = src.siteNames.map(matchKey).filter(Boolean);
  // A logo h1 (`<h1>اليوم السابع</h1>`) names the site, not the story.
  return src.h1s.map(normaliseText).filter((h) => h.length > 3 && !known.some((k) => k === matchKey(h) || k.includes(matchKey(h))));
}

const lastResortH1 = (src: HeadlineSources): string | undefined => headlineH1s(src)[0];

function chooseStrong(src: HeadlineSources): string | undefined {
  const title = src.title ? normaliseText(src.title) : undefined;
  // Metadata titles are often entity-encoded once more than the page (`&#8220;` left in og:title, JSON-LD).
  const meta = [src.jsonLd, src.og, src.twitter, title].filter((s): s is string => !!s).map((s) => normaliseText(textOfMarkup(s)));
  const h1s = headlineH1s(src);
  const names = [...src.siteNames];
  for (const h of h1s) for (const m of meta) names.push(...siteNamesFromTitle(m, h));
  // An h1 that one of the metadata titles contains (or is contained by) is the headline: as a whole part of it
  // or most of it — not a sidebar's one-word label that the title happens to use (`<h1 class="widgettitle">إعلان</h1>`).
  // Titles cut short (`…تعرف عليها...`, a site name perhaps after the cut): only one with dots is taken apart.
  const cuts = meta
    .filter((m) => m.includes('..') || m.includes('…'))
    .map((m) => cutTitleHead(stripSiteName(m, names, src.host)))
    .filter((c): c is string => c !== undefined)
    .map(matchKey);
  let best: string | undefined;
  for (const h of h1s) {
    const hk = matchKey(h);
    const agrees = meta.some((m) => {
      const mk = matchKey(m);
      return (mk.includes(hk) && coversTitle(hk, mk)) || (hk.includes(mk) && mk.length > 10);
    });
    if ((agrees || cuts.some((c) => hk.startsWith(c))) && (!best || h.length > best.length)) best = h;
  }
  if (best) return best;
  // The page's one sentence-like h1 is its headline even when the metadata carries another (SEO) title.
  if (h1s.length === 1 && h1s[0]!.split(' ').length >= TUNABLES.sentenceWords) return h1s[0];
  // A title cut short is the start of a heading that shows it whole (an h2 where the h1 is a login box's `Log in`).
  const whole = cuts.length ? src.h2s?.().find((h) => cuts.some((c) => matchKey(h).startsWith(c))) : undefined;
  if (whole) return normaliseText(whole);
  for (const m of meta) {
    const stripped = stripSiteName(m, names, src.host);
    if (stripped && !namesOnlyTheSite(stripped, names)) return stripped;
  }
  return undefined;
}

/**
 * The part of a title before the ellipsis that cuts it short (`خمس خطوات لتجديد الرخصة تعرف عليها...`), when a
 * headline's worth is left; else undefined.
 *
 * @example cutTitleHead('خمس خطوات لتجديد رخصة القيادة تعرف...') // 'خمس خطوات لتجديد رخصة القيادة تعرف'
 */
export function cutTitleHead(title: string): string | undefined {
  // Two dots or more, or the ellipsis character — read back from the end: a pattern would retry along every run of dots.
  if (!title.endsWith('..') && !title.endsWith('…')) return undefined;
  let end = title.length;
  while (end > 0 && (title[end - 1] === '.' || title[end - 1] === '…')) end--;
  const head = title.slice(0, end).trimEnd();
  return head.length >= MIN_CUT_CHARS ? head : undefined;
}

/** Does an h1's key contained in a title's key stand for it: half of it at least, or one whole part between separators? */
function coversTitle(hk: string, mk: string): boolean {
  return hk.length * 2 >= mk.length || titleSegments(mk).includes(hk);
}

/** A title the site's name holds whole (`وكالة الانباء الاردنية` of `بترا -وكالة الأنباء الأردنية`) names the site, not the story. */
function namesOnlyTheSite(title: string, names: readonly string[]): boolean {
  const k = matchKey(title);
  return names.some((n) => {
    const nk = matchKey(n);
    return nk === k || (k.length > 3 && nk.includes(k));
  });
}
