/**
 * `npm run eval`: score maqal (and, with --peers, other extractors) on the annotated
 * corpus. A report, not a test: it always exits 0 once it has run. See docs/evaluation.md.
 */
import { relative } from 'node:path';
import { parseArgs, USAGE, type EvalArgs } from './eval/args.js';
import { corpusExists, loadPages, REPO_ROOT } from './eval/corpus.js';
import { buildReport, writeReport } from './eval/json-report.js';
import { loadMaqal } from './eval/maqal.js';
import { loadPeerTools } from './eval/peers.js';
import { footnotes, siteF1Table, siteTable, toolTable, verboseReport, type ToolRun } from './eval/report.js';
import { runTool } from './eval/run.js';
import type { Page, Tool } from './eval/types.js';

const log = (line: string): void => console.log(line);

async function loadTools(args: EvalArgs): Promise<Tool[]> {
  const tools: Tool[] = [];
  try {
    tools.push(await loadMaqal(args.genericOnly));
  } catch (error) {
    log(`eval: maqal could not be loaded (src/index.ts): ${(error as Error).message.split('\n')[0]}`);
  }
  if (args.peers) tools.push(...(await loadPeerTools(log)));
  return tools;
}

function printReport(args: EvalArgs, runs: readonly ToolRun[], pages: readonly Page[]): void {
  const [first] = runs;
  if (!first) return;
  if (args.verbose) log(`\n${first.tool}: pages\n${verboseReport(first, pages)}`);
  log(`\n${first.tool}: per site\n${siteTable(first)}`);
  if (runs.length > 1) {
    log(`\nBody F1 per site, side by side\n${siteF1Table(runs)}`);
    log(`\nAll tools\n${toolTable(runs)}`);
  }
  log('');
  for (const run of runs) for (const note of footnotes(run)) log(note);
}

async function main(): Promise<void> {
  let args: EvalArgs;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 2;
    return;
  }
  if (args.help) return log(USAGE);
  if (!corpusExists(args.corpus)) {
    return log(`eval: ${relative(REPO_ROOT, args.corpus) || args.corpus} not found — skipped`);
  }
  const pages = loadPages(args.corpus, args.site);
  if (pages.length === 0) return log(`eval: no annotated pages${args.site ? ` for site ${args.site}` : ''} — nothing to score`);
  const tools = await loadTools(args);
  if (tools.length === 0) return log('eval: no tool could be loaded — nothing to score');

  log(`eval: ${pages.length} annotated pages from ${args.corpus}`);
  const runs: ToolRun[] = [];
  for (const tool of tools) {
    const start = performance.now();
    runs.push({ tool: tool.name, pages: await runTool(tool, pages) });
    log(`eval: ${tool.name} done in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  }
  printReport(args, runs, pages);
  writeReport(args.json, buildReport(args, runs));
  log(`\neval: report written to ${relative(process.cwd(), args.json)}`);
}

await main();
