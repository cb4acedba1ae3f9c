/** One page (a file or standard input) → its Article as json / ndjson / text / markdown / html. */
import { readFile } from 'node:fs/promises';
import { extract, MaqalError, toHTML, toMarkdown, toText, type Article } from '../index.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import type { ExtractCommand } from './extract-args.js';
import { pickFields } from './fields.js';
import { readAll, type CliIO } from './io.js';
import { openOutput } from './output.js';
import { extractOptions } from './task.js';

export async function runSingle(cmd: ExtractCommand, input: string, io: CliIO): Promise<ExitCode> {
  const format = cmd.format ?? 'json';
  const label = input === '-' ? '(stdin)' : input;
  let bytes: Uint8Array;
  try {
    bytes = input === '-' ? await readAll(io.stdin) : await readFile(input);
  } catch (e) {
    io.stderr.write(`maqal: ${label}: ${(e as Error).message}\n`);
    return EXIT.IO;
  }
  let article: Article | undefined;
  let failure: { code: string; message: string } | undefined;
  try {
    article = extract(bytes, extractOptions(cmd.page, undefined));
  } catch (e) {
    if (!(e instanceof MaqalError)) throw e;
    failure = { code: e.code, message: e.message };
    io.stderr.write(`maqal: ${label}: ${e.code}: ${e.message}\n`);
  }
  let text: string | undefined;
  if (format === 'ndjson') {
    const source = JSON.stringify({ file: input });
    text = article ? `{"source":${source},"article":${JSON.stringify(pickFields(article, cmd.page.fields))}}\n` : `{"source":${source},"error":${JSON.stringify(failure)}}\n`;
  } else if (article) {
    const body =
      format === 'json' ? JSON.stringify(pickFields(article, cmd.page.fields), null, 2) : format === 'text' ? toText(article) : format === 'markdown' ? toMarkdown(article) : toHTML(article);
    text = `${body}\n`;
  }
  if (text !== undefined) {
    try {
      const out = await openOutput(cmd.out, false, io.stdout);
      await out.write(text);
      await out.close();
    } catch (e) {
      io.stderr.write(`maqal: ${cmd.out ?? '(stdout)'}: ${(e as Error).message}\n`);
      return EXIT.IO;
    }
  }
  return article ? EXIT.OK : EXIT.FAILED;
}
