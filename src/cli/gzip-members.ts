/**
 * Read a gzip file member by member (a WARC.gz holds one gzip member per record), so that a
 * corrupt member costs that member only: on bad data the reader reports it and resumes at
 * the next gzip header. Memory: the read window plus one decompressed member.
 */
import type { FileHandle } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';

export type GzipEvent =
  | { type: 'data'; data: Uint8Array; offset: number }
  | { type: 'corrupt'; offset: number; message: string };

const READ = 1 << 20;
/** One member may decompress to at most this (a record larger than that is not a news page). */
const MAX_MEMBER_OUT = 256 * 1024 * 1024;
/** A compressed member larger than this is treated as corrupt. */
const MAX_MEMBER_IN = 128 * 1024 * 1024;

function isMagic(b: Uint8Array, i: number): boolean {
  return b[i] === 0x1f && b[i + 1] === 0x8b && b[i + 2] === 0x08;
}

/** Length of the gzip header at the start of `b`, or -1 when more bytes are needed. */
function headerLength(b: Uint8Array): number {
  if (b.length < 10) return -1;
  const flg = b[3]!;
  let i = 10;
  if (flg & 4) {
    if (b.length < i + 2) return -1;
    i += 2 + (b[i]! | (b[i + 1]! << 8));
  }
  for (const bit of [8, 16]) {
    if (flg & bit) {
      while (i < b.length && b[i] !== 0) i++;
      if (i >= b.length) return -1;
      i++;
    }
  }
  if (flg & 2) i += 2;
  return i <= b.length ? i : -1;
}

export async function* gzipMembers(fh: FileHandle, onRead?: (bytes: number) => void): AsyncGenerator<GzipEvent> {
  let buf = Buffer.alloc(0);
  let base = 0; // file offset of buf[0]
  let eof = false;
  let want = READ;
  const more = async (): Promise<boolean> => {
    if (eof) return false;
    const chunk = Buffer.allocUnsafe(Math.max(READ, want));
    const { bytesRead } = await fh.read(chunk, 0, chunk.length, base + buf.length);
    if (bytesRead === 0) {
      eof = true;
      return false;
    }
    onRead?.(bytesRead);
    buf = buf.length ? Buffer.concat([buf, chunk.subarray(0, bytesRead)]) : chunk.subarray(0, bytesRead);
    return true;
  };
  const drop = (n: number): void => {
    buf = buf.subarray(n);
    base += n;
  };
  /** Skip to the next gzip header after a corrupt spot. */
  const resync = async (): Promise<void> => {
    drop(1);
    for (;;) {
      let i = 0;
      while (i + 2 < buf.length && !isMagic(buf, i)) i++;
      if (i + 2 < buf.length) return drop(i);
      drop(Math.max(0, buf.length - 2));
      if (!(await more())) return drop(buf.length);
    }
  };

  for (;;) {
    if (buf.length < 18 && !eof) await more();
    if (buf.length === 0) return;
    if (!isMagic(buf, 0)) {
      if (buf.length < 3 && !eof) {
        await more();
        continue;
      }
      yield { type: 'corrupt', offset: base, message: 'not a gzip member header' };
      await resync();
      continue;
    }
    const hlen = headerLength(buf);
    if (hlen < 0) {
      if (await more()) continue;
      yield { type: 'corrupt', offset: base, message: 'truncated gzip header' };
      return;
    }
    let out: { buffer: Buffer; engine: { bytesWritten: number } };
    try {
      out = inflateRawSync(buf.subarray(hlen), { info: true, maxOutputLength: MAX_MEMBER_OUT }) as unknown as typeof out;
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      if (err.code === 'Z_BUF_ERROR' && !eof && buf.length < MAX_MEMBER_IN) {
        want = buf.length; // grow geometrically: each retry re-inflates the member
        await more();
        continue;
      }
      yield { type: 'corrupt', offset: base, message: err.code === 'Z_BUF_ERROR' ? 'truncated gzip member' : `corrupt gzip member: ${err.message}` };
      want = READ;
      await resync();
      continue;
    }
    want = READ;
    const consumed = hlen + out.engine.bytesWritten + 8;
    yield { type: 'data', data: out.buffer, offset: base };
    if (consumed > buf.length && !eof) await more();
    drop(Math.min(consumed, buf.length));
  }
}
