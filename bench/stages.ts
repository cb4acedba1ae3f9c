/**
 * Where maqal's time goes, stage by stage, relative to its own parse layer. Every stage of
 * `extract` runs on each page right after that page's own parse, as in `extract`; each page
 * keeps its fastest time per stage over the passes (minima are stable to a few percent on a
 * noisy machine, where medians move by ten), and the table sums them over pages.
 * Usage: tsx stages.ts [--runs N] [--corpus DIR] [--generic] [--sites adapter|other]
 * (`--sites adapter`: only the pages of sites a built-in adapter reads; `other`: only the rest)
 */
import { resolve } from 'node:path';
import { adapterForHost, createRegistry } from '../src/adapt/registry.js';
import { builtinAdapters } from '../src/adapters/index.js';
import { extract } from '../src/index.js';
import { parseDocument } from '../src/parse/index.js';
import { adaptPage } from '../src/pipeline/adapt.js';
import { authorsOf, bodyOf, datesOf, headlineAnchor, headlineOf, imagesOf, siteNameOf, siteNamesOf } from '../src/pipeline/fields.js';
import { readPage } from '../src/pipeline/page.js';
import { parseUrl } from '../src/normalise/url.js';
import { assembleArticle } from '../src/assemble/article.js';
import { metadataSection, metadataTags } from '../src/extract/metadata/fields.js';
import { DEFAULT_CORPUS, benchPages } from '../scripts/eval/corpus.js';
import { fixed, formatTable } from '../scripts/eval/table.js';

const flag = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const runs = Number(flag('--runs') ?? 30);
const generic = process.argv.includes('--generic');
const sites = flag('--sites');
if (sites !== undefined && sites !== 'adapter' && sites !== 'other') throw new Error('--sites takes adapter or other');
const builtin = createRegistry(builtinAdapters);
const hasAdapter = (url: string | undefined): boolean => adapterForHost(builtin, parseUrl(url)?.hostname) !== undefined;
const { source, files: all } = benchPages(resolve(flag('--corpus') ?? DEFAULT_CORPUS));
const files = sites === undefined ? all : all.filter((f) => hasAdapter(f.url) === (sites === 'adapter'));
const registry = generic ? createRegistry([]) : builtin;

const STAGES = ['parse layer', 'extract (whole)', 'read page (parse + index)', 'adapter fields', 'headline', 'body', 'dates', 'images', 'authors', 'assemble'] as const;
type Stage = (typeof STAGES)[number];
const best = new Map<Stage, number[]>(STAGES.map((s) => [s, files.map(() => Infinity)]));

function timed<T>(stage: Stage, page: number, fn: () => T): T {
  const start = performance.now();
  const out = fn();
  const ms = performance.now() - start;
  const list = best.get(stage)!;
  if (ms < list[page]!) list[page] = ms;
  return out;
}

for (let r = 0; r < runs; r++) {
  files.forEach((file, i) => {
    const options = file.url && !generic ? { url: file.url } : {};
    timed('parse layer', i, () => parseDocument(file.html));
    timed('extract (whole)', i, () => extract(file.html, { ...options, ...(generic ? { genericOnly: true } : {}) }));
    const page = timed('read page (parse + index)', i, () => readPage(file.html, options, registry, Infinity));
    const adapted = timed('adapter fields', i, () => adaptPage(page));
    const av = adapted.values;
    const { siteName, headline, names, anchor } = timed('headline', i, () => {
      const siteName = siteNameOf(page);
      const headline = headlineOf(page, av, siteName).text;
      return { siteName, headline, names: siteNamesOf(page, siteName, headline), anchor: headlineAnchor(page, headline) };
    });
    const { position } = anchor;
    const { body } = timed('body', i, () => bodyOf(page, adapted, headline, names, anchor));
    const dates = timed('dates', i, () => datesOf(page, av, position));
    const { leadImage, images } = timed('images', i, () => imagesOf(page, av, body, anchor, headline));
    const authors = timed('authors', i, () => authorsOf(page, av, body, names, siteName, position));
    timed('assemble', i, () => {
      const section = av.section ?? metadataSection(page.index, page.ldArticle);
      const tags = av.tags ?? metadataTags(page.index, page.ldArticle);
      return assembleArticle({ authors, tags, dates, images, body: body.blocks, warnings: [], removed: [], ...(section ? { section } : {}), ...(leadImage ? { leadImage } : {}), ...(headline ? { headline } : {}) }, page.index);
    });
  });
}

const total = (s: Stage): number => best.get(s)!.reduce((a, b) => a + b, 0);
const floor = total('parse layer');
const rows = STAGES.map((s) => [s, fixed(total(s) / files.length, 3), `${fixed(total(s) / floor, 3)}×`]);
console.log(`${files.length} pages (${source}${sites ? `, ${sites === 'adapter' ? 'sites with an adapter' : 'sites without one'}` : ''}), fastest of ${runs} passes per page and stage${generic ? ', adapters off' : ''}\n`);
console.log(formatTable(['stage', 'ms/page', '× parse layer'], rows));

// `npm run bench` compares medians over pages, where a mid-sized page weighs as much as the largest:
// the same minima at the median page (per-page ratios, their median).
const parseBest = best.get('parse layer')!;
const ratios = best.get('extract (whole)')!.map((t, i) => t / parseBest[i]!).sort((a, b) => a - b);
console.log(`\nmedian page: extract ${fixed(ratios[ratios.length >> 1]!, 3)}× its parse layer (per-page fastest times)`);
