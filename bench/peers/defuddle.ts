/** defuddle's Node entry over a linkedom document, as its README shows first. */
import { Defuddle } from 'defuddle/node';
import { parseHTML } from 'linkedom';
import { htmlToText } from './html-text.js';
import { result, type PeerResult } from './types.js';

export const name = 'defuddle';

export async function extract(html: string, url: string): Promise<PeerResult> {
  const { document } = parseHTML(html);
  const article = await Defuddle(document as unknown as Document, url);
  return result(article.title, htmlToText(article.content), article.published);
}
