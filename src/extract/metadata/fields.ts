/**
 * Page-level fields from metadata (JSON-LD, OpenGraph, article:*, twitter:*, itemprop):
 * the generic fallback for every adapter field that is not about the body or dates.
 */
import { normaliseText } from '../../normalise/text.js';
import { TUNABLES } from '../../tunables.js';
import { matchKey } from '../../lexicon/match.js';
import { siteDomain } from '../../normalise/site-url.js';
import { describesSite, isPlaceholderTag, namesPublication, namesTeam } from '../../lexicon/index.js';
import { fieldText } from '../../parse/dom.js';
import { selectOne } from '../../parse/select.js';
import type { PageIndex } from '../page-index.js';
import { metaValue } from '../page-index.js';
import { followRefs, jsonLdStrings, type JsonObject } from './json-ld.js';
import { textOfMarkup } from '../../normalise/markup-text.js';
import { isPlaceholderImage, isPortraitPath } from '../content/image-source.js';

const clean = (list: readonly string[]): string[] => {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const s of list) {
    const t = normaliseText(s);
    const k = matchKey(t);
    if (t && !seen.has(k)) {
      seen.add(k);
      out.push(t);
    }
  }
  return out;
};

/** JSON-LD authors that are not organisations (agencies and the site itself are not bylines). */
function personsOnly(v: unknown): unknown {
  const list = Array.isArray(v) ? v : [v];
  return list.filter((a) => {
    if (!a || typeof a !== 'object') return true;
    const t = (a as Record<string, unknown>)['@type'];
    const types = Array.isArray(t) ? t : [t];
    return !types.some((x) => typeof x === 'string' && /Organization|Organisation|Corporation/i.test(x));
  });
}

const isUrl = (s: string): boolean => /^https?:\/\//i.test(s.trim());

/** Author names from JSON-LD, itemprop and meta — minus the site itself. */
export function metadataAuthors(index: PageIndex, article: JsonObject | undefined, siteName: string | undefined, objects: readonly JsonObject[] = []): string[] {
  const names: string[] = [];
  // Some CMSs write the byline's link markup into the JSON-LD name: its text is the name.
  if (article) names.push(...jsonLdStrings(personsOnly(followRefs(article.author, objects))).map(textOfMarkup));
  for (const el of index.itemprops.get('author') ?? []) {
    const nameEl = selectOne(el, '[itemprop="name"]');
    // A name is short: a box that shows more (every author box nested in the next) is read no further.
    names.push(normaliseText(fieldText(nameEl ?? el, TUNABLES.maxFieldTextChars)));
  }
  names.push(...[...(index.metas.get('author') ?? []), ...(index.metas.get('article:author') ?? [])].map(textOfMarkup));
  const site = siteName ? matchKey(siteName) : '';
  return clean(names).filter((n) => !isUrl(n) && n.length < 80 && (!site || matchKey(n) !== site) && !namesPublication(n) && !namesTeam(n));
}

export function metadataSection(index: PageIndex, article: JsonObject | undefined): string | undefined {
  const values = [...(article ? jsonLdStrings(article.articleSection) : []), ...SECTION_KEYS.flatMap((k) => index.metas.get(k) ?? [])];
  for (const v of values) {
    // A CMS lists every category the post is filed under (`"articleSection": "محليات, آخر الأخبار, منوعات"`): the first
    // is its own — but a flag it files posts under (WordPress's `featured`) is no section.
    const first = v.split(/\s*[,،]\s*/).find((p) => p.trim() !== '' && !isPlaceholderTag(p));
    if (first) return normaliseText(first);
  }
  return undefined;
}
const SECTION_KEYS = ['article:section', 'section', 'og:section', 'parsely-section', 'category'];

/**
 * The story's tags: from metadata (`article:tag`, JSON-LD `keywords`), else the list the page shows (`shown`), else
 * the keywords meta — which a site often fills with what it writes on every page — less what names no topic: marks
 * with no letter (`.`), the site's own name (`اليوم السابع`), a template's placeholder (`تاغ`), a title cut into single
 * words (`وزير | الصحة: | افتتاح | ثلاثة | …`) or the opening sentence so cut, which some CMSs write as the keywords,
 * and the list a site writes about itself on every page (`صحيفة, أونلاين, أخبار, جريدة`).
 *
 * @param shown the tags the page shows as links (see visibleTags), read only when no article:tag or JSON-LD names any
 * @example metadataTags(index, undefined, ['اليوم السابع'], 'عنوان الخبر') // ['كورونا', 'فيروس كورونا']
 */
export function metadataTags(index: PageIndex, article: JsonObject | undefined, siteNames: readonly string[] = [], title = '', lead: () => string = NO_LEAD, shown: () => string[] = NONE): string[] {
  const tidy = (tags: readonly string[]): string[] => tidyTags(tags, siteNames, title, lead);
  const declared = declaredTags(index, article);
  if (declared.length) return tidy(declared);
  const visible = tidy(shown());
  if (visible.length) return visible;
  const kw = metaValue(index, 'news_keywords', 'keywords');
  // Markup left in the value (`حر<br></b> تعنى …`, a CMS that pasted HTML into the field) is no part of a tag.
  return kw ? tidy(clean(textOfMarkup(kw).split(/[,،]/)).filter((t) => t.length < 60)) : [];
}
const NO_LEAD = (): string => '';
const NONE = (): string[] => [];

/**
 * Tags less what names no topic (see metadataTags) — an adapter's as well as the metadata's.
 *
 * @param lead the story's opening text, for keywords that are its words one by one (read only for such a list)
 * @example tidyTags(['.', 'كورونا', 'اليوم السابع'], ['اليوم السابع'], '') // ['كورونا']
 */
export function tidyTags(tags: readonly string[], siteNames: readonly string[], title: string, lead: () => string = NO_LEAD): string[] {
  if (isTitleCut(tags, title) || isWordsOf(tags, () => `${title} ${lead()}`) || describesSite(tags)) return [];
  const sites = new Set(siteNames.map(matchKey));
  // The site's name cut at a comma (`إخوان، أونلاين` for إخوان أونلاين) names no topic either.
  if (tags.length > 1 && isSiteNameCut(tags, siteNames)) return [];
  const titleKey = letters(title);
  return withoutTitleTail(tags, title).filter((t) => /\p{L}/u.test(t) && !sites.has(matchKey(t)) && !isPlaceholderTag(t) && !isTitleItself(t, titleKey));
}

/**
 * A keyword that is the title itself, or most of it (a CMS that writes the title as the keywords) — not a name the
 * title holds (`معرض ألوان المتوسط الدولي للخزف`).
 */
const isTitleItself = (tag: string, titleKey: string): boolean => {
  const key = letters(tag);
  return key.length >= TITLE_SHARE * titleKey.length && titleKey.includes(key) && tag.trim().includes(' ');
};
/** Share of the title's letters a keyword that is the title itself holds, at least. */
const TITLE_SHARE = 0.8;

/** Tags that joined are the site's name, or one part of a name the title gives (`إخوان أونلاين - الموقع الرسمي …`). */
function isSiteNameCut(tags: readonly string[], siteNames: readonly string[]): boolean {
  const joined = matchKey(tags.join(' '));
  return siteNames.some((n) => n.split(NAME_PARTS).some((part) => matchKey(part.trim()) === joined));
}
const NAME_PARTS = /\s[-–—|:]\s/;

/** Single words a CMS appends to the chosen tags, cut from the title in its order: four at least. */
const MIN_TITLE_TAIL = 4;

/**
 * The tags less a tail that is the title cut into single words (`سد النهضة, مصر, طوكيو:, في, «خطوة, …`): the tags
 * chosen before it are the story's.
 *
 * @example withoutTitleTail(['سد النهضة', 'وزير', 'الري', 'يلتقي', 'نظيره'], 'وزير الري يلتقي نظيره') // ['سد النهضة']
 */
function withoutTitleTail(tags: readonly string[], title: string): readonly string[] {
  if (tags.length <= MIN_TITLE_TAIL || !title) return tags;
  const titleLetters = letters(title);
  // Grow the tail a single word at a time while the title still spells it (a tail it does not hold grows into none
  // it does), leaving a chosen tag before it: each step one search of the title, however long the list.
  let tail = '';
  let start = tags.length;
  while (start > 1 && !/\s/.test(tags[start - 1]!.trim())) {
    const next = letters(tags[start - 1]!) + tail;
    if (!titleLetters.includes(next)) break;
    tail = next;
    start--;
  }
  return tags.length - start >= MIN_TITLE_TAIL ? tags.slice(0, start) : tags;
}
const letters = (s: string): string => matchKey(s).replace(/[^\p{L}\p{N}]+/gu, '');

/** The tags a story's metadata declares: `article:tag` metas, else JSON-LD `keywords`. */
function declaredTags(index: PageIndex, article: JsonObject | undefined): string[] {
  const tags = index.metas.get('article:tag');
  if (tags?.length) return clean(tags.flatMap((t) => textOfMarkup(t).split(/[,،]/)));
  const ld = article ? jsonLdStrings(article.keywords) : [];
  return ld.length ? clean(ld.flatMap((t) => textOfMarkup(t).split(/[,،]/))) : [];
}

/** Tags that are a title's words one by one, in order: five or more, nearly all single words. */
function isTitleCut(tags: readonly string[], title: string): boolean {
  if (tags.length < 5 || !title || tags.filter((t) => !t.includes(' ')).length < 0.8 * tags.length) return false;
  return letters(title).includes(letters(tags.join(' ')));
}

/** Words of the opening text read for a keyword list cut from it. */
const LEAD_WORDS = 300;
/** Keywords of a cut list the text need not hold in order, one in five (an aggregator adds its own: `…, الأسهم, PUBG`). */
const STRAY_KEYWORDS_SHARE = 0.2;

/**
 * Keywords that are the title's and the opening text's words one by one, in their order, with the small words left out
 * (`أعلنت, الوزارة, افتتاح, ثلاثة, مراكز, صحية, …`): six or more, nearly all single words, all but one in five (one at least)
 * found in order among the first words.
 */
function isWordsOf(tags: readonly string[], textOf: () => string): boolean {
  if (tags.length < 6) return false;
  const singles = tags.filter((t) => !/\s/.test(t.trim()));
  if (singles.length < 0.8 * tags.length) return false;
  const words = matchKey(textOf()).split(/[^\p{L}\p{N}]+/u, LEAD_WORDS);
  let at = 0;
  let stray = tags.length - singles.length;
  for (const tag of singles) {
    const key = matchKey(tag).replace(/[^\p{L}\p{N}]+/gu, '');
    if (!key) continue; // a mark with no letter, left out anyway
    const found = words.indexOf(key, at);
    if (found < 0) {
      if (++stray > Math.max(1, Math.floor(tags.length * STRAY_KEYWORDS_SHARE))) return false;
    } else at = found + 1;
  }
  return true;
}

export function metadataImage(index: PageIndex, article: JsonObject | undefined, host?: string): string | undefined {
  const brand = host ? siteDomain(host).split('.')[0] : undefined;
  return [
    metaValue(index, 'og:image', 'og:image:url', 'og:image:secure_url'),
    article ? jsonLdStrings(article.image, 'url')[0] : undefined,
    metaValue(index, 'twitter:image', 'twitter:image:src', 'thumbnailurl', 'image'),
  ].find((url) => url !== undefined && ROOTED.test(url) && namesFile(url) && !isPlaceholderImage(url) && !isSiteImage(url, brand) && !isPortraitPath(url));
}

/**
 * A metadata image URL must be absolute (the protocols say so) or at least rooted: a bare relative path
 * (`2020-06/14/x.jpg`) resolves against the article's folder to a file that is not there.
 */
const ROOTED = /^\s*(?:[a-z][a-z0-9+.-]*:|\/)/i;

/**
 * The site's own picture, which a CMS puts in og:image when the story has none: a file in a
 * `default` folder, or a logo among the theme's images (`/Content/shared/images/default/Khaleejlogo.jpg`).
 *
 * @example isSiteImage('https://site/Content/shared/images/default/Khaleejlogo.jpg') // true
 * @example isSiteImage('https://site/uploads/2020/03/new-logo-unveiled.jpg') // false
 * @example isSiteImage('https://assets.mithal.ae/uploads/2016/12/medium-MITHAL_ar.png', 'mithal') // true
 */
export function isSiteImage(url: string, brand?: string): boolean {
  const path = url.replace(/[?#].*$/, '');
  if (/\/default\/[^/]+$/i.test(path)) return true;
  if (/\/(?:images?|img|assets|static|themes?|shared|layout)\//i.test(path) && /\/[^/]*logo[^/]*$/i.test(path) && !/\/uploads?\//i.test(path)) return true;
  // A file named for the site itself, wherever it is kept (`/uploads/2016/12/medium-MITHAL_ar.png` on mithal.ae, `logo_en.png`).
  const name = path.slice(path.lastIndexOf('/') + 1).replace(/\.[a-z0-9]{3,4}$/i, '').toLowerCase().replace(BRAND_AFFIXES, '');
  return name === 'logo' || (brand !== undefined && brand.length >= 3 && name === brand.toLowerCase());
}
/** Size prefixes and language or variant suffixes around a brand file's name (`medium-`, `_ar`, `-white`, `@2x`). */
const BRAND_AFFIXES = /^(?:(?:small|medium|large|thumb|thumbnail|\d{2,4}x\d{2,4})[-_])+|(?:[-_@](?:ar|en|fr|white|black|dark|light|new|\dx))+$/g;

/**
 * Does an image URL name a file? A CMS with no picture for the story fills og:image with a folder
 * (`https://site/updates/pr/`) or the bare site: no image at all.
 *
 * @example namesFile('https://site/updates/pr/') // false
 */
export function namesFile(url: string): boolean {
  const path = url.trim().replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '').replace(/[?#].*$/, '');
  const query = /[?]./.test(url);
  return (path !== '' && !path.endsWith('/')) || query;
}

/**
 * The site's name from its metadata, in order of trust — skipping values that are a handle (`@site`) or an address
 * (`//www.site.com`, `www.site.com`) rather than a name.
 */
export function metadataSiteName(index: PageIndex, ldSiteName: string | undefined): string | undefined {
  for (const key of SITE_NAME_METAS) {
    const v = metaValue(index, key);
    const name = v && !v.startsWith('@') ? withoutAddress(v) : undefined;
    if (name) return name;
  }
  return ldSiteName;
}

/** A name less an address set beside it (`http://site.net | إذاعة المثال` → `إذاعة المثال`); undefined when only an address. */
function withoutAddress(value: string): string | undefined {
  if (!ADDRESS.test(value) && !ADDRESS_PART.test(value)) return normaliseText(value);
  const parts = value.split(/\s+[|\-–—]\s+/).filter((p) => p.trim() !== '' && !ADDRESS.test(p) && !ADDRESS_PART.test(p.trim()));
  return parts.length ? normaliseText(parts.join(' - ')) : undefined;
}
/** A part of a name field that is a web address with a scheme (`http://site.net`). */
const ADDRESS_PART = /^\s*https?:\/\/\S+\s*$|\s(?:https?:)?\/\/\S+/i;
const SITE_NAME_METAS = ['og:site_name', 'application-name', 'apple-mobile-web-app-title', 'twitter:site'];
/** A web address written where a name belongs. */
const ADDRESS = /^\s*(?:[a-z]+:)?\/\/|^\s*www\.[^\s]+\s*$/i;
