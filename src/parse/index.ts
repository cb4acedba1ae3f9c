import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { MaqalError } from '../errors.js';
import { createLinkedomTreeAdapter, type ParseObserver } from './linkedom-tree-adapter.js';

export type { ParseObserver } from './linkedom-tree-adapter.js';
import { decodeHtml } from './decode.js';

export interface ReadInputOptions {
  /** Largest input accepted, in bytes (UTF-16 code units for strings). */
  maxBytes: number;
}

/**
 * Parse HTML into a linkedom Document with parse5 (the HTML standard's tree
 * construction, so the tree is what a browser builds). One parse, no re-serialisation.
 *
 * An `observer` sees every element and text node as it is created (see `ParseObserver`): the
 * extractor indexes the page that way instead of walking the finished tree.
 *
 * @example parseDocument('<table><tr><td>x').querySelector('tbody') !== null // true
 */
export function parseDocument(html: string, observer?: ParseObserver): Document {
  const adapter = createLinkedomTreeAdapter(observer);
  parse(html, { treeAdapter: adapter as unknown as import('parse5').TreeAdapter<DefaultTreeAdapterMap> });
  return adapter.document() as Document;
}

/** A stray NUL is odd HTML; many of them are binary data read as text. */
function mostlyNul(html: string): boolean {
  const n = Math.min(html.length, 4096);
  // A native search over the first 4096 characters (a slice is a view, not a copy): 2 µs a page where a
  // charCodeAt loop took 7, and a search of the whole page — most have no NUL at all — 37.
  const head = n < html.length ? html.slice(0, n) : html;
  let nul = 0;
  for (let i = head.indexOf('\0'); i >= 0; i = head.indexOf('\0', i + 1)) nul++;
  return nul > 8 && nul > n / 100;
}

const LOOKS_LIKE_JSON = /^\s*[[{]/;

/**
 * Turn the caller's input into an HTML string, or throw a `MaqalError` for input
 * that is not HTML at all (empty, binary, JSON, too large).
 */
export function readInput(input: string | Uint8Array, options: ReadInputOptions): { html: string; encoding: string } {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw new MaqalError('INVALID_OPTION', 'input must be a string or a Uint8Array');
  }
  if (input.length > options.maxBytes) {
    throw new MaqalError('INPUT_TOO_LARGE', `input is ${input.length} bytes; the limit is ${options.maxBytes}`);
  }
  const { html, encoding } = typeof input === 'string' ? { html: input, encoding: 'utf-16' } : decodeHtml(input);
  if (html.trim() === '') throw new MaqalError('EMPTY_INPUT', 'input is empty');
  if (mostlyNul(html)) throw new MaqalError('BINARY_INPUT', 'input has NUL characters: binary data, not HTML');
  if (LOOKS_LIKE_JSON.test(html) && !html.slice(0, 65536).includes('<')) {
    throw new MaqalError('NOT_HTML', 'input is JSON, not HTML');
  }
  if (html.startsWith('%PDF-')) throw new MaqalError('BINARY_INPUT', 'input is a PDF file, not HTML');
  return { html, encoding };
}

export { decodeHtml } from './decode.js';
