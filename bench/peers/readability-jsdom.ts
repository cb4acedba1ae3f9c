/** Mozilla Readability over a jsdom document (Readability's documented Node setup). */
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { htmlToText } from './html-text.js';
import { result, type PeerResult } from './types.js';

export const name = 'readability+jsdom';

export async function extract(html: string, url: string): Promise<PeerResult> {
  // A silent console: jsdom otherwise prints every CSS it cannot parse.
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  try {
    const article = new Readability(dom.window.document).parse();
    return result(article?.title, htmlToText(article?.content), article?.publishedTime);
  } finally {
    dom.window.close();
  }
}
