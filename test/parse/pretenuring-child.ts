/**
 * Child process of pretenuring.test.ts (run with `--allow-natives-syntax`): parses very large
 * pages, so that many minor GCs fall while every node of them is alive, collecting their blocks,
 * then a small page, and prints how many of the small page's per-page objects were born in the old generation.
 */
import { collectBlocks } from '../../src/extract/content/collect-blocks.js';
import { collectPageIndex } from '../../src/extract/page-index.js';
import { parseDocument } from '../../src/parse/index.js';
import { elementIndexBuilder } from '../../src/parse/element-index.js';
import { END } from '../../src/parse/linkedom-tree-adapter.js';

// Natives syntax in a Function body: the TypeScript loader never sees it.
const inYoungGeneration = new Function('o', 'return %InYoungGeneration(o)') as (o: object) => boolean;

function parseIndexed(html: string): Document {
  const collector = collectPageIndex({ elements: true });
  const doc = parseDocument(html, collector);
  collector.finish(doc);
  return doc;
}

const row = (i: number): string => `<div class="c${i}" id="d${i}"><p class="p${i % 7}">text ${i}</p></div>`;
const page = (from: number, rows: number): string => `<body>${Array.from({ length: rows }, (_, i) => row(from + i)).join('')}</body>`;
const noNoise = { noise: (el: Element) => (el.localName === 'div' ? 'class:c' : undefined) };
for (let round = 0; round < 3; round++) collectBlocks(parseIndexed(page(0, 60_000)).body!, noNoise);

// Each kind is checked right after it is made: an object that outlives two minor GCs is promoted by age, which says
// nothing of where it was born (under load, the later steps' allocations could bring those GCs on first). And the small
// page is read three times, keeping each count's least: a pretenured literal puts its objects in the old generation
// every time, while GCs that happen to fall inside one small page's reading (seen once in a loaded CI run: 412 records
// old) do not fall inside all three.
function smallPage(n: number) {
  const small = parseIndexed(page(1_000_000 + n * 1000, 200));
  const elements = Array.from(small.querySelectorAll('div, p'));
  const oldEnds = elements.filter((el) => !inYoungGeneration((el as any)[END])).length;
  const builder = elementIndexBuilder();
  for (const el of elements) builder.add(el, el.localName, el.getAttribute('id') ?? undefined, el.getAttribute('class') ?? undefined);
  const lists = [...builder.index.byClassAttr.values(), ...builder.index.byId.values()];
  const oldLists = lists.filter((list) => !inYoungGeneration(list)).length;
  const { blocks, sizes } = collectBlocks(small.body!, noNoise);
  const records = [...blocks, ...blocks.map((b) => b.noise), ...sizes.values()];
  const oldRecords = records.filter((r) => !inYoungGeneration(r)).length;
  return { elements: elements.length, oldEnds, lists: lists.length, oldLists, records: records.length, oldRecords };
}
const runs = [0, 1, 2].map(smallPage);
const least = (k: keyof (typeof runs)[number]): number => Math.min(...runs.map((r) => r[k]));
console.log(JSON.stringify({ elements: runs[0]!.elements, oldEnds: least('oldEnds'), lists: runs[0]!.lists, oldLists: least('oldLists'), records: runs[0]!.records, oldRecords: least('oldRecords') }));
