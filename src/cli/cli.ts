/** Command dispatch: `maqal extract …`, `maqal adapter …`, and `maqal <file> …` as extract. */
import { adapterCommand } from './adapter-command.js';
import { EXIT, UsageError } from './exit-codes.js';
import { extractCommand } from './extract-command.js';
import { MAIN_HELP } from './help.js';
import type { CliIO } from './io.js';

export async function cli(argv: string[], io: CliIO): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === undefined) throw new UsageError('no command or input');
    if (first === '-h' || first === '--help' || first === 'help') {
      io.stdout.write(`${MAIN_HELP}\n`);
      return EXIT.OK;
    }
    if (first === 'extract') return await extractCommand(rest, io);
    if (first === 'adapter') return await adapterCommand(rest, io);
    return await extractCommand(argv, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`maqal: ${e.message}\nRun 'maqal --help' or 'maqal extract --help' for usage.\n`);
      return EXIT.USAGE;
    }
    throw e;
  }
}
