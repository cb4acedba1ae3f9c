/**
 * One page's work, run in a worker thread (or the main thread with --workers 0): read or
 * unwrap the bytes, extract, pick fields, serialise. Returns plain data only.
 */
import { readFileSync } from 'node:fs';
import { extract, MaqalError, type ExtractOptions } from '../index.js';
import { bomEncoding, prescanMetaCharset } from '../parse/sniff-encoding.js';
import type { PageOptions } from './extract-args.js';
import { pickFields } from './fields.js';
import { charsetOf, isHtmlType, parseHttpResponse } from './http.js';

export type Task =
  | { kind: 'file'; path: string; options: PageOptions }
  /** A WARC record's block: an HTTP response (`http`) or the document itself (`resource`). */
  | { kind: 'record'; bytes: Uint8Array; http: boolean; contentType?: string; targetUri?: string; options: PageOptions };

export type TaskResult =
  /** `json`: the (field-picked) Article serialised. */
  | { ok: true; json: string }
  | { ok: false; code: string; message: string; io?: boolean }
  /** Not a page to extract (a non-HTML or non-2xx response). */
  | { skipped: string };

export function extractOptions(o: PageOptions, url: string | undefined): ExtractOptions {
  const opts: ExtractOptions = { genericOnly: o.genericOnly };
  const u = o.url ?? url;
  if (u) opts.url = u;
  if (o.now) opts.now = new Date(o.now);
  if (o.timeZone) opts.timeZone = o.timeZone;
  if (o.adapter) opts.adapter = o.adapter;
  return opts;
}

function failure(e: unknown): TaskResult {
  if (e instanceof MaqalError) return { ok: false, code: e.code, message: e.message };
  const err = e as NodeJS.ErrnoException;
  if (typeof err?.code === 'string') return { ok: false, code: err.code, message: err.message };
  return { ok: false, code: 'INTERNAL', message: err instanceof Error ? `${err.name}: ${err.message}` : String(e) };
}

/** The input handed to `extract`: the Content-Type charset is used when the page declares none. */
export function pageInput(body: Uint8Array, contentType: string | undefined): string | Uint8Array {
  const hint = charsetOf(contentType);
  if (!hint || hint === 'utf-8' || bomEncoding(body) || prescanMetaCharset(body)) return body;
  // Keep the library's binary checks: only text-looking bytes are decoded here.
  if (body.subarray(0, 4096).includes(0)) return body;
  return new TextDecoder(hint).decode(body);
}

export function runTask(task: Task): TaskResult {
  try {
    if (task.kind === 'file') {
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(task.path);
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        return { ok: false, code: err.code ?? 'EIO', message: err.message, io: true };
      }
      return serialise(extract(bytes, extractOptions(task.options, undefined)), task.options);
    }
    let body: Uint8Array = task.bytes;
    let contentType = task.contentType;
    if (task.http) {
      const res = parseHttpResponse(task.bytes);
      if (!res) return { ok: false, code: 'HTTP_MALFORMED', message: 'response record does not hold an HTTP response' };
      if (res.status < 200 || res.status > 299) return { skipped: `HTTP ${res.status}` };
      contentType = res.headers.get('content-type');
      if (!isHtmlType(contentType)) return { skipped: `Content-Type ${contentType}` };
      body = res.body;
    } else if (!isHtmlType(contentType)) {
      return { skipped: `Content-Type ${contentType}` };
    }
    return serialise(extract(pageInput(body, contentType), extractOptions(task.options, task.targetUri)), task.options);
  } catch (e) {
    return failure(e);
  }
}

function serialise(article: ReturnType<typeof extract>, o: PageOptions): TaskResult {
  return { ok: true, json: JSON.stringify(pickFields(article, o.fields)) };
}

/** The function the worker threads run (tinypool calls it by name). */
export function maqalTask(task: Task): TaskResult {
  return runTask(task);
}

/** Several pages in one message: fewer round trips through the main thread. */
export function maqalTasks(tasks: Task[]): TaskResult[] {
  return tasks.map(runTask);
}
