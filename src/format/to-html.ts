import type { Article, Block } from '../article.js';
import { safeUrl } from './safe-url.js';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ESC[c]!);

function figure(url: string, alt: string | undefined, caption: string | undefined, credit: string | undefined): string {
  const cap = [caption, credit].filter(Boolean).map((s) => esc(s!)).join(' — ');
  return `<figure><img src="${esc(url)}" alt="${esc(alt ?? '')}" loading="lazy">${cap ? `<figcaption>${cap}</figcaption>` : ''}</figure>`;
}

function blockHtml(b: Block): string {
  switch (b.type) {
    case 'paragraph':
      return `<p>${esc(b.text)}</p>`;
    case 'heading':
      return `<h${b.level}>${esc(b.text)}</h${b.level}>`;
    case 'quote':
      return `<blockquote>${esc(b.text)}</blockquote>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((i) => `<li>${esc(i)}</li>`).join('')}</${tag}>`;
    }
    case 'image': {
      const url = safeUrl(b.url);
      return url ? figure(url, b.alt, b.caption, b.credit) : '';
    }
    case 'embed': {
      const url = safeUrl(b.url);
      return url ? `<p class="embed embed-${esc(b.provider)}"><a href="${esc(url)}" rel="nofollow noopener noreferrer">${esc(url)}</a></p>` : '';
    }
    case 'table':
      return `<table>${b.rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</table>`;
  }
}

/**
 * The article as safe HTML, built from the Article (never from the page's markup): text
 * escaped, only http(s) URLs, no scripts, styles, event handlers or frames. Links and
 * images are absolute when the page URL or `<base>` was known.
 *
 * @example toHTML(article) // '<article lang="ar" dir="rtl"><h1>…</h1><p>…</p></article>'
 */
export function toHTML(article: Article): string {
  const lead = article.leadImage && safeUrl(article.leadImage.url);
  const inBody = article.body.some((b) => b.type === 'image' && b.url === article.leadImage?.url);
  const parts = [
    article.headline ? `<h1>${esc(article.headline)}</h1>` : '',
    article.subheadline ? `<p class="subheadline">${esc(article.subheadline)}</p>` : '',
    lead && !inBody ? figure(lead, article.leadImage!.alt, article.leadImage!.caption, article.leadImage!.credit) : '',
    ...article.body.map(blockHtml),
  ];
  return `<article lang="${esc(article.language)}" dir="${article.direction}">${parts.join('')}</article>`;
}
