/**
 * Evaluate an adapter's field specs against a document. Each field yields a value or
 * nothing; nothing means "use the generic extractor for this field".
 */
import type { ArticleDate, ArticleImage } from '../article.js';
import type { ParsedDate } from '../dates/types.js';
import { normaliseText } from '../normalise/text.js';
import { attr, rawText } from '../parse/dom.js';
import { selectAll, selectOne } from '../parse/select.js';
import { invalidateIndex } from '../parse/element-index.js';
import { altText, imageSource } from '../extract/content/image-source.js';
import type { AdapterContext, AdapterSpec, DateField, ElementsField, ImageField, ListField, PickSpec, Selectors, TextField } from './types.js';

export interface AdapterValues {
  headline?: string;
  subheadline?: string;
  authors?: string[];
  published?: { text: string; parsed: ParsedDate } | ArticleDate;
  updated?: { text: string; parsed: ParsedDate } | ArticleDate;
  section?: string;
  tags?: string[];
  leadImage?: ArticleImage;
  body?: Element[];
  captions?: string[];
  /** Selectors that threw (invalid CSS): reported as diagnostics, never thrown. */
  errors: string[];
}

const list = (s: Selectors): readonly string[] => (typeof s === 'string' ? [s] : s);
const isPick = (v: unknown): v is PickSpec => typeof v === 'object' && v !== null && !Array.isArray(v) && 'selector' in v;

/** The small context adapter functions receive. */
export interface ContextInput {
  doc: Document;
  url?: URL;
  timeZone?: string;
  now: Date;
  parseDate(s: string): ParsedDate | null;
  absolutize(s: string): string;
  jsonLd: readonly Readonly<Record<string, unknown>>[];
}

export function adapterContext(page: ContextInput, errors: string[]): AdapterContext {
  const { doc, url, timeZone } = page;
  const safeAll = (sel: string, root: Element | Document): Element[] => {
    try {
      return selectAll(root, sel);
    } catch (e) {
      errors.push(`${sel}: ${(e as Error).message}`);
      return [];
    }
  };
  const safeOne = (sel: string, root: Element | Document): Element | null => {
    try {
      return selectOne(root, sel);
    } catch (e) {
      errors.push(`${sel}: ${(e as Error).message}`);
      return null;
    }
  };
  const ctx: AdapterContext = {
    doc,
    now: page.now,
    text: (el) => normaliseText(rawText(el ?? null)),
    parseDate: page.parseDate,
    $: (s, within) => {
      if (within === null) return null;
      for (const sel of list(s)) {
        const found = safeOne(sel, within ?? doc);
        if (found) return found;
      }
      return null;
    },
    $$: (s, within) => {
      if (within === null) return [];
      for (const sel of list(s)) {
        const found = safeAll(sel, within ?? doc);
        if (found.length) return found;
      }
      return [];
    },
    absolutize: page.absolutize,
    jsonLd: page.jsonLd,
    image: (el) => (el ? pictureOf(el, imageSource(el), page.absolutize) : undefined),
  };
  if (url) ctx.url = url;
  if (timeZone) ctx.timeZone = timeZone;
  return ctx;
}

function pickText(el: Element, pick: Partial<PickSpec>, ctx: AdapterContext): string | undefined {
  const raw = pick.attribute ? attr(el, pick.attribute) ?? '' : ctx.text(el);
  let v = normaliseText(raw);
  if (pick.pattern) {
    const m = pick.pattern.exec(v);
    if (!m) return undefined;
    v = normaliseText(m[1] ?? m[0]);
  }
  return v || undefined;
}

function readText(field: TextField | undefined, ctx: AdapterContext): string | undefined {
  if (field === undefined) return undefined;
  if (typeof field === 'function') return normaliseText(field(ctx) ?? '') || undefined;
  const pick = isPick(field) ? field : { selector: field };
  for (const sel of list(pick.selector)) {
    for (const el of ctx.$$(sel)) {
      const v = pickText(el, pick, ctx);
      if (v) return v;
    }
  }
  return undefined;
}

function readList(field: ListField | undefined, ctx: AdapterContext): string[] | undefined {
  if (field === undefined) return undefined;
  if (typeof field === 'function') return field(ctx)?.map(normaliseText).filter(Boolean) ?? undefined;
  const pick = isPick(field) ? field : { selector: field };
  const values = ctx.$$(pick.selector).map((el) => pickText(el, pick, ctx)).filter((v): v is string => !!v);
  return values.length ? values : undefined;
}

function readDate(field: DateField | undefined, ctx: AdapterContext): AdapterValues['published'] {
  if (field === undefined) return undefined;
  if (typeof field === 'function') {
    const v = field(ctx);
    if (!v) return undefined;
    if (typeof v === 'string') {
      const parsed = ctx.parseDate(v);
      return parsed ? { text: v, parsed } : undefined;
    }
    return 'source' in v ? v : { text: '', parsed: v };
  }
  const text = readText(field as TextField, ctx);
  const parsed = text ? ctx.parseDate(text) : null;
  return text && parsed ? { text, parsed } : undefined;
}

function readImage(field: ImageField | undefined, ctx: AdapterContext): ArticleImage | undefined {
  if (field === undefined) return undefined;
  if (typeof field === 'function') {
    const v = field(ctx);
    if (!v) return undefined;
    return typeof v === 'string' ? { url: ctx.absolutize(v) } : { ...v, url: ctx.absolutize(v.url) };
  }
  const pick = isPick(field) ? field : { selector: field };
  const el = ctx.$(pick.selector);
  if (!el) return undefined;
  const src = pick.attribute ? attr(el, pick.attribute) : el.localName === 'meta' ? attr(el, 'content') : imageSource(el);
  return pictureOf(el, src, ctx.absolutize);
}

/** The picture `el` shows from `src`, resolved, with its own alt text (as the generic extractor gives it). */
function pictureOf(el: Element, src: string | undefined, absolutize: (href: string) => string): ArticleImage | undefined {
  if (!src) return undefined;
  const alt = el.localName === 'meta' ? undefined : altText(attr(el, 'alt'));
  return alt ? { url: absolutize(src.trim()), alt } : { url: absolutize(src.trim()) };
}

function readElements(field: ElementsField | undefined, ctx: AdapterContext): Element[] | undefined {
  if (field === undefined) return undefined;
  if (typeof field === 'function') {
    const v = field(ctx);
    if (!v) return undefined;
    return Array.isArray(v) ? v : [v];
  }
  const els = ctx.$$(field);
  // Keep the outermost matches only.
  const out = els.filter((el) => !els.some((o) => o !== el && o.contains(el)));
  return out.length ? out : undefined;
}

/** Run every field of the adapter. */
export function runAdapter(adapter: AdapterSpec, ctx: AdapterContext, errors: string[]): AdapterValues {
  const values: AdapterValues = { errors };
  const set = <K extends keyof AdapterValues>(k: K, v: AdapterValues[K] | undefined): void => {
    if (v !== undefined && !(Array.isArray(v) && v.length === 0)) values[k] = v;
  };
  set('headline', readText(adapter.headline, ctx));
  set('subheadline', readText(adapter.subheadline, ctx));
  set('authors', readList(adapter.authors, ctx));
  set('published', readDate(adapter.published, ctx));
  set('updated', readDate(adapter.updated, ctx));
  set('section', readText(adapter.section, ctx));
  set('tags', readList(adapter.tags, ctx));
  set('leadImage', readImage(adapter.leadImage, ctx));
  set('captions', readList(adapter.captions, ctx));
  set('body', readElements(adapter.body, ctx));
  return values;
}

/** Apply `remove` and `transforms` inside the body containers (mutates the document). */
export function prepareBody(adapter: AdapterSpec, containers: readonly Element[], ctx: AdapterContext, errors: string[]): number {
  let removed = 0;
  for (const root of containers) {
    for (const sel of adapter.remove ?? []) {
      try {
        for (const el of selectAll(root, sel)) {
          el.remove();
          removed++;
        }
      } catch (e) {
        errors.push(`${sel}: ${(e as Error).message}`);
      }
    }
    for (const [sel, transform] of Object.entries(adapter.transforms ?? {})) {
      let els: Element[] = [];
      try {
        els = selectAll(root, sel);
      } catch (e) {
        errors.push(`${sel}: ${(e as Error).message}`);
        continue;
      }
      for (const el of els) {
        const tag = typeof transform === 'string' ? transform : transform(el, ctx);
        if (typeof tag === 'string' && tag && tag !== el.localName) renameElement(el, tag);
      }
      // A transform may rename elements or change their class/id: the next selector must see that.
      if (els.length) invalidateIndex(ctx.doc);
    }
  }
  if (containers.length) invalidateIndex(ctx.doc);
  return removed;
}

/** Replace an element by a new one of another tag with the same children and attributes. */
function renameElement(el: Element, tag: string): void {
  const doc = el.ownerDocument;
  const fresh = doc.createElement(tag);
  for (const a of Array.from(el.attributes)) fresh.setAttribute(a.name, a.value);
  while (el.firstChild) fresh.appendChild(el.firstChild);
  el.replaceWith(fresh);
}
