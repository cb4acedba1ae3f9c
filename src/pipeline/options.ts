import type { Adapter } from '../adapt/types.js';

export interface ExtractOptions {
  /** The page's URL: picks the adapter, resolves relative links, and is reported back. */
  url?: string;
  /**
   * Reference time for relative dates and for rejecting future ones. Default: the capture time when `url` is a
   * Wayback Machine copy that names it (`/web/20200321130512/…`) or the page keeps the archive's stamp
   * (`FILE ARCHIVED ON …`), else the current time.
   */
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
