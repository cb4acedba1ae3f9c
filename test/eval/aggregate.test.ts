import { describe, expect, it } from 'vitest';
import { median, percentile, summarise } from '../../scripts/eval/aggregate.js';
import { scorePage } from '../../scripts/eval/score.js';
import type { Truth } from '../../scripts/eval/types.js';

const truth = (over: Partial<Truth>): Truth => ({
  file: 'pages/s/1.html',
  site: 's',
  url: 'https://s/1',
  headline: 'عنوان',
  published: null,
  updated: null,
  authors: [],
  body: ['a b c d e'],
  captions: [],
  noise: ['noise'],
  ...over,
});
const all = { updated: true, captions: true, authors: true };

describe('summarise', () => {
  it('averages page figures and counts rates over their own denominators', () => {
    const pages = [
      scorePage(truth({ published: '2020-01-01' }), { text: 'a b c d e', published: '2020-01-01', headline: 'عنوان' }, all, 1),
      scorePage(truth({ published: '2020-01-02', captions: ['x y'] }), { text: '', published: '2020-01-01', captions: ['x y'] }, all, 3),
      scorePage(truth({}), { text: 'a b c d e noise', published: '2020-01-05' }, all, 2),
    ];
    const s = summarise(pages);
    // page 3: P 2/3, R 1 → F1 0.8
    expect(s.f1).toBeCloseTo((1 + 0 + 0.8) / 3);
    expect(s.headline).toMatchObject({ hits: 1, of: 3 });
    expect(s.published).toMatchObject({ hits: 1, of: 2, spurious: 1, truthNull: 1 });
    expect(s.publishedDay).toMatchObject({ hits: 1, of: 2 });
    expect(s.updated).toMatchObject({ rate: null, of: 0, spurious: 0, truthNull: 3 });
    expect(s.captionRecall).toMatchObject({ hits: 1, of: 1 });
    expect(s.noiseLeak).toMatchObject({ hits: 1, of: 3 });
    expect(s.msMedian).toBe(2);
    expect(s.emptyBodies).toBe(1);
  });
  it('reports n/a (null) for fields no page reports', () => {
    const s = summarise([scorePage(truth({}), { text: 'a b c d e' }, { updated: false, captions: false, authors: false }, 1)]);
    expect(s.updated).toBeNull();
    expect(s.captionRecall).toBeNull();
    expect(s.authors).toBeNull();
  });
});

describe('median and percentile', () => {
  it('computes them on unsorted values', () => {
    expect(median([3, 1, 2, 10])).toBe(2.5);
    expect(percentile([5, 1, 4, 2, 3], 0.95)).toBe(5);
    expect(percentile([5, 1, 4, 2, 3], 0.5)).toBe(3);
    expect(median([])).toBeNull();
  });
});
