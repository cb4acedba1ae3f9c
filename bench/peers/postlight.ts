/// <reference path="./postlight-parser.d.ts" />
/** Postlight Parser on pre-fetched HTML (no network: next pages are not fetched). */
import Parser from '@postlight/parser';
import { htmlToText } from './html-text.js';
import { result, type PeerResult } from './types.js';

export const name = 'postlight';

export async function extract(html: string, url: string): Promise<PeerResult> {
  const article = await Parser.parse(url, { html, fetchAllPages: false, contentType: 'html' });
  return result(article?.title, htmlToText(article?.content), article?.date_published);
}
