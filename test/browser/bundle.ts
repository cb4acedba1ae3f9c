/**
 * The library bundled for browsers (esbuild: platform browser, ESM, minified). The build
 * fails if anything pulls in a Node built-in (`node:fs`, `path`, …).
 */
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { ROOT } from '../fixtures.js';

const BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

const noNodeBuiltins: Plugin = {
  name: 'no-node-builtins',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      if (args.path.startsWith('node:') || BUILTINS.has(args.path)) {
        return { errors: [{ text: `Node built-in "${args.path}" imported by ${args.importer}: the library must run in browsers` }] };
      }
      return undefined;
    });
  },
};

/** Bundle src/index.ts into `outfile`; returns the minified code. */
export async function bundleForBrowser(outfile: string): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, 'src', 'index.ts')],
    outfile,
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
    plugins: [noNodeBuiltins],
  });
  const code = result.outputFiles[0]!.text;
  if (/\bfrom\s*["']node:|import\(\s*["']node:|require\(\s*["']node:/.test(code)) throw new Error('browser bundle references node: modules');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(outfile, code);
  return code;
}
