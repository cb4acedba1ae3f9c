/** `maqal extract` arguments: parse with node:util parseArgs and validate into an ExtractCommand. */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { builtinAdapters } from '../index.js';
import { UsageError } from './exit-codes.js';
import { parseFields, type ArticleField } from './fields.js';

export const FORMATS = ['json', 'ndjson', 'text', 'markdown', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/** Options forwarded to `extract` (plain data: they cross to the worker threads). */
export interface PageOptions {
  url?: string;
  /** ISO instant. */
  now?: string;
  timeZone?: string;
  adapter?: string;
  genericOnly: boolean;
  fields?: ArticleField[];
}

export interface ExtractCommand {
  inputs: string[];
  /** Undefined: json for one page, ndjson in batch mode. */
  format?: Format;
  out?: string;
  resume: boolean;
  workers: number;
  quiet: boolean;
  help: boolean;
  page: PageOptions;
}

export function parseExtractArgs(argv: string[]): ExtractCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        url: { type: 'string' },
        format: { type: 'string' },
        fields: { type: 'string' },
        'generic-only': { type: 'boolean', default: false },
        adapter: { type: 'string' },
        'time-zone': { type: 'string' },
        now: { type: 'string' },
        out: { type: 'string', short: 'o' },
        workers: { type: 'string' },
        resume: { type: 'boolean', default: false },
        quiet: { type: 'boolean', short: 'q', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const v = parsed.values;
  const cmd: ExtractCommand = {
    inputs: parsed.positionals,
    resume: v.resume,
    workers: availableParallelism(),
    quiet: v.quiet,
    help: v.help,
    page: { genericOnly: v['generic-only'] },
  };
  if (v.help) return cmd;
  if (!cmd.inputs.length) throw new UsageError('no input: give files, directories, WARC files or - (standard input)');
  if (v.format !== undefined) {
    if (!(FORMATS as readonly string[]).includes(v.format)) throw new UsageError(`unknown format ${v.format} (formats: ${FORMATS.join(', ')})`);
    cmd.format = v.format as Format;
  }
  if (v.fields !== undefined) {
    if (cmd.format && cmd.format !== 'json' && cmd.format !== 'ndjson') throw new UsageError(`--fields applies to json and ndjson, not ${cmd.format}`);
    try {
      cmd.page.fields = parseFields(v.fields);
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
  }
  if (v.url !== undefined) {
    if (!URL.canParse(v.url)) throw new UsageError(`--url is not an absolute URL: ${v.url}`);
    cmd.page.url = v.url;
  }
  if (v.now !== undefined) {
    const d = new Date(v.now);
    if (Number.isNaN(d.getTime())) throw new UsageError(`--now is not a date: ${v.now}`);
    cmd.page.now = d.toISOString();
  }
  if (v['time-zone'] !== undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: v['time-zone'] });
    } catch {
      throw new UsageError(`--time-zone: unknown IANA zone ${v['time-zone']}`);
    }
    cmd.page.timeZone = v['time-zone'];
  }
  if (v.adapter !== undefined) {
    const ids = builtinAdapters.map((a) => a.id);
    if (!ids.includes(v.adapter)) throw new UsageError(`--adapter: no adapter ${v.adapter} (adapters: ${ids.join(', ')})`);
    if (v['generic-only']) throw new UsageError('--adapter and --generic-only exclude each other');
    cmd.page.adapter = v.adapter;
  }
  if (v.workers !== undefined) {
    if (!/^\d+$/.test(v.workers) || Number(v.workers) > 256) throw new UsageError(`--workers must be a whole number 0–256, not ${v.workers}`);
    cmd.workers = Number(v.workers);
  }
  if (v.out !== undefined) cmd.out = v.out;
  if (v.resume && !v.out) throw new UsageError('--resume needs --out FILE (the file to resume)');
  return cmd;
}
