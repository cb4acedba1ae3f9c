/** `--fields a,b,c`: pick Article fields. */
import type { Article } from '../index.js';

/** Every top-level field of the Article contract, in output order. */
export const ARTICLE_FIELDS = [
  'url', 'site', 'adapter', 'language', 'direction', 'headline', 'subheadline', 'authors', 'section', 'tags',
  'published', 'updated', 'leadImage', 'images', 'body', 'text', 'wordCount', 'diagnostics',
] as const satisfies ReadonlyArray<keyof Article>;

export type ArticleField = (typeof ARTICLE_FIELDS)[number];

/** Parse a `--fields` value; throws a message naming the unknown fields. */
export function parseFields(value: string): ArticleField[] {
  const names = value.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !(ARTICLE_FIELDS as readonly string[]).includes(n));
  if (unknown.length) throw new Error(`unknown field ${unknown.join(', ')} (fields: ${ARTICLE_FIELDS.join(', ')})`);
  if (!names.length) throw new Error('--fields needs at least one field name');
  return [...new Set(names)] as ArticleField[];
}

/** The article with only the given fields (absent optional fields stay absent). */
export function pickFields(article: Article, fields: readonly ArticleField[] | undefined): Partial<Article> {
  if (!fields) return article;
  const out: Record<string, unknown> = {};
  for (const f of fields) if (article[f] !== undefined) out[f] = article[f];
  return out as Partial<Article>;
}
