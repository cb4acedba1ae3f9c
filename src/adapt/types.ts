/**
 * The site-adapter contract. An adapter is plain data plus small pure functions:
 * no side effects, no global state. Every field is optional; a field left out falls
 * back to the generic extractor for that field alone. See docs/adapters.md.
 */
import type { ArticleDate, ArticleImage } from '../article.js';
import type { ParsedDate } from '../dates/types.js';

/** A CSS selector, or selectors tried in order (the first that matches wins). */
export type Selectors = string | readonly string[];

/**
 * Read a value out of the first element a selector matches:
 * its `attribute`, else its text; `pattern` then cuts out capture group 1 (or the whole match).
 *
 * @example { selector: '.news-date', pattern: /نشر في\s*:?\s*(.+?)\s*(?:\||$)/ }
 */
export interface PickSpec {
  selector: Selectors;
  attribute?: string;
  pattern?: RegExp;
}

/** What an adapter's field function receives. */
export interface AdapterContext {
  /** The parsed document (linkedom, same tree as a browser builds). */
  doc: Document;
  /** The page URL when known. */
  url?: URL;
  /** The adapter's (or inferred) IANA time zone. */
  timeZone?: string;
  /** `now` of this extraction (relative dates resolve against it). */
  now: Date;
  /** Normalised visible text of an element ('' for null). */
  text(el: Element | null | undefined): string;
  /** Parse an Arabic/English date string in the site's time zone; null when unresolvable. */
  parseDate(text: string): ParsedDate | null;
  /** First element matching one of the selectors (tried in order), under `within` (default: the document). */
  $(selectors: Selectors, within?: Element | null): Element | null;
  /** Every element matching the first selector that matches anything, in document order, under `within`. */
  $$(selectors: Selectors, within?: Element | null): Element[];
  /**
   * The page's JSON-LD objects, parsed once (`@graph` flattened; malformed blocks skipped).
   * Read these instead of parsing `<script type="application/ld+json">` again.
   */
  jsonLd: readonly Readonly<Record<string, unknown>>[];
  /** Resolve a (possibly relative) URL against the page URL / `<base>`. */
  absolutize(href: string): string;
  /**
   * A picture as a `leadImage` selector reads it: its shown source (lazy-loading attributes and `srcset` read),
   * resolved, with its alt text; undefined when it has no source. Add the caption a function found.
   */
  image(el: Element | null | undefined): ArticleImage | undefined;
}

export type FieldFn<T> = (ctx: AdapterContext) => T | null | undefined;

/** A text field: a selector list, a pick, or a function. */
export type TextField = Selectors | PickSpec | FieldFn<string>;
/** A list field (authors, tags): every match's text. */
export type ListField = Selectors | PickSpec | FieldFn<string[]>;
/** A date field: the text found is read by the date engine in the adapter's zone. */
export type DateField = Selectors | PickSpec | FieldFn<string | ArticleDate | ParsedDate>;
/** The lead image: an `img` (or element with a lazy-src attribute, or `meta`), or a function. */
export type ImageField = Selectors | PickSpec | FieldFn<string | ArticleImage>;
/** The body container(s): every match of the first selector that matches. */
export type ElementsField = Selectors | FieldFn<Element | Element[]>;

/**
 * A transform runs on each element matching its selector inside the body container(s),
 * before blocks are built. Return a tag name to rename the element, or mutate the
 * element and return nothing. Transforms must only touch the element they are given.
 */
export type Transform = string | ((el: Element, ctx: AdapterContext) => string | void);

export interface AdapterSpec {
  /** Stable id, usually the main domain: `shorouknews.com`. */
  id: string;
  /** The site's own name, in Arabic as it writes it: `بوابة الشروق`. */
  name: string;
  /** Hosts this adapter serves; subdomains (www., m., amp.) match too. */
  domains: readonly string[];
  /**
   * For pages without a URL: does this document belong to the site? (canonical/og:url are tried
   * first.) Use `$` — the indexed selector lookup — rather than `doc.querySelector`, which walks
   * the whole tree: every adapter's `match` runs on every anonymous page.
   */
  match?(doc: Document, $: (selector: string) => Element | null): boolean;
  /** IANA zone the site writes its times in, e.g. `Africa/Cairo`. */
  timeZone: string;
  headline?: TextField;
  subheadline?: TextField;
  authors?: ListField;
  published?: DateField;
  updated?: DateField;
  section?: TextField;
  tags?: ListField;
  leadImage?: ImageField;
  body?: ElementsField;
  /** Caption elements of the article's images (lead and in-body). */
  captions?: ListField;
  /** Selectors stripped from the body container(s) before blocks are built. */
  remove?: readonly string[];
  /** Selector → transform, applied inside the body container(s) after `remove`. */
  transforms?: Readonly<Record<string, Transform>>;
}

/** A checked, frozen adapter. */
export type Adapter = Readonly<AdapterSpec>;
