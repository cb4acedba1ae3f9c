/**
 * The properties every extraction must have, shared by the fuzz, pathological and XSS
 * suites: only `MaqalError` is ever thrown, the Article matches the JSON Schema and
 * survives a JSON round trip unchanged, its text carries no markup that was not text
 * in the page, and `toHTML` is inert when a browser parses it.
 */
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'parse5';
import { extract, MaqalError, toHTML, toMarkdown, toText, type Article, type ExtractOptions } from '../../src/index.js';
import { decodeHtml } from '../../src/parse/index.js';
import { validateArticle } from '../schema.js';

/** Elements that never belong in toHTML's output (live content, navigation, styling). */
const FORBIDDEN_TAGS = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'form', 'input', 'button', 'textarea', 'select', 'svg', 'math', 'template', 'noscript', 'xmp', 'plaintext', 'noembed', 'noframes', 'portal', 'video', 'audio', 'source', 'track', 'param']);
/** What toHTML may emit at all. */
const ALLOWED_TAGS = new Set(['html', 'head', 'body', 'article', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'blockquote', 'ul', 'ol', 'li', 'figure', 'img', 'figcaption', 'a', 'table', 'tbody', 'tr', 'td']);
const ALLOWED_ATTRS = new Set(['lang', 'dir', 'class', 'src', 'alt', 'loading', 'href', 'rel']);
const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcset', 'poster', 'background', 'cite', 'longdesc', 'usemap', 'ping']);

/**
 * Everything live in an HTML string as a browser's parser (parse5) builds it: forbidden or
 * unknown elements, `on*`/`style`/unknown attributes, URL attributes that are not http(s).
 * Empty when the HTML is inert.
 */
export function liveParts(html: string): string[] {
  const problems: string[] = [];
  const stack: any[] = [parse(html)];
  while (stack.length) {
    const node = stack.pop();
    for (const child of node.childNodes ?? []) {
      if (!child.tagName) continue;
      const tag: string = child.tagName;
      if (FORBIDDEN_TAGS.has(tag) || !ALLOWED_TAGS.has(tag)) problems.push(`<${tag}>`);
      for (const a of child.attrs as Array<{ name: string; value: string; prefix?: string }>) {
        const name = a.prefix ? `${a.prefix}:${a.name}` : a.name;
        if (/^on/i.test(name)) problems.push(`${tag}[${name}]`);
        else if (!ALLOWED_ATTRS.has(name)) problems.push(`${tag}[${name}]`);
        if (URL_ATTRS.has(name) && !/^https?:\/\/[^\s]/i.test(a.value)) problems.push(`${tag}[${name}=${a.value.slice(0, 60)}]`);
      }
      if (child.content) stack.push(child.content); // <template> contents
      stack.push(child);
    }
  }
  return problems;
}

// Text normalisation maqal applies to output text (normalise/text.ts): invisibles go, spaces collapse.
const INVISIBLES = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\u061C\uFEFF\u00AD]/g;
const SPACES = /[\s\u00A0\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;
/** Elements whose content a browser does not show as page text (`<xmp>`/`<plaintext>` raw text is shown). */
const NOT_TEXT = new Set(['script', 'style', 'textarea', 'title', 'noscript', 'iframe', 'noembed', 'noframes', 'template', 'head']);
/** A start or end tag as it would appear in markup: `<div `, `</p>`, `<script>`, `<img/`. */
const TAG_LIKE = /<\/?([a-z][a-z0-9-]*)(?=[\s/>])/gi;

/**
 * The text a browser would show for `html` (parse5, entities decoded), normalised like
 * maqal's output text — the fair oracle for "was this `<tag` text in the page?".
 */
export function visibleSourceText(html: string): string {
  const parts: string[] = [];
  // Iterative depth-first walk in document order (pages may nest 100k elements deep).
  const stack: any[] = [parse(html)];
  while (stack.length) {
    const node = stack.pop();
    if (node.nodeName === '#text') {
      parts.push(node.value);
      continue;
    }
    const kids = node.childNodes ?? [];
    for (let i = kids.length - 1; i >= 0; i--) {
      const child = kids[i];
      if (child.nodeName === '#text' || (child.tagName && !NOT_TEXT.has(child.tagName))) stack.push(child);
    }
  }
  return parts.join('').replace(INVISIBLES, '').replace(SPACES, ' ').toLowerCase();
}

/**
 * Tag-like sequences in `text` that the page did not show as text (so they came from its
 * markup). `<` written as `&lt;` in the page is text and may legitimately reach the output.
 */
export function leakedMarkup(text: string, sourceHtml: string | (() => string)): string[] {
  const tags = new Set<string>();
  for (const m of text.matchAll(TAG_LIKE)) tags.add(m[0].toLowerCase());
  if (tags.size === 0) return [];
  const shown = visibleSourceText(typeof sourceHtml === 'string' ? sourceHtml : sourceHtml());
  const compact = shown.replace(/\s+/g, '');
  // Whitespace may be collapsed or dropped between text nodes: compare without it too.
  return [...tags].filter((t) => !shown.includes(t) && !compact.includes(t.replace(/\s+/g, '')));
}

export interface CheckResult {
  article?: Article;
  error?: MaqalError;
}

/**
 * Extract and check every property; throws (with a reason) when one fails. The page as
 * text for the markup-leak oracle is the input itself, or for bytes what maqal decodes them to.
 */
export function extractAndCheck(input: string | Uint8Array, options: ExtractOptions = {}, run: (input: string | Uint8Array, options: ExtractOptions) => Article = extract): CheckResult {
  let article: Article;
  try {
    article = run(input, options);
  } catch (e) {
    if (e instanceof MaqalError) return { error: e };
    throw e;
  }
  checkArticle(article, typeof input === 'string' ? input : () => decodeHtml(input).html);
  return { article };
}

/** The output properties of one Article (schema, JSON round trip, text, formats). */
export function checkArticle(article: Article, sourceHtml: string | (() => string) | undefined): void {
  if (!validateArticle(article)) {
    throw new Error(`schema: ${JSON.stringify(validateArticle.errors?.slice(0, 3))}`);
  }
  const json = JSON.stringify(article);
  if (!isDeepStrictEqual(JSON.parse(json), article)) throw new Error('JSON round trip changed the Article');
  if (sourceHtml !== undefined) {
    const leaked = leakedMarkup(article.text, sourceHtml);
    if (leaked.length) throw new Error(`markup in text: ${leaked.join(', ')}`);
  }
  const html = toHTML(article);
  const live = liveParts(html);
  if (live.length) throw new Error(`toHTML is live: ${live.slice(0, 5).join(', ')}`);
  if (!/^<article lang="[^"]*" dir="(rtl|ltr)">[\s\S]*<\/article>$/.test(html)) throw new Error('toHTML is not one <article>');
  const md = toMarkdown(article);
  if (typeof md !== 'string' || /\]\(<?\s*(?:javascript|data|vbscript):/i.test(md)) throw new Error('toMarkdown links a non-http URL');
  if (typeof toText(article) !== 'string') throw new Error('toText');
}
