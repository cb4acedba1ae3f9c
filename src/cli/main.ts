/**
 * The `maqal` command: a thin layer over the library (the only part of maqal that uses Node
 * APIs). See docs/cli.md.
 *
 * This module is also what the batch worker threads load: it exports `maqalTask`, and only
 * runs the command when it is the process's entry script on the main thread.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';
import { cli } from './cli.js';

export { maqalTask, maqalTasks } from './task.js';

function isEntry(): boolean {
  try {
    return realpathSync(process.argv[1] ?? '') === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMainThread && isEntry()) {
  process.exitCode = await cli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, entry: import.meta.url });
}
