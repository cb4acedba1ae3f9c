import type { Block } from '../article.js';

/** Plain text of one block ('' for images and embeds). */
export function blockText(b: Block): string {
  switch (b.type) {
    case 'paragraph':
    case 'heading':
    case 'quote':
      return b.text;
    case 'list':
      return b.items.join('\n');
    case 'table':
      return b.rows.map((r) => r.join(' | ')).join('\n');
    default:
      return '';
  }
}

/** Body text: blocks separated by a blank line. */
export function bodyText(blocks: readonly Block[]): string {
  return blocks.map(blockText).filter(Boolean).join('\n\n');
}

/** Words in a text (runs of letters/digits), Arabic and Latin alike. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}\u064B-\u065F\u0670]+/gu)?.length ?? 0;
}
