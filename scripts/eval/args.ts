/** Command-line flags of `npm run eval`. */
import { resolve } from 'node:path';
import { DEFAULT_CORPUS, REPO_ROOT } from './corpus.js';

export interface EvalArgs {
  genericOnly: boolean;
  peers: boolean;
  site?: string;
  json: string;
  corpus: string;
  verbose: boolean;
  help: boolean;
}

export const USAGE =
  'usage: tsx scripts/eval.ts [--generic-only] [--peers] [--site S] [--json out.json] [--corpus DIR] [--verbose]';

export function parseArgs(argv: readonly string[], cwd = process.cwd()): EvalArgs {
  const args: EvalArgs = {
    genericOnly: false,
    peers: false,
    json: resolve(REPO_ROOT, '.eval/eval-report.json'),
    corpus: DEFAULT_CORPUS,
    verbose: false,
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const [name, inline] = flag.includes('=') ? [flag.slice(0, flag.indexOf('=')), flag.slice(flag.indexOf('=') + 1)] : [flag, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${name} needs a value\n${USAGE}`);
      return v;
    };
    switch (name) {
      case '--generic-only': args.genericOnly = true; break;
      case '--peers': args.peers = true; break;
      case '--verbose': case '-v': args.verbose = true; break;
      case '--site': args.site = value(); break;
      case '--json': args.json = resolve(cwd, value()); break;
      case '--corpus': args.corpus = resolve(cwd, value()); break;
      case '--help': case '-h': args.help = true; break;
      default: throw new Error(`unknown flag ${flag}\n${USAGE}`);
    }
  }
  return args;
}
