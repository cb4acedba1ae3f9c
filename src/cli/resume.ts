/**
 * `--resume`: the source keys already in the --out file. Read line by line (only keys are
 * kept); a torn last line (a run killed mid-write) is cut off so appending stays valid NDJSON.
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { sourceKey, type Source } from './sources.js';

export async function readDoneKeys(path: string): Promise<Set<string>> {
  const keys = new Set<string>();
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return keys;
    throw e;
  }
  if (size === 0) return keys;
  await cutTornLine(path, size);
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    try {
      const rec = JSON.parse(line) as { source?: Source };
      if (rec.source) keys.add(sourceKey(rec.source));
    } catch {
      // a foreign line: ignore it
    }
  }
  return keys;
}

async function cutTornLine(path: string, size: number): Promise<void> {
  const fh = await open(path, 'r+');
  try {
    const last = Buffer.alloc(1);
    await fh.read(last, 0, 1, size - 1);
    if (last[0] === 0x0a) return;
    // Find the last newline, reading backwards in blocks.
    let end = size;
    const block = Buffer.alloc(64 * 1024);
    while (end > 0) {
      const start = Math.max(0, end - block.length);
      const { bytesRead } = await fh.read(block, 0, end - start, start);
      const i = block.subarray(0, bytesRead).lastIndexOf(0x0a);
      if (i >= 0) return void (await fh.truncate(start + i + 1));
      end = start;
    }
    await fh.truncate(0);
  } finally {
    await fh.close();
  }
}
