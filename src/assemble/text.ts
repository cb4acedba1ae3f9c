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

/** Words in a text: runs of non-space, non-punctuation characters (Arabic and Latin alike). */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const sep = c <= 32 || c === 0xa0 || (c < 128 && !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) || c === 0x60c || c === 0x61b || c === 0x61f || c === 0x6d4 || c === 0xab || c === 0xbb;
    if (sep) inWord = false;
    else if (!inWord) {
      inWord = true;
      words++;
    }
  }
  return words;
}
