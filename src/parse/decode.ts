import { MaqalError } from '../errors.js';
import { bomEncoding, prescanMetaCharset, utf16WithoutBom } from './sniff-encoding.js';

/** Magic numbers of formats that are often mislabelled as HTML by crawlers. */
const SIGNATURES: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP', [0x50, 0x4b, 0x03, 0x04]],
  ['GZIP', [0x1f, 0x8b]],
  ['WEBP/RIFF', [0x52, 0x49, 0x46, 0x46]],
];

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  for (let i = 0; i < sig.length; i++) if (bytes[i] !== sig[i]) return false;
  return true;
}

/** Throws when the bytes are a known binary format or carry NUL bytes (and are not UTF-16). */
function assertTextual(bytes: Uint8Array): void {
  for (const [name, sig] of SIGNATURES) {
    if (startsWith(bytes, sig)) throw new MaqalError('BINARY_INPUT', `input is a ${name} file, not HTML`);
  }
  const n = Math.min(bytes.length, 4096);
  let nul = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) nul++;
  if (nul > 0) throw new MaqalError('BINARY_INPUT', 'input has NUL bytes: binary data, not HTML');
}

/** The bytes as UTF-8 when they are valid UTF-8 and hold a multi-byte character, else null. */
function strictUtf8WithNonAscii(bytes: Uint8Array): string | null {
  if (!bytes.some((b) => b >= 0x80)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decode HTML bytes by the WHATWG sniffing rules: BOM, then `<meta charset>` /
 * `http-equiv`, else UTF-8 — falling back to windows-1256 when the bytes are not valid
 * UTF-8 (undeclared legacy Arabic pages). A declared legacy charset loses to bytes that are
 * valid UTF-8 with multi-byte characters: a page re-saved as UTF-8 often keeps its old
 * `charset=windows-1256` meta, while legacy Arabic text is never valid UTF-8 (its letters
 * 0xC1–0xFE are lead bytes followed by letters, not by continuation bytes).
 *
 * @example decodeHtml(new TextEncoder().encode('<p>مرحبا</p>')) // '<p>مرحبا</p>'
 */
export function decodeHtml(bytes: Uint8Array): { html: string; encoding: string } {
  const bom = bomEncoding(bytes);
  if (bom) return { html: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.skip)), encoding: bom.encoding };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { html: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  assertTextual(bytes);
  const declared = prescanMetaCharset(bytes);
  if (declared) {
    const encoding = new TextDecoder(declared).encoding;
    const utf8 = encoding === 'utf-8' ? null : strictUtf8WithNonAscii(bytes);
    if (utf8 !== null) return { html: utf8, encoding: 'utf-8' };
    return { html: new TextDecoder(encoding).decode(bytes), encoding };
  }
  try {
    return { html: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { html: new TextDecoder('windows-1256').decode(bytes), encoding: 'windows-1256' };
  }
}
