/** maqal as an evaluation tool: its Article mapped to the fields the scores need. */
import type { Article } from '../../src/article.js';
import type { Prediction, Tool } from './types.js';

/** Captions of `images[]` and of image blocks in the body, each once. */
export function articleCaptions(article: Article): string[] {
  const fromImages = article.images.map((image) => image.caption);
  const fromBlocks = article.body.map((block) => (block.type === 'image' ? block.caption : undefined));
  return [...new Set([...fromImages, ...fromBlocks].filter((c): c is string => typeof c === 'string' && c.trim() !== ''))];
}

export function predictionFromArticle(article: Article): Prediction {
  const pred: Prediction = { text: article.text, captions: articleCaptions(article), authors: article.authors };
  if (article.headline !== undefined) pred.headline = article.headline;
  if (article.published !== undefined) pred.published = article.published.iso;
  if (article.updated !== undefined) pred.updated = article.updated.iso;
  return pred;
}

/** maqal with its site adapters, or (`genericOnly`) with none: `createExtractor({ adapters: [] })`. */
export async function loadMaqal(genericOnly: boolean): Promise<Tool> {
  const maqal = await import('../../src/index.js');
  const extractor = genericOnly ? maqal.createExtractor({ adapters: [] }) : { extract: maqal.extract };
  return {
    name: genericOnly ? 'maqal (generic)' : 'maqal',
    capabilities: { updated: true, captions: true, authors: true },
    extract: (html, url) => predictionFromArticle(extractor.extract(html, { url })),
  };
}
