/**
 * JSON-LD reading, tolerant of what CMSs really emit: several blocks, arrays, `@graph`,
 * raw newlines inside strings, trailing commas, HTML comments, and hostile nesting
 * (bounded depth, iterative, no object merging — so `__proto__` keys are inert data).
 */

import { siteDomain } from '../../normalise/site-url.js';

const ARTICLE_TYPES = /^(News|Reportage|Analysis|Opinion|Report|Background|Review|Scholarly|Tech|Satirical|Blog|Live)?(Article|BlogPosting|NewsArticle|Posting|WebPage)$/;
const MAX_NODES = 5000;
const MAX_DEPTH = 64;

export type JsonObject = Record<string, unknown>;

/** Parse one JSON-LD script body, repairing the common breakages; undefined if hopeless. */
export function parseJsonLd(text: string): unknown {
  const trimmed = text.trim().replace(/^<!--/, '').replace(/-->$/, '').replace(/^\/\/\s*<!\[CDATA\[/, '').replace(/\/\/\s*\]\]>$/, '');
  try {
    return JSON.parse(trimmed);
  } catch {
    const repaired = trimmed
      .replace(/[\u0000-\u001f]+/g, ' ')
      .replace(/,\s*([}\]])/g, '$1');
    try {
      return JSON.parse(repaired);
    } catch {
      return undefined;
    }
  }
}

function typesOf(o: JsonObject): string[] {
  const t = o['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

/** Every object in the JSON-LD blocks (breadth-first, bounded). */
export function jsonLdObjects(blocks: readonly string[]): JsonObject[] {
  const out: JsonObject[] = [];
  const queue: Array<[unknown, number]> = [];
  for (const b of blocks) queue.push([parseJsonLd(b), 0]);
  let seen = 0;
  while (queue.length && seen < MAX_NODES) {
    const [v, depth] = queue.shift()!;
    seen++;
    if (depth > MAX_DEPTH || v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (const x of v) queue.push([x, depth + 1]);
      continue;
    }
    const o = v as JsonObject;
    out.push(o);
    for (const key of Object.keys(o)) {
      const child = o[key];
      if (child && typeof child === 'object') queue.push([child, depth + 1]);
    }
  }
  return out;
}

/** The article object: the first of an article type with a headline, else the first WebPage. */
export function findArticle(objects: readonly JsonObject[]): JsonObject | undefined {
  const articles = objects.filter((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage'));
  return articles.find((o) => typeof o.headline === 'string') ?? articles[0] ?? objects.find((o) => typesOf(o).includes('WebPage'));
}

/** A string from a JSON-LD value that may be a string, {name}, {url}, {@value} or an array of those. */
export function jsonLdStrings(v: unknown, key: 'name' | 'url' = 'name'): string[] {
  // Iterative, in the order a recursive flatten would give: arrays nested 10k deep
  // (`"headline": [[[…]]]`) overflowed the stack when this recursed.
  const out: string[] = [];
  const stack: unknown[] = [v];
  while (stack.length) {
    const x = stack.pop();
    if (typeof x === 'string') out.push(x);
    else if (typeof x === 'number') out.push(String(x));
    else if (Array.isArray(x)) {
      for (let i = x.length - 1; i >= 0; i--) stack.push(x[i]);
    } else if (x && typeof x === 'object') {
      const o = x as JsonObject;
      const s = o[key] ?? o['@value'] ?? (key === 'url' ? o.contentUrl : undefined);
      if (typeof s === 'string') out.push(s);
    }
  }
  return out;
}

/**
 * The site's name from the publisher / WebSite objects, else from an organisation whose `url` is the page's own
 * site (`{"@type":"Organization","name":"صحيفة الواحة","url":"www.example-paper.ae"}` on example-paper.ae): a plain
 * Organization elsewhere may be a sponsor or the agency a story credits.
 *
 * @example jsonLdSiteName([{ '@type': 'Organization', name: 'الواحة', url: 'www.example.ae' }], undefined, 'example.ae') // 'الواحة'
 */
export function jsonLdSiteName(objects: readonly JsonObject[], article?: JsonObject, host?: string): string | undefined {
  const pub = article?.publisher;
  const fromPub = jsonLdStrings(pub)[0];
  if (fromPub) return fromPub;
  const site = objects.find((o) => typesOf(o).includes('WebSite') || typesOf(o).includes('NewsMediaOrganization'));
  const fromSite = site ? jsonLdStrings(site.name)[0] : undefined;
  if (fromSite || !host) return fromSite;
  const own = siteDomain(host);
  const org = objects.find((o) => typesOf(o).some((t) => ORGANIZATION_TYPES.test(t)) && typeof o.url === 'string' && domainOf(o.url) === own);
  return org ? jsonLdStrings(org.name)[0] : undefined;
}

const ORGANIZATION_TYPES = /^(?:\w*Organization|Corporation)$/;

/** The registered domain of a url as CMSs write it, with or without its scheme (`www.site.ae`, `//site.ae/`). */
function domainOf(url: string): string | undefined {
  const host = /^\s*(?:https?:)?(?:\/\/)?([^/?#\s:]+)/i.exec(url)?.[1];
  return host && host.includes('.') ? siteDomain(host) : undefined;
}

/**
 * A value with its references followed: `{"@id": "…#author"}` (how Yoast's `@graph` names the author)
 * becomes the object of the page's JSON-LD that carries that `@id` and more. Arrays are followed item by item.
 *
 * @example followRefs({ '@id': '#a' }, [{ '@id': '#a', '@type': 'Person', name: 'cedar' }]) // the Person
 */
export function followRefs(v: unknown, objects: readonly JsonObject[]): unknown {
  if (Array.isArray(v)) return v.map((x) => followRef(x, objects));
  return followRef(v, objects);
}

function followRef(v: unknown, objects: readonly JsonObject[]): unknown {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
  const o = v as JsonObject;
  const id = o['@id'];
  if (typeof id !== 'string' || Object.keys(o).some((k) => k !== '@id')) return v;
  return objects.find((x) => x !== o && x['@id'] === id && Object.keys(x).length > 1) ?? v;
}
