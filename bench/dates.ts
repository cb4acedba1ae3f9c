/**
 * Throughput of the Arabic date engine: parseArabicDate over the whole case table
 * (test/dates/cases.ts), many rounds, after a warm-up. Run: `npx tsx bench/dates.ts`
 * (or `npm run bench:dates`). Optional argument: number of rounds (default 200).
 */
import { findArabicDates, parseArabicDate } from '../src/dates/index.js';
import { CASES } from '../test/dates/cases.js';

const rounds = Number(process.argv[2] ?? 200);

function run(n: number): number {
  let parsed = 0;
  for (let r = 0; r < n; r++) for (const c of CASES) if (parseArabicDate(c.text, c.options)) parsed++;
  return parsed;
}

run(5);
const t0 = performance.now();
const parsed = run(rounds);
const ms = performance.now() - t0;
const calls = rounds * CASES.length;
console.log(`parseArabicDate: ${calls} calls (${CASES.length} cases × ${rounds}) in ${ms.toFixed(0)} ms`);
console.log(`  ${Math.round((calls / ms) * 1000).toLocaleString('en-US')} parses/second (${parsed / rounds} non-null per round)`);

const page = CASES.map((c) => c.text).join(' — كلام بين السطور — ').repeat(10);
findArabicDates(page);
const t1 = performance.now();
const found = findArabicDates(page);
const ms2 = performance.now() - t1;
console.log(`findArabicDates: ${(page.length / 1000).toFixed(0)} k chars, ${found.length} dates in ${ms2.toFixed(0)} ms`);
console.log(`  ${((page.length / ms2) * 1000 / 1e6).toFixed(2)} M chars/second`);
