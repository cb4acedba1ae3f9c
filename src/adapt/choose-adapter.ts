/**
 * Which adapter serves a page: a forced id, else the URL's host (through the registry's
 * map), else the host the page names itself (canonical, og:url), its og:site_name, and —
 * for anonymous pages only — the adapters' own `match`.
 */
import { MaqalError } from '../errors.js';
import type { PageIndex } from '../extract/page-index.js';
import { metaValue } from '../extract/page-index.js';
import { parseUrl } from '../normalise/url.js';
import { selectOne } from '../parse/select.js';
import { adapterForHost, adapterForSiteName, type AdapterRegistry } from './registry.js';
import type { Adapter } from './types.js';

export interface AdapterChoice {
  /** Force this adapter id. */
  adapter?: string;
  /** Use none. */
  genericOnly?: boolean;
  /** The URL the caller gave (not one the page claims). */
  givenUrl?: URL;
}

function safeMatch(a: Adapter, doc: Document): boolean {
  try {
    return !!a.match?.(doc, (selector) => selectOne(doc, selector));
  } catch {
    return false;
  }
}

export function chooseAdapter(registry: AdapterRegistry, choice: AdapterChoice, index: PageIndex, doc: Document): Adapter | undefined {
  if (choice.genericOnly) return undefined;
  if (choice.adapter) {
    const a = registry.byId.get(choice.adapter);
    if (!a) throw new MaqalError('UNKNOWN_ADAPTER', `no adapter with id ${choice.adapter}`);
    return a;
  }
  const byUrl = adapterForHost(registry, choice.givenUrl?.hostname);
  if (byUrl || choice.givenUrl) return byUrl;
  const named = [index.canonical, metaValue(index, 'og:url')].map((u) => parseUrl(u)?.hostname).filter((h): h is string => !!h);
  for (const host of named) {
    const a = adapterForHost(registry, host);
    if (a) return a;
  }
  const bySiteName = adapterForSiteName(registry, metaValue(index, 'og:site_name'));
  // A page that names its own host belongs to no adapter we know; only anonymous pages are probed.
  return bySiteName ?? (named.length ? undefined : registry.all.find((a) => safeMatch(a, doc)));
}
