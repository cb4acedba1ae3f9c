import type { Article, Block } from '../article.js';
import { safeUrl } from './safe-url.js';

const MD_SPECIAL = /([\\`*_{}[\]<>#|])/g;
const esc = (s: string): string => s.replace(MD_SPECIAL, '\\$1').replace(/^(\s*)([-+]|\d+\.)(\s)/, '$1\\$2$3');

function blockMarkdown(b: Block): string {
  switch (b.type) {
    case 'paragraph':
      return esc(b.text);
    case 'heading':
      return `${'#'.repeat(b.level)} ${esc(b.text)}`;
    case 'quote':
      return `> ${esc(b.text)}`;
    case 'list':
      return b.items.map((it, i) => `${b.ordered ? `${i + 1}.` : '-'} ${esc(it)}`).join('\n');
    case 'image': {
      const url = safeUrl(b.url);
      if (!url) return '';
      const img = `![${esc(b.alt ?? b.caption ?? '')}](<${url}>)`;
      return b.caption ? `${img}\n*${esc(b.caption)}*` : img;
    }
    case 'embed': {
      const url = safeUrl(b.url);
      return url ? `[${b.provider}](<${url}>)` : '';
    }
    case 'table':
      return b.rows.map((r, i) => `| ${r.map(esc).join(' | ')} |${i === 0 ? `\n|${r.map(() => ' --- |').join('')}` : ''}`).join('\n');
  }
}

/**
 * The article as Markdown (headline as `#`, body blocks in order, images with captions).
 *
 * @example toMarkdown(article).startsWith('# ') // true when the article has a headline
 */
export function toMarkdown(article: Article): string {
  const parts: string[] = [];
  if (article.headline) parts.push(`# ${esc(article.headline)}`);
  if (article.subheadline) parts.push(`**${esc(article.subheadline)}**`);
  for (const b of article.body) {
    const md = blockMarkdown(b);
    if (md) parts.push(md);
  }
  return `${parts.join('\n\n')}\n`;
}
