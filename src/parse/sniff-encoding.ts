/**
 * Pick the character encoding of an HTML byte stream the way browsers do (WHATWG
 * "encoding sniffing"): a BOM, then a `<meta charset>` / `http-equiv` prescan of the
 * first 1024 bytes. Without either, the caller decodes UTF-8 and falls back to
 * windows-1256, the legacy encoding of Arabic pages.
 */

const PRESCAN_BYTES = 1024;
const META_CHARSET = /<meta[^>]*?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.-]+)/i;

/** Encoding named by a byte-order mark, if any. */
export function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return undefined;
}

/** UTF-16 without a BOM: ASCII markup with every other byte zero. */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 8) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  // Markup is ASCII: a good share of one byte column is zero and the other column almost never.
  const half = n / 2;
  if (oddZero > half * 0.25 && evenZero <= half * 0.02) return 'utf-16le';
  if (evenZero > half * 0.25 && oddZero <= half * 0.02) return 'utf-16be';
  return undefined;
}

/** The charset a `<meta>` in the first 1024 bytes declares, as a TextDecoder label. */
export function prescanMetaCharset(bytes: Uint8Array): string | undefined {
  let head = '';
  const n = Math.min(bytes.length, PRESCAN_BYTES);
  for (let i = 0; i < n; i++) head += String.fromCharCode(bytes[i]!);
  const label = META_CHARSET.exec(head)?.[1]?.toLowerCase();
  if (!label) return undefined;
  // The standard maps a declared UTF-16 (impossible in an ASCII-compatible prescan) to UTF-8.
  if (label.startsWith('utf-16')) return 'utf-8';
  if (label === 'x-user-defined') return 'windows-1252';
  return isSupported(label) ? label : undefined;
}

function isSupported(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}
