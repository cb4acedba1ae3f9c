/**
 * A small streaming WARC reader (WARC/1.0 and 1.1, plain or one gzip member per record).
 * It yields each record's headers and block, one record in memory at a time, and never
 * stops at bad data: a corrupt header, a bad Content-Length, a truncated record or a
 * corrupt gzip member becomes a `corrupt` event, and reading resumes at the next record.
 */
import { open } from 'node:fs/promises';
import { gzipMembers, type GzipEvent } from './gzip-members.js';
import { utcInstant } from '../dates/calendar.js';

export interface WarcRecord {
  type: 'record';
  /** Lower-cased names. */
  headers: Map<string, string>;
  block: Uint8Array;
  /** Offset of the record in the (decompressed) stream. */
  offset: number;
}

export interface WarcCorrupt {
  type: 'corrupt';
  /** The record the damage is in, when its header was read. */
  recordId?: string;
  targetUri?: string;
  offset: number;
  message: string;
}

export type WarcEvent = WarcRecord | WarcCorrupt;

/** Blocks larger than this are skipped with an error (the library refuses inputs over 64 MiB). */
export const MAX_BLOCK = 64 * 1024 * 1024;
const MAX_HEADER = 64 * 1024;
const CRLFCRLF = Buffer.from('\r\n\r\n');
const WARC_LINE = Buffer.from('\nWARC/');

/** `WARC-Date`: a UTC instant to the second, or finer (WARC/1.1), or coarser (some writers stop at the minute). */
const WARC_DATE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?Z$/;

/**
 * When a record's capture began, from its `WARC-Date` header, as an ISO string; undefined when the header is missing or
 * not a real UTC instant (`2024-13-40T…`) — read by the date engine's one reading of a UTC wall clock.
 *
 * @example warcDate('2020-03-21T13:05:12Z') // '2020-03-21T13:05:12.000Z'
 */
export function warcDate(value: string | undefined): string | undefined {
  const m = value === undefined ? null : WARC_DATE.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi] = m.slice(1, 6).map(Number);
  const t = utcInstant(y!, mo!, d!, h!, mi!, Number(m[6] ?? 0));
  // The fraction to the millisecond, as `Date` keeps it.
  const ms = Number((m[7] ?? '').padEnd(3, '0').slice(0, 3));
  return t && new Date(t.getTime() + ms).toISOString();
}

export function isWarcPath(path: string): boolean {
  return /\.warc(\.gz|\.gzip)?$/i.test(path);
}

/** Records of the WARC file at `path`. `onRead` is told of every raw byte read (progress). */
export async function* readWarc(path: string, onRead?: (bytes: number) => void): AsyncGenerator<WarcEvent> {
  const fh = await open(path, 'r');
  try {
    const magic = Buffer.alloc(2);
    await fh.read(magic, 0, 2, 0);
    const source = magic[0] === 0x1f && magic[1] === 0x8b ? gzipMembers(fh, onRead) : plainChunks(fh, onRead);
    yield* splitRecords(source);
  } finally {
    await fh.close();
  }
}

async function* plainChunks(fh: import('node:fs/promises').FileHandle, onRead?: (bytes: number) => void): AsyncGenerator<GzipEvent> {
  let offset = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(1 << 20);
    const { bytesRead } = await fh.read(chunk, 0, chunk.length, offset);
    if (bytesRead === 0) return;
    onRead?.(bytesRead);
    yield { type: 'data', data: chunk.subarray(0, bytesRead), offset };
    offset += bytesRead;
  }
}

function parseHeaders(text: string): { version: string; headers: Map<string, string> } | undefined {
  const lines = text.split(/\r?\n/);
  const version = lines[0]!.trim();
  if (!/^WARC\/\d+\.\d+$/.test(version)) return undefined;
  const headers = new Map<string, string>();
  let last = '';
  for (const line of lines.slice(1)) {
    if (/^[ \t]/.test(line) && last) {
      headers.set(last, `${headers.get(last)} ${line.trim()}`);
      continue;
    }
    const i = line.indexOf(':');
    if (i <= 0) return undefined;
    last = line.slice(0, i).trim().toLowerCase();
    headers.set(last, line.slice(i + 1).trim());
  }
  return { version, headers };
}

/** Split a byte stream (with corruption markers) into WARC records. */
export async function* splitRecords(source: AsyncIterable<GzipEvent>): AsyncGenerator<WarcEvent> {
  let pending: Buffer = Buffer.alloc(0);
  let pos = 0; // stream offset of pending[0]
  // The record being read, when its header is done.
  let current: { headers: Map<string, string>; need: number; parts: Buffer[]; got: number; offset: number; skip: boolean } | undefined;
  let seeking = false; // after a bad header: looking for the next "WARC/" line

  const corruptOf = (offset: number, message: string): WarcCorrupt => {
    const ev: WarcCorrupt = { type: 'corrupt', offset, message };
    const id = current?.headers.get('warc-record-id');
    const uri = current?.headers.get('warc-target-uri');
    if (id) ev.recordId = id;
    if (uri) ev.targetUri = uri;
    return ev;
  };

  for await (const ev of source) {
    if (ev.type === 'corrupt') {
      yield corruptOf(pos, ev.message);
      current = undefined;
      pending = Buffer.alloc(0);
      seeking = false;
      continue;
    }
    pending = pending.length ? Buffer.concat([pending, ev.data]) : Buffer.from(ev.data.buffer, ev.data.byteOffset, ev.data.byteLength);
    for (;;) {
      if (current) {
        const take = Math.min(current.need - current.got, pending.length);
        if (!current.skip) current.parts.push(Buffer.from(pending.subarray(0, take)));
        current.got += take;
        pending = pending.subarray(take);
        pos += take;
        if (current.got < current.need) break;
        const done = current;
        current = undefined;
        if (done.skip) {
          current = done;
          yield corruptOf(done.offset, `record block of ${done.need} bytes is over the ${MAX_BLOCK}-byte limit`);
          current = undefined;
        } else {
          yield { type: 'record', headers: done.headers, block: done.parts.length === 1 ? done.parts[0]! : Buffer.concat(done.parts), offset: done.offset };
        }
        continue;
      }
      // Between records: skip the CRLFs that end a record.
      let s = 0;
      while (s < pending.length && (pending[s] === 0x0d || pending[s] === 0x0a)) s++;
      pending = pending.subarray(s);
      pos += s;
      if (!pending.length) break;
      if (seeking) {
        const i = pending.indexOf(WARC_LINE);
        if (i < 0) {
          const keep = Math.min(pending.length, WARC_LINE.length - 1);
          pos += pending.length - keep;
          pending = pending.subarray(pending.length - keep);
          break;
        }
        pending = pending.subarray(i + 1);
        pos += i + 1;
        seeking = false;
      }
      const end = pending.indexOf(CRLFCRLF);
      if (end < 0) {
        if (pending.length > MAX_HEADER) {
          yield corruptOf(pos, 'no end of WARC header within 64 KiB');
          seeking = true;
          pending = pending.subarray(1);
          pos += 1;
          continue;
        }
        break;
      }
      const parsed = parseHeaders(pending.subarray(0, end).toString('utf8'));
      const length = parsed ? Number(parsed.headers.get('content-length')) : NaN;
      if (!parsed || !Number.isSafeInteger(length) || length < 0) {
        if (parsed) current = { headers: parsed.headers, need: 0, parts: [], got: 0, offset: pos, skip: true };
        yield corruptOf(pos, parsed ? `bad Content-Length ${JSON.stringify(parsed.headers.get('content-length') ?? null)}` : 'not a WARC record header');
        current = undefined;
        seeking = true;
        pending = pending.subarray(1);
        pos += 1;
        continue;
      }
      current = { headers: parsed.headers, need: length, parts: [], got: 0, offset: pos, skip: length > MAX_BLOCK };
      pending = pending.subarray(end + 4);
      pos += end + 4;
    }
    if (pending.length === 0) pending = Buffer.alloc(0);
  }
  if (current) yield corruptOf(current.offset, `truncated record: ${current.got} of ${current.need} bytes`);
  else if (pending.length && !seeking) yield corruptOf(pos, 'truncated WARC header at end of file');
}
