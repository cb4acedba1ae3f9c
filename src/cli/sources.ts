/**
 * Turn the command line's inputs into a stream of jobs, lazily: directories are walked as
 * they are read, WARC files record by record. Nothing but the current directory's names
 * and the current record is held in memory.
 */
import { opendir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { PageOptions } from './extract-args.js';
import type { Task, TaskResult } from './task.js';
import { isWarcPath, readWarc, warcDate } from './warc.js';

export type Source = { file: string } | { warc: string; recordId: string; targetUri?: string };

export type Job =
  | { source: Source; task: Task }
  /** Known without extracting: an unreadable input or a corrupt WARC record. */
  | { source: Source; result: TaskResult };

/** The key `--resume` matches records by. */
export function sourceKey(s: Source): string {
  return 'file' in s ? `file\u0000${s.file}` : `warc\u0000${s.warc}\u0000${s.recordId}`;
}

export const isPagePath = (name: string): boolean => /\.html?$/i.test(name);

/** Page files below `dir`, depth first, names sorted within each directory. */
export async function* walkPages(dir: string): AsyncGenerator<string> {
  const names: Array<{ name: string; dir: boolean }> = [];
  for await (const d of await opendir(dir)) {
    if (d.isDirectory()) names.push({ name: d.name, dir: true });
    else if ((d.isFile() || d.isSymbolicLink()) && isPagePath(d.name)) names.push({ name: d.name, dir: false });
  }
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const n of names) {
    const p = join(dir, n.name);
    if (n.dir) yield* walkPages(p);
    else yield p;
  }
}

function ioError(e: unknown): TaskResult {
  const err = e as NodeJS.ErrnoException;
  return { ok: false, code: err.code ?? 'EIO', message: err.message, io: true };
}

export interface SourceProgress {
  /** Raw bytes of WARC files read so far. */
  onWarcBytes?: (n: number) => void;
}

export async function* jobs(inputs: readonly string[], options: PageOptions, progress: SourceProgress = {}): AsyncGenerator<Job> {
  for (const input of inputs) {
    if (input === '-') continue; // standard input is handled by the single-page path
    let st;
    try {
      st = await stat(input);
    } catch (e) {
      yield { source: { file: input }, result: ioError(e) };
      continue;
    }
    if (st.isDirectory()) {
      try {
        for await (const path of walkPages(input)) yield { source: { file: path }, task: { kind: 'file', path, options } };
      } catch (e) {
        yield { source: { file: input }, result: ioError(e) };
      }
    } else if (isWarcPath(input)) {
      yield* warcJobs(input, options, progress);
    } else {
      yield { source: { file: input }, task: { kind: 'file', path: input, options } };
    }
  }
}

const PAGE_TYPES = new Set(['response', 'resource']);

async function* warcJobs(warc: string, options: PageOptions, progress: SourceProgress): AsyncGenerator<Job> {
  try {
    for await (const ev of readWarc(warc, progress.onWarcBytes)) {
      if (ev.type === 'corrupt') {
        const source: Source = { warc, recordId: ev.recordId ?? `offset:${ev.offset}`, ...(ev.targetUri ? { targetUri: ev.targetUri } : {}) };
        yield { source, result: { ok: false, code: 'WARC_CORRUPT', message: ev.message } };
        continue;
      }
      const type = ev.headers.get('warc-type') ?? '';
      if (!PAGE_TYPES.has(type)) continue;
      const contentType = ev.headers.get('content-type') ?? '';
      const http = type === 'response' && (/^application\/http\b/i.test(contentType) || (!contentType && Buffer.from(ev.block.subarray(0, 5)).toString('latin1') === 'HTTP/'));
      if (type === 'response' && !http) continue; // dns:, whois and other non-HTTP responses
      const targetUri = ev.headers.get('warc-target-uri');
      const source: Source = { warc, recordId: ev.headers.get('warc-record-id') ?? `offset:${ev.offset}`, ...(targetUri ? { targetUri } : {}) };
      const bytes = new Uint8Array(ev.block.byteLength);
      bytes.set(ev.block);
      // The page's relative times (`منذ 3 ساعات`) are as of its capture: that is `now`, unless --now says otherwise.
      const captured = options.now === undefined ? warcDate(ev.headers.get('warc-date')) : undefined;
      yield {
        source,
        task: { kind: 'record', bytes, http, ...(http ? {} : { contentType }), ...(targetUri ? { targetUri } : {}), options: captured ? { ...options, now: captured } : options },
      };
    }
  } catch (e) {
    yield { source: { warc, recordId: 'file' }, result: ioError(e) };
  }
}

/** Count the pages of the directory inputs (for the progress bar's ETA); undefined if any WARC. */
export async function countPages(inputs: readonly string[]): Promise<number | undefined> {
  let n = 0;
  for (const input of inputs) {
    if (isWarcPath(input)) return undefined;
    try {
      if ((await stat(input)).isDirectory()) for await (const _ of walkPages(input)) n++;
      else n++;
    } catch {
      n++;
    }
  }
  return n;
}
