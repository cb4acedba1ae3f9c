// One process of `npm run bench:gc` (see gc.ts), in plain Node as users run the library:
// reads the pages listed in a JSON file, runs the passes, prints GC time per page.
import { readFileSync } from 'node:fs';
import { PerformanceObserver, constants } from 'node:perf_hooks';

const [tool, listFile, passesArg] = process.argv.slice(2);
const passes = Number(passesArg);
const files = JSON.parse(readFileSync(listFile, 'utf8')).map((f) => ({ html: readFileSync(f.path, 'utf8'), url: f.url }));
const lib = await import(new URL('../dist/index.js', import.meta.url).href);
const run = tool === 'maqal-parse' ? (f) => lib.parseDocument(f.html) : (f) => lib.extract(f.html, f.url ? { url: f.url } : {});
const gcs = [];
const observer = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcs.push({ start: e.startTime, duration: e.duration, major: e.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR });
});
observer.observe({ entryTypes: ['gc'] });
for (const f of files) run(f); // first pass: compiling, not measured
const from = performance.now();
for (let p = 1; p < passes; p++) for (const f of files) run(f);
const to = performance.now();
await new Promise((r) => setTimeout(r, 50)); // let the observer deliver the last entries
observer.disconnect();
const timed = gcs.filter((g) => g.start >= from && g.start <= to);
const pages = files.length * (passes - 1);
const result = {
  tool,
  pages,
  msPerPage: (to - from) / pages,
  gcMsPerPage: timed.reduce((a, g) => a + g.duration, 0) / pages,
  minorGcs: timed.filter((g) => !g.major).length,
  majorGcs: timed.filter((g) => g.major).length,
};
process.stdout.write(`\n@@GC ${JSON.stringify(result)}\n`);
