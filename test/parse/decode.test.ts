import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../src/parse/decode.js';
import { MaqalError } from '../../src/errors.js';

/** Encode a string in a single-byte legacy encoding by inverting TextDecoder's table. */
function encodeSingleByte(text: string, label: string): Uint8Array {
  const dec = new TextDecoder(label);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(dec.decode(new Uint8Array([b])), b);
  return Uint8Array.from([...text].map((ch) => {
    const b = table.get(ch);
    if (b === undefined) throw new Error(`${ch} not in ${label}`);
    return b;
  }));
}

const ARABIC = 'مصر: ارتفاع درجات الحرارة اليوم';

describe('decodeHtml (WHATWG encoding sniffing)', () => {
  it('decodes UTF-8 by default', () => {
    const { html, encoding } = decodeHtml(new TextEncoder().encode(`<p>${ARABIC}</p>`));
    expect(html).toBe(`<p>${ARABIC}</p>`);
    expect(encoding).toBe('utf-8');
  });

  it('honours a UTF-8 BOM and strips it', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<p>س</p>')]);
    expect(decodeHtml(bytes).html).toBe('<p>س</p>');
  });

  it('decodes windows-1256 declared with <meta charset>', () => {
    const bytes = encodeSingleByte(`<html><head><meta charset="windows-1256"></head><body><p>${ARABIC}</p></body></html>`, 'windows-1256');
    const out = decodeHtml(bytes);
    expect(out.encoding).toBe('windows-1256');
    expect(out.html).toContain(ARABIC);
  });

  it('decodes windows-1256 declared with http-equiv', () => {
    const bytes = encodeSingleByte(`<meta http-equiv="Content-Type" content="text/html; charset=windows-1256"><p>${ARABIC}</p>`, 'windows-1256');
    expect(decodeHtml(bytes).html).toContain(ARABIC);
  });

  it('decodes iso-8859-6', () => {
    const bytes = encodeSingleByte(`<meta charset="iso-8859-6"><p>${ARABIC}</p>`, 'iso-8859-6');
    expect(decodeHtml(bytes).html).toContain(ARABIC);
  });

  it('reads UTF-8 bytes as UTF-8 though an old charset=windows-1256 meta survived a re-save', () => {
    const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head><body><p>${ARABIC}</p></body></html>`;
    const out = decodeHtml(new TextEncoder().encode(page));
    expect(out.encoding).toBe('utf-8');
    expect(out.html).toContain(ARABIC);
  });

  it('keeps a declared windows-1256 for ASCII-only bytes and for real windows-1256 text', () => {
    expect(decodeHtml(new TextEncoder().encode('<meta charset="windows-1256"><p>hello</p>')).encoding).toBe('windows-1256');
    const legacy = encodeSingleByte(`<meta charset="windows-1256"><p>${ARABIC} لا إلى أن</p>`, 'windows-1256');
    expect(decodeHtml(legacy).encoding).toBe('windows-1256');
  });

  it('falls back to windows-1256 for undeclared bytes that are not UTF-8', () => {
    const bytes = encodeSingleByte(`<p>${ARABIC}</p>`, 'windows-1256');
    const out = decodeHtml(bytes);
    expect(out.encoding).toBe('windows-1256');
    expect(out.html).toContain(ARABIC);
  });

  it('decodes UTF-16LE with a BOM and without one', () => {
    const text = `<p>${ARABIC}</p>`;
    const le = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      le[2 * i] = text.charCodeAt(i) & 0xff;
      le[2 * i + 1] = text.charCodeAt(i) >> 8;
    }
    expect(decodeHtml(new Uint8Array([0xff, 0xfe, ...le])).html).toBe(text);
    expect(decodeHtml(le).html).toBe(text);
  });

  it('refuses binary formats with a typed error', () => {
    for (const bytes of [
      new TextEncoder().encode('%PDF-1.7\n%âãÏÓ'),
      new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]),
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]),
      new Uint8Array([1, 2, 0, 0, 5, 0, 7, 0, 0, 0, 3]),
    ]) {
      expect(() => decodeHtml(bytes)).toThrowError(MaqalError);
    }
  });
});
