/** Where records go: standard output or --out, honouring back-pressure. */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';

export interface Output {
  write(text: string): Promise<void>;
  close(): Promise<void>;
  /** Set once the destination failed (EPIPE, ENOSPC, …). */
  readonly error: NodeJS.ErrnoException | undefined;
}

/** Wait for `drain` (or an error or close), removing the listeners afterwards (no leak per wait). */
function drained(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off('drain', done);
      stream.off('error', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('error', done);
    stream.on('close', done);
  });
}

export async function openOutput(path: string | undefined, append: boolean, stdout: Writable): Promise<Output> {
  let error: NodeJS.ErrnoException | undefined;
  const stream: Writable = path ? createWriteStream(path, { flags: append ? 'a' : 'w' }) : stdout;
  const onError = (e: NodeJS.ErrnoException): void => {
    error ??= e;
  };
  stream.on('error', onError);
  if (path) {
    // Surface open errors (EACCES, ENOENT directory) before any work is done.
    await Promise.race([once(stream, 'ready'), once(stream, 'error').catch(() => {})]).catch(() => {});
    if (error) throw error;
  }
  return {
    get error() {
      return error;
    },
    async write(text) {
      if (error) throw error;
      if (!stream.write(text)) await drained(stream);
      if (error) throw error;
    },
    async close() {
      if (path) {
        if (!error) {
          stream.end();
          await Promise.race([once(stream, 'close'), once(stream, 'error').then(() => {}, () => {})]);
        } else stream.destroy();
        if (error) throw error;
      }
    },
  };
}
