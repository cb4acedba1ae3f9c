/**
 * The Article's image list: the lead image first, then body images, each with the
 * caption and credit the page gives; a caption that belongs to no known image goes to
 * the lead image when that has none.
 */
import type { ArticleImage, Block } from '../article.js';
import { matchKey } from '../lexicon/match.js';

export interface CaptionIn {
  text: string;
  credit?: string;
  url?: string;
}

const sameImage = (a: string, b: string): boolean => a === b || a.split('?')[0] === b.split('?')[0];

export function assembleImages(lead: ArticleImage | undefined, blocks: readonly Block[], captions: readonly CaptionIn[]): { leadImage?: ArticleImage; images: ArticleImage[] } {
  const images: ArticleImage[] = [];
  const find = (url: string): ArticleImage | undefined => images.find((i) => sameImage(i.url, url));
  if (lead) images.push({ ...lead });
  for (const b of blocks) {
    if (b.type !== 'image') continue;
    const existing = find(b.url);
    const img = existing ?? { url: b.url };
    if (b.caption && !img.caption) img.caption = b.caption;
    if (b.credit && !img.credit) img.credit = b.credit;
    if (b.alt && !img.alt) img.alt = b.alt;
    if (!existing) images.push(img);
  }
  // A caption goes to its own image; one without a known image to the first image without
  // a caption — unless that would repeat a caption an image already has.
  for (const c of captions) {
    const own = c.url ? find(c.url) : undefined;
    const key = matchKey(c.text);
    const target = own ?? (images.some((i) => i.caption && matchKey(i.caption) === key) ? undefined : images.find((i) => !i.caption));
    if (!target || target.caption) continue;
    target.caption = c.text;
    if (c.credit) target.credit = c.credit;
  }
  const out: { leadImage?: ArticleImage; images: ArticleImage[] } = { images };
  if (images[0] && lead) out.leadImage = images[0];
  return out;
}
