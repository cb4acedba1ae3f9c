/** The process streams the commands use (injected, so tests can run commands in-process). */
import type { Readable, Writable } from 'node:stream';

export interface CliIO {
  stdout: Writable;
  stderr: NodeJS.WriteStream;
  stdin: Readable;
  /** URL of the CLI's entry module: the file the worker threads load. */
  entry: string;
}

export async function readAll(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}
