import { describe, expect, it } from 'vitest';
import { runTool } from '../../scripts/eval/run.js';
import { verboseReport } from '../../scripts/eval/report.js';
import type { Page, Tool, Truth } from '../../scripts/eval/types.js';

const truth: Truth = {
  file: 'pages/example.com/old-name.html',
  site: 'example.com',
  url: 'https://example.com/1',
  headline: 'عنوان الخبر',
  subheadline: null,
  published: null,
  updated: null,
  authors: [],
  body: ['الفقرة الأولى من الخبر'],
  captions: [],
  noise: [],
};
const tool: Tool = { name: 'fixed', capabilities: { updated: false, captions: false, authors: false }, extract: () => ({ text: 'الفقرة الأولى من الخبر', headline: 'عنوان آخر' }) };

describe('runTool', () => {
  it('names each score by the page’s place in the manifest, so --verbose finds a page whose truth names an old place', async () => {
    const page: Page = { file: 'pages/example.com/new-name.html', site: 'example.com', html: '<p>x</p>', truth };
    const scores = await runTool(tool, [page]);
    expect(scores[0]!.file).toBe('pages/example.com/new-name.html');
    expect(verboseReport({ tool: 'fixed', pages: scores }, [page])).toContain('example.com/new-name.html');
  });
});
