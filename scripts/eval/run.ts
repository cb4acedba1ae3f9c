/** Run one tool over the pages and score every page. */
import { scorePage, type PageScore } from './score.js';
import type { Page, Prediction, Tool } from './types.js';

const EMPTY: Prediction = { text: '' };

async function timed(tool: Tool, page: Page): Promise<{ pred: Prediction; ms: number; error?: string }> {
  const start = performance.now();
  try {
    const pred = await tool.extract(page.html, page.truth.url);
    return { pred, ms: performance.now() - start };
  } catch (error) {
    return { pred: EMPTY, ms: performance.now() - start, error: String((error as Error)?.message ?? error).split('\n')[0]! };
  }
}

/** One untimed call first so module loading and JIT warm-up are not charged to the first page. */
export async function runTool(tool: Tool, pages: readonly Page[]): Promise<PageScore[]> {
  if (pages[0]) await timed(tool, pages[0]);
  const scores: PageScore[] = [];
  for (const page of pages) {
    const { pred, ms, error } = await timed(tool, page);
    // The page is named by where the manifest puts it, not by the truth's own `file` field (a copied truth may still
    // name its old place): --verbose finds each page by that name.
    const score = { ...scorePage(page.truth, pred, tool.capabilities, ms), file: page.file };
    if (error !== undefined) score.error = error;
    scores.push(score);
  }
  return scores;
}
