/**
 * The story's text as the JSON-LD `articleBody` gives it: the body of last resort, for a page that shows none
 * (a script-rendered site whose HTML carries the story only in its metadata).
 */
import { matchKey } from '../../lexicon/match.js';
import { normaliseText } from '../../normalise/text.js';
import { textOfMarkup } from '../../normalise/markup-text.js';
import { TUNABLES } from '../../tunables.js';
import { jsonLdStrings, type JsonObject } from './json-ld.js';

/** Where one paragraph of pasted markup ends (a CMS that writes its HTML into `articleBody`). */
const BLOCK_END = /<\/(?:p|div|h[1-6]|li|blockquote|figcaption)\s*>|<br\s*\/?>/gi;
/** Markup escaped once (`&lt;p&gt;`): unescaped before its paragraphs are told apart. */
const ESCAPED_TAG = /&lt;(?:\/|p\b|br\b|div\b)/i;

/**
 * The paragraphs of the article object's `articleBody`: split where the text breaks a line or its markup ends a
 * block, markup and entities dropped, the headline and a paragraph repeated right after itself left out. Read only
 * when the page shows no article text: a CMS's `articleBody` often holds share-bar words, repeats or a cut
 * copy of the story (`docs/generic.md`), so it never stands in for text the page shows.
 *
 * @example
 * metadataBodyParagraphs({ articleBody: 'افتتحت البلدية المكتبة.\nوقال رئيس البلدية …' }, 'افتتاح مكتبة')
 * // ['افتتحت البلدية المكتبة.', 'وقال رئيس البلدية …']
 */
export function metadataBodyParagraphs(article: JsonObject | undefined, headline?: string): string[] {
  if (!article) return [];
  let text = jsonLdStrings(article.articleBody).join('\n').slice(0, TUNABLES.maxMetadataBodyChars);
  if (!text.trim()) return [];
  if (ESCAPED_TAG.test(text)) text = text.replace(/&lt;/gi, '<').replace(/&gt;/gi, '>');
  const skip = headline ? matchKey(headline) : undefined;
  const out: string[] = [];
  for (const line of text.replace(BLOCK_END, '\n').split(/\n+/)) {
    const p = normaliseText(textOfMarkup(line));
    if (!p || /^[\p{P}\p{S}\s]*$/u.test(p)) continue;
    const key = matchKey(p);
    if (key === skip || (out.length && matchKey(out[out.length - 1]!) === key)) continue;
    out.push(p);
  }
  return out;
}
