/**
 * The HTTP message inside a WARC `response` record: status line, headers and payload
 * (de-chunked and decompressed when the headers say so; Common Crawl stores payloads
 * already decoded and renames those headers, so that is rare).
 */
import { brotliDecompressSync, gunzipSync, inflateSync, inflateRawSync } from 'node:zlib';

export interface HttpResponse {
  status: number;
  /** Lower-cased names; repeated headers joined with ", ". */
  headers: Map<string, string>;
  body: Uint8Array;
}

const MAX_DECODED = 64 * 1024 * 1024;

function headerEnd(b: Uint8Array): { at: number; skip: number } | undefined {
  for (let i = 0; i + 1 < b.length; i++) {
    if (b[i] === 0x0a) {
      if (b[i + 1] === 0x0a) return { at: i, skip: 2 };
      if (b[i + 1] === 0x0d && b[i + 2] === 0x0a) return { at: i, skip: 3 };
    }
  }
  return undefined;
}

/** Parse an HTTP response message; undefined when it does not start with a status line. */
export function parseHttpResponse(block: Uint8Array): HttpResponse | undefined {
  const end = headerEnd(block);
  if (!end) return undefined;
  const head = Buffer.from(block.buffer, block.byteOffset, end.at).toString('latin1');
  const lines = head.split(/\r?\n/);
  const m = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(lines[0] ?? '');
  if (!m) return undefined;
  const headers = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const i = line.indexOf(':');
    if (i <= 0) continue;
    const name = line.slice(0, i).trim().toLowerCase();
    const value = line.slice(i + 1).trim();
    headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
  }
  let body: Uint8Array = block.subarray(end.at + end.skip);
  if (/\bchunked\b/i.test(headers.get('transfer-encoding') ?? '')) body = dechunk(body) ?? body;
  const enc = (headers.get('content-encoding') ?? '').trim().toLowerCase();
  if (enc && enc !== 'identity') body = decodeContent(body, enc);
  return { status: Number(m[1]), headers, body };
}

/** Undo `Transfer-Encoding: chunked`; undefined when the body is not validly chunked. */
export function dechunk(b: Uint8Array): Uint8Array | undefined {
  const parts: Uint8Array[] = [];
  let i = 0;
  for (;;) {
    let j = i;
    while (j < b.length && b[j] !== 0x0a) j++;
    if (j >= b.length) return undefined;
    const size = parseInt(Buffer.from(b.buffer, b.byteOffset + i, j - i).toString('latin1').split(';')[0]!.trim(), 16);
    if (!Number.isFinite(size) || size < 0) return undefined;
    if (size === 0) break;
    const start = j + 1;
    if (start + size > b.length) return undefined;
    parts.push(b.subarray(start, start + size));
    i = start + size;
    if (b[i] === 0x0d) i++;
    if (b[i] === 0x0a) i++;
  }
  return Buffer.concat(parts);
}

/** Undo `Content-Encoding`; throws an Error with code CONTENT_ENCODING when it cannot. */
function decodeContent(body: Uint8Array, enc: string): Uint8Array {
  try {
    if (enc === 'gzip' || enc === 'x-gzip') return gunzipSync(body, { maxOutputLength: MAX_DECODED });
    if (enc === 'br') return brotliDecompressSync(body, { maxOutputLength: MAX_DECODED });
    if (enc === 'deflate') {
      try {
        return inflateSync(body, { maxOutputLength: MAX_DECODED });
      } catch {
        return inflateRawSync(body, { maxOutputLength: MAX_DECODED });
      }
    }
  } catch (e) {
    throw Object.assign(new Error(`cannot undo Content-Encoding ${enc}: ${(e as Error).message}`), { code: 'CONTENT_ENCODING' });
  }
  throw Object.assign(new Error(`unsupported Content-Encoding ${enc}`), { code: 'CONTENT_ENCODING' });
}

/** The `charset` parameter of a Content-Type header, as a TextDecoder label, when supported. */
export function charsetOf(contentType: string | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '');
  if (!m) return undefined;
  try {
    return new TextDecoder(m[1]!.toLowerCase()).encoding;
  } catch {
    return undefined;
  }
}

/** Whether a Content-Type names an HTML (or undeclared / generic text) document. */
export function isHtmlType(contentType: string | undefined): boolean {
  if (!contentType) return true;
  const mime = contentType.split(';')[0]!.trim().toLowerCase();
  return mime === '' || mime === 'text/html' || mime === 'application/xhtml+xml' || mime === 'text/plain' || mime === 'application/octet-stream' || mime === 'unk';
}
