/** @extractus/article-extractor's extractFromHtml (Readability over linkedom plus its own clean-up). */
import { extractFromHtml } from '@extractus/article-extractor';
import { htmlToText } from './html-text.js';
import { result, type PeerResult } from './types.js';

export const name = 'article-extractor';

export async function extract(html: string, url: string): Promise<PeerResult> {
  const article = await extractFromHtml(html, url);
  return result(article?.title, htmlToText(article?.content), article?.published);
}
