/**
 * A tool's content HTML → plain text, one paragraph per block element (`<p>`, headings,
 * list items, quotes, cells, `<br>` runs…), blank line between paragraphs. No text is
 * dropped: text directly inside a `<div>` becomes its own paragraph.
 */
import { parseHTML } from 'linkedom';

const BLOCKS = new Set(
  'address article aside blockquote br dd details div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(' '),
);
const SKIP = new Set(['script', 'style', 'noscript', 'template']);

interface TextNodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<TextNodeLike>;
}

function walk(node: TextNodeLike, paragraphs: string[], current: string[]): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      current.push(child.textContent ?? '');
      continue;
    }
    if (child.nodeType !== 1) continue;
    const tag = child.nodeName.toLowerCase();
    if (SKIP.has(tag)) continue;
    const block = BLOCKS.has(tag);
    if (block) flush(paragraphs, current);
    walk(child, paragraphs, current);
    if (block) flush(paragraphs, current);
  }
}

function flush(paragraphs: string[], current: string[]): void {
  const text = current.join('').replace(/\s+/g, ' ').trim();
  if (text !== '') paragraphs.push(text);
  current.length = 0;
}

export function htmlToParagraphs(html: string | null | undefined): string[] {
  if (!html) return [];
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const paragraphs: string[] = [];
  const current: string[] = [];
  walk(document.body as unknown as TextNodeLike, paragraphs, current);
  flush(paragraphs, current);
  return paragraphs;
}

export function htmlToText(html: string | null | undefined): string {
  return htmlToParagraphs(html).join('\n\n');
}
