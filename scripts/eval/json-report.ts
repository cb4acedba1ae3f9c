/** The machine-readable report written by `npm run eval` (--json). */
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { summarise, type Summary } from './aggregate.js';
import type { EvalArgs } from './args.js';
import type { ToolRun } from './report.js';
import type { PageScore } from './score.js';

export interface JsonReport {
  generatedAt: string;
  node: string;
  corpus: string;
  options: { genericOnly: boolean; peers: boolean; site?: string };
  tools: { tool: string; summary: Summary; sites: Record<string, Summary>; pages: PageScore[] }[];
}

export function buildReport(args: EvalArgs, runs: readonly ToolRun[]): JsonReport {
  const options: JsonReport['options'] = { genericOnly: args.genericOnly, peers: args.peers };
  if (args.site !== undefined) options.site = args.site;
  return {
    generatedAt: new Date().toISOString(),
    node: process.version,
    corpus: args.corpus,
    options,
    tools: runs.map((run) => {
      const sites: Record<string, Summary> = {};
      for (const site of [...new Set(run.pages.map((p) => p.site))].sort()) {
        sites[site] = summarise(run.pages.filter((p) => p.site === site));
      }
      return { tool: run.tool, summary: summarise(run.pages), sites, pages: run.pages };
    }),
  };
}

/** Write the report; an output directory named `.eval` is made self-ignoring for git. */
export function writeReport(path: string, report: JsonReport): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  if (basename(dir) === '.eval' && !existsSync(join(dir, '.gitignore'))) writeFileSync(join(dir, '.gitignore'), '*\n');
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
}
