/**
 * maqal — Arabic news article extraction.
 *
 * @example
 * import { extract } from 'maqal';
 * const article = extract(html, { url: 'https://www.shorouknews.com/news/view.aspx?…' });
 * article.headline; article.published?.iso; article.text;
 */
import { builtinAdapters } from './adapters/index.js';
import { createExtractor, type ExtractOptions } from './extractor.js';
import type { Article } from './article.js';

let defaultExtractor: ReturnType<typeof createExtractor> | undefined;

/**
 * Extract the article from a page's HTML (string, or bytes decoded by the HTML
 * encoding rules) with the built-in site adapters and the generic fallback. Synchronous
 * and pure. Throws `MaqalError` only for input that is not HTML at all.
 *
 * @example extract(html, { url: 'https://www.youm7.com/story/…', now: new Date() }).headline
 */
export function extract(input: string | Uint8Array, options?: ExtractOptions): Article {
  defaultExtractor ??= createExtractor({ adapters: builtinAdapters });
  return defaultExtractor.extract(input, options);
}

export { createExtractor } from './extractor.js';
export type { Extractor, ExtractOptions, ExtractorOptions } from './extractor.js';
export { defineAdapter } from './adapt/define-adapter.js';
export type { Adapter, AdapterSpec, AdapterContext, PickSpec, Selectors, Transform } from './adapt/types.js';
export { builtinAdapters } from './adapters/index.js';
export { MaqalError } from './errors.js';
export type { MaqalErrorCode } from './errors.js';
export type { Article, ArticleDate, ArticleImage, Block, Diagnostic, RemovedNote, EmbedProvider, DateSource } from './article.js';
export { toText } from './format/to-text.js';
export { toMarkdown } from './format/to-markdown.js';
export { toHTML } from './format/to-html.js';
export { parseDocument, type ParseObserver } from './parse/index.js';
