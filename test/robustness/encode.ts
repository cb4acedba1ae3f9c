/** Byte encodings the fuzz and pathological suites feed to `extract` (windows-1256, UTF-16). */

let win1256: Map<string, number> | undefined;

/** windows-1256 bytes of `text`; characters it cannot encode become `&#N;` (as a browser form would send them). */
export function encodeWindows1256(text: string): Uint8Array {
  if (!win1256) {
    win1256 = new Map();
    const dec = new TextDecoder('windows-1256');
    for (let b = 0; b < 256; b++) {
      const ch = dec.decode(Uint8Array.of(b));
      if (ch !== '\uFFFD' && !win1256.has(ch)) win1256.set(ch, b);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const b = win1256.get(ch);
    if (b !== undefined) out.push(b);
    else for (const c of `&#${ch.codePointAt(0)};`) out.push(c.charCodeAt(0));
  }
  return Uint8Array.from(out);
}

/** UTF-16 bytes of `text` (lone surrogates kept as they are), little- or big-endian, with or without a BOM. */
export function encodeUtf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const units = (bom ? '\uFEFF' : '') + text;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i);
    const hi = u >> 8;
    const lo = u & 0xff;
    out[2 * i] = endian === 'le' ? lo : hi;
    out[2 * i + 1] = endian === 'le' ? hi : lo;
  }
  return out;
}

/** UTF-8 bytes, optionally with a BOM. */
export function encodeUtf8(text: string, bom = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (!bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}
