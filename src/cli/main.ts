/**
 * The `maqal` command (first cut): `maqal <file.html | -> [--url U] [--format json|text|markdown|html]`.
 * A thin layer over the library; the only module that touches the file system.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { extract, MaqalError, toHTML, toMarkdown, toText } from '../index.js';

const HELP = `maqal — extract the article from an Arabic news page

Usage:
  maqal <file.html | -> [--url URL] [--format json|text|markdown|html] [--time-zone ZONE] [--now ISO] [--generic-only]

Examples:
  maqal fixtures/shorouknews.com/seed.html
  curl -s https://… | maqal - --url https://… --format markdown

Exit codes: 0 ok, 1 the input is not HTML (MaqalError), 2 usage error, 3 file unreadable.`;

const FORMATS = ['json', 'text', 'markdown', 'html'] as const;

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        format: { type: 'string', default: 'json' },
        'time-zone': { type: 'string' },
        now: { type: 'string' },
        'generic-only': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    process.stderr.write(`maqal: ${(e as Error).message}\n\n${HELP}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const file = positionals[0];
  const format = values.format as (typeof FORMATS)[number];
  if (!file || !FORMATS.includes(format)) {
    process.stderr.write(`maqal: ${file ? `unknown format ${values.format}` : 'no input file'}\n\n${HELP}\n`);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (e) {
    process.stderr.write(`maqal: ${file}: ${(e as Error).message}\n`);
    return 3;
  }
  const now = values.now ? new Date(values.now) : undefined;
  try {
    const article = extract(bytes, {
      ...(values.url ? { url: values.url } : {}),
      ...(values['time-zone'] ? { timeZone: values['time-zone'] } : {}),
      ...(now ? { now } : {}),
      genericOnly: values['generic-only'],
    });
    const out =
      format === 'json' ? JSON.stringify(article, null, 2) : format === 'text' ? toText(article) : format === 'markdown' ? toMarkdown(article) : toHTML(article);
    process.stdout.write(`${out}\n`);
    return 0;
  } catch (e) {
    if (e instanceof MaqalError) {
      process.stderr.write(`maqal: ${file}: ${e.code}: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

process.exitCode = main(process.argv.slice(2));
