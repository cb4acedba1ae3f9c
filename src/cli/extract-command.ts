/** `maqal extract …`: validate, then one page or batch mode. */
import { stat } from 'node:fs/promises';
import { runBatch } from './batch.js';
import { EXIT, UsageError, type ExitCode } from './exit-codes.js';
import { parseExtractArgs } from './extract-args.js';
import { EXTRACT_HELP } from './help.js';
import type { CliIO } from './io.js';
import { runSingle } from './single.js';
import { isWarcPath } from './warc.js';

/** One regular (non-WARC) file or standard input: the single-page path. */
async function isSinglePage(inputs: readonly string[]): Promise<boolean> {
  if (inputs.length !== 1) return false;
  const input = inputs[0]!;
  if (input === '-') return true;
  if (isWarcPath(input)) return false;
  return stat(input).then((s) => !s.isDirectory(), () => true);
}

export async function extractCommand(argv: string[], io: CliIO): Promise<ExitCode> {
  const cmd = parseExtractArgs(argv);
  if (cmd.help) {
    io.stdout.write(`${EXTRACT_HELP}\n`);
    return EXIT.OK;
  }
  if (await isSinglePage(cmd.inputs)) return runSingle(cmd, cmd.inputs[0]!, io);
  if (cmd.inputs.includes('-')) throw new UsageError('- (standard input) must be the only input');
  if (cmd.format && cmd.format !== 'ndjson') throw new UsageError(`batch mode (several inputs, a directory or a WARC) writes ndjson, not ${cmd.format}`);
  if (cmd.page.url) throw new UsageError('--url applies to a single page (WARC records carry their own URL)');
  return runBatch(cmd, io);
}
