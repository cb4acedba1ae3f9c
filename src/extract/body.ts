/**
 * The body stage: adapter containers when the adapter names them, otherwise the
 * generic main-content finder over one collection of the page's blocks. Images and
 * captions between the headline and the body (the lead image) come along.
 */
import type { RemovedNote } from '../article.js';
import { contains, rawText } from '../parse/dom.js';
import { noiseReason } from './content/classify.js';
import { collectBlocks, type RawBlock, type RemovedElement } from './content/collect-blocks.js';
import { findMainContent } from './content/find-main.js';

export interface BodyBlocks {
  blocks: RawBlock[];
  containers: Element[];
  removed: RemovedNote[];
}

const skip = { skip: noiseReason };
const excerpt = (el: Element): string => {
  const t = rawText(el).replace(/\s+/g, ' ').trim();
  return t.length > 80 ? `${t.slice(0, 80)}…` : t || `<${el.localName}>`;
};
const notes = (removed: readonly RemovedElement[]): RemovedNote[] => removed.map((r) => ({ reason: r.reason, what: excerpt(r.el) }));

/** Blocks of the adapter's containers. */
export function adapterBodyBlocks(containers: readonly Element[]): BodyBlocks {
  const blocks: RawBlock[] = [];
  const removed: RemovedElement[] = [];
  for (const c of containers) {
    const r = collectBlocks(c, skip);
    blocks.push(...r.blocks);
    removed.push(...r.removed);
  }
  return { blocks, containers: [...containers], removed: notes(removed) };
}

/** Blocks of the generic main content, plus lead images/captions just above it. */
export function genericBodyBlocks(root: Element): BodyBlocks {
  const all = collectBlocks(root, skip);
  const containers = findMainContent(all.blocks, root);
  if (!containers.length) return { blocks: [], containers, removed: [] };
  const inside = (el: Element): boolean => containers.some((c) => contains(c, el));
  const first = all.blocks.findIndex((b) => inside(b.el));
  const h1 = all.blocks.findIndex((b) => b.kind === 'h1');
  const blocks: RawBlock[] = [];
  all.blocks.forEach((b, i) => {
    if (inside(b.el)) blocks.push(b);
    else if (h1 >= 0 && i > h1 && i < first && (b.kind === 'image' || b.kind === 'caption')) blocks.push(b);
  });
  const removed = all.removed.filter((r) => inside(r.el));
  return { blocks, containers, removed: notes(removed) };
}
