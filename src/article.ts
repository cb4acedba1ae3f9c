/**
 * The Article contract: what `extract` returns. Plain JSON only, so
 * `JSON.parse(JSON.stringify(article))` deep-equals `article`. Optional fields are
 * absent (never `undefined`-valued) when unknown. See docs/article.md and
 * docs/article.schema.json.
 */

/** Where a date was read from. */
export type DateSource = 'page' | 'json-ld' | 'meta' | 'url';

export interface ArticleDate {
  /** ISO 8601 with the page's UTC offset, e.g. `2015-11-17T18:59:00+02:00`; `YYYY-MM-DD` when only the day is known. */
  iso: string;
  /** How much of the instant is known. */
  precision: 'minute' | 'day' | 'month';
  /** The words on the page (or the metadata value) it was read from. */
  text?: string;
  source: DateSource;
  /**
   * Counted back from `options.now` (`منذ 21 ساعة`, `أمس`): right for a page fetched just now, not for an archived
   * one — pass the fetch time as `now` (a Wayback Machine copy's capture time, from its URL or its stamp, and in the
   * CLI a WARC record's `WARC-Date` are used by themselves), or leave such dates out.
   */
  relative?: true;
}

export interface ArticleImage {
  /** Absolute URL when the page URL (or `<base>`) is known. */
  url: string;
  caption?: string;
  alt?: string;
  credit?: string;
}

export type Block =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; level: 2 | 3 | 4 | 5 | 6; text: string }
  | { type: 'quote'; text: string; cite?: string }
  | { type: 'list'; ordered: boolean; items: string[] }
  | { type: 'image'; url: string; caption?: string; alt?: string; credit?: string }
  | { type: 'embed'; provider: EmbedProvider; url: string }
  | { type: 'table'; rows: string[][] };

export type EmbedProvider = 'twitter' | 'youtube' | 'facebook' | 'instagram' | 'tiktok' | 'video' | 'iframe';

export interface Diagnostic {
  /** A stable machine-readable code, e.g. `date.metadata-offset-mismatch`. */
  code: string;
  message: string;
}

export interface RemovedNote {
  /** Why it went, e.g. `boilerplate:اقرأ أيضا`, `structure:aside`, `adapter:remove`, `link-density`. */
  reason: string;
  /** A short excerpt of what was removed (first 80 characters of its text) or its selector. */
  what: string;
}

export interface Article {
  url?: string;
  site: { name?: string; domain?: string };
  /** Id of the adapter that produced the article, `generic` when none matched. */
  adapter: string;
  /** BCP 47 language tag from the page (`ar` when it does not say and the text is Arabic). */
  language: string;
  direction: 'rtl' | 'ltr';
  headline?: string;
  subheadline?: string;
  authors: string[];
  section?: string;
  tags: string[];
  published?: ArticleDate;
  updated?: ArticleDate;
  leadImage?: ArticleImage;
  /** Every image of the article (lead image first), with captions where the page gives one. */
  images: ArticleImage[];
  body: Block[];
  /** Plain text of the body: blocks separated by a blank line. */
  text: string;
  wordCount: number;
  diagnostics: { warnings: Diagnostic[]; removed: RemovedNote[] };
}
