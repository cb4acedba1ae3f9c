/** Stage 5, assemble: the Article from its fields, in a stable key order. */
import type { Article, ArticleImage, Block, Diagnostic, RemovedNote } from '../article.js';
import type { ChosenDates } from '../extract/dates/choose.js';
import type { PageIndex } from '../extract/page-index.js';
import { bodyText, countWords } from './text.js';

export interface ArticleParts {
  url?: URL;
  siteName?: string;
  host?: string;
  adapter?: string;
  headline?: string;
  subheadline?: string;
  authors: string[];
  section?: string;
  tags: string[];
  dates: ChosenDates;
  leadImage?: ArticleImage;
  images: ArticleImage[];
  body: Block[];
  warnings: Diagnostic[];
  removed: RemovedNote[];
}

/** BCP 47 casing: `ar-eg` → `ar-EG`, `AR` → `ar`; undefined for an empty or malformed tag. */
function canonicalTag(tag: string | undefined): string | undefined {
  const t = tag?.trim().replace(/_/g, '-');
  if (!t || !/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(t)) return undefined;
  return t
    .split('-')
    // A private-use region names no country (`ar-AA`, Joomla's "Arabic Unitag"; `QM`–`QZ`, `XA`–`XZ`, `ZZ`).
    .filter((p, i) => i === 0 || !PRIVATE_REGION.test(p))
    .map((p, i) => (i === 0 ? p.toLowerCase() : p.length === 2 ? p.toUpperCase() : p.length === 4 ? p[0]!.toUpperCase() + p.slice(1).toLowerCase() : p.toLowerCase()))
    .join('-');
}

const PRIVATE_REGION = /^(?:aa|q[m-z]|x[a-z]|zz)$/i;

/** Languages written right to left. */
const RTL_LANGUAGE = /^(ar|fa|he|ur|ps|ckb|yi)\b/i;

/**
 * The article's language and direction: its page's `lang` and `dir` — unless the text is Arabic and the tag names a
 * language written left to right (an Arabic story in a site's Spanish or English interface, `<html xml:lang="es" dir="ltr">`):
 * the story's own script decides then. Without a tag, Arabic text is `ar`, other text `und`.
 */
export function languageOf(index: PageIndex, sample: string): { language: string; direction: 'rtl' | 'ltr' } {
  // The text is counted only when the tag leaves something to decide.
  const tagged = canonicalTag(index.lang);
  const language = tagged !== undefined && (RTL_LANGUAGE.test(tagged) || !isArabic(sample)) ? tagged : tagged === undefined && !isArabic(sample) ? 'und' : 'ar';
  if (RTL_LANGUAGE.test(language)) return { language, direction: 'rtl' };
  const dir = index.dir?.toLowerCase();
  return { language, direction: dir === 'rtl' ? 'rtl' : 'ltr' };
}

/** Is more than 30% of the text Arabic letters? */
function isArabic(sample: string): boolean {
  let arabicChars = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x600 && c <= 0x6ff) arabicChars++;
  }
  return arabicChars > sample.length * 0.3;
}

const ORDER: Array<keyof Article> = ['url', 'site', 'adapter', 'language', 'direction', 'headline', 'subheadline', 'authors', 'section', 'tags', 'published', 'updated', 'leadImage', 'images', 'body', 'text', 'wordCount', 'diagnostics'];

/** Assemble the Article: plain JSON, unknown fields absent, keys in a stable order. */
export function assembleArticle(parts: ArticleParts, index: PageIndex): Article {
  const text = bodyText(parts.body);
  const lang = languageOf(index, text.slice(0, 2000) || parts.headline || '');
  const site: Article['site'] = {};
  if (parts.siteName) site.name = parts.siteName;
  if (parts.host) site.domain = parts.host;
  const all: Partial<Record<keyof Article, unknown>> = {
    url: parts.url?.href,
    site,
    adapter: parts.adapter ?? 'generic',
    language: lang.language,
    direction: lang.direction,
    headline: parts.headline,
    subheadline: parts.subheadline,
    authors: parts.authors,
    section: parts.section,
    tags: parts.tags,
    published: parts.dates.published,
    updated: parts.dates.updated,
    leadImage: parts.leadImage,
    images: parts.images,
    body: parts.body,
    text,
    wordCount: countWords(text),
    diagnostics: { warnings: parts.warnings, removed: parts.removed },
  };
  const out: Record<string, unknown> = {};
  for (const k of ORDER) if (all[k] !== undefined) out[k] = all[k];
  return out as unknown as Article;
}
