/**
 * Text of a metadata string that carries HTML (a CMS bug: JSON-LD `"author": {"name":
 * "&lt;a href=…&gt;Name&lt;/a&gt;"}`): the common entities decoded, then the tags dropped.
 * A string with neither `<` nor `&` comes back as it is.
 *
 * @example textOfMarkup('&lt;a href=&#39;/editor/7&#39;&gt;منى علي&lt;/a&gt;') // 'منى علي'
 * @example textOfMarkup('<b>Sara</b> &amp; Ali') // 'Sara & Ali'
 */
export function textOfMarkup(s: string): string {
  if (!s.includes('<') && !s.includes('&')) return s;
  const decoded = decodeEntities(s);
  return decoded.includes('<') ? decodeEntities(decoded.replace(TAG, ' ')) : decoded;
}

const TAG = /<\/?[a-z][^<>]*>/gi;
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(lt|gt|amp|quot|apos|nbsp));/gi;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00a0' };

/** One level of the entities metadata carries (numeric, and the five XML ones plus `&nbsp;`). */
function decodeEntities(s: string): string {
  return s.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name.toLowerCase()]!;
    const code = dec !== undefined ? Number(dec) : Number.parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}
