import type { Article } from '../article.js';

/**
 * The article as plain text: headline, subheadline, then the body text.
 *
 * @example toText(extract(html)) // 'العنوان\n\nالفقرة الأولى…'
 */
export function toText(article: Article): string {
  return [article.headline, article.subheadline, article.text].filter(Boolean).join('\n\n');
}
