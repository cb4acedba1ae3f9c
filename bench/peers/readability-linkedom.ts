/** Mozilla Readability over a linkedom document. */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlToText } from './html-text.js';
import { result, type PeerResult } from './types.js';

export const name = 'readability+linkedom';

export async function extract(html: string, _url: string): Promise<PeerResult> {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document).parse();
  return result(article?.title, htmlToText(article?.content), article?.publishedTime);
}
