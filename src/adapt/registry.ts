/**
 * Adapter choice: by the page URL's host through a map (subdomains fall back to their
 * parent domain), and for pages without a URL by the canonical / og:url host, then by
 * og:site_name and the adapters' own `match`.
 */
import { matchKey } from '../lexicon/match.js';
import type { Adapter } from './types.js';

export interface AdapterRegistry {
  readonly byHost: ReadonlyMap<string, Adapter>;
  readonly byId: ReadonlyMap<string, Adapter>;
  readonly all: readonly Adapter[];
}

/** Later adapters override earlier ones for the same domain (and id). */
export function createRegistry(adapters: readonly Adapter[]): AdapterRegistry {
  const byHost = new Map<string, Adapter>();
  const byId = new Map<string, Adapter>();
  for (const a of adapters) {
    byId.set(a.id, a);
    for (const d of a.domains) byHost.set(d, a);
  }
  const all = [...new Set(byHost.values())];
  return { byHost, byId, all };
}

/** The adapter serving a host: exact, then each parent domain (`m.youm7.com` → `youm7.com`). */
export function adapterForHost(registry: AdapterRegistry, host: string | undefined): Adapter | undefined {
  if (!host) return undefined;
  let h = host.toLowerCase().replace(/\.$/, '');
  for (;;) {
    const a = registry.byHost.get(h);
    if (a) return a;
    const dot = h.indexOf('.');
    if (dot < 0 || h.indexOf('.', dot + 1) < 0) return undefined;
    h = h.slice(dot + 1);
  }
}

/** The adapter whose Arabic name is the page's og:site_name. */
export function adapterForSiteName(registry: AdapterRegistry, siteName: string | undefined): Adapter | undefined {
  if (!siteName) return undefined;
  const k = matchKey(siteName);
  return registry.all.find((a) => matchKey(a.name) === k);
}
