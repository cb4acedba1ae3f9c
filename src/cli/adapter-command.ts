/** `maqal adapter new <domain>`: delegates to scaffoldAdapter (./adapter-new.ts). */
import { parseArgs } from 'node:util';
import { scaffoldAdapter, ScaffoldError, type ScaffoldOptions } from './adapter-new.js';
import { EXIT, UsageError, type ExitCode } from './exit-codes.js';
import { ADAPTER_HELP } from './help.js';
import type { CliIO } from './io.js';

export async function adapterCommand(argv: string[], io: CliIO): Promise<ExitCode> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { root: { type: 'string' }, name: { type: 'string' }, 'time-zone': { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const v = parsed.values;
  if (v.help) {
    io.stdout.write(`${ADAPTER_HELP}\n`);
    return EXIT.OK;
  }
  const [sub, domain, ...extra] = parsed.positionals;
  if (sub !== 'new') throw new UsageError(sub ? `unknown adapter command ${sub} (try: maqal adapter new <domain>)` : 'missing command: maqal adapter new <domain>');
  if (!domain || extra.length) throw new UsageError('maqal adapter new takes one domain, e.g. example.com');
  const options: ScaffoldOptions = { root: v.root ?? process.cwd() };
  if (v.name !== undefined) options.name = v.name;
  if (v['time-zone'] !== undefined) options.timeZone = v['time-zone'];
  try {
    const { files } = scaffoldAdapter(domain, options);
    io.stdout.write(`${files.join('\n')}\n`);
    return EXIT.OK;
  } catch (e) {
    if (e instanceof ScaffoldError) {
      if (e.code === 'INVALID_DOMAIN' || e.code === 'INVALID_OPTION') throw new UsageError(`adapter new ${domain}: ${e.message}`);
      io.stderr.write(`maqal: adapter new ${domain}: ${e.code}: ${e.message}\n`);
      return EXIT.FAILED;
    }
    const err = e as NodeJS.ErrnoException;
    if (typeof err.code === 'string') {
      io.stderr.write(`maqal: adapter new ${domain}: ${err.message}\n`);
      return EXIT.IO;
    }
    throw e;
  }
}
