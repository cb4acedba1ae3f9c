/**
 * A caption a page writes as a plain line under its image: short, no link text, right
 * after the image (at most `ALT_CAPTION_REACH` blocks on), and saying what the image's
 * `alt` says (`<img alt="X"> … <div><p>X</p></div>`).
 */
import { matchKey } from '../../lexicon/index.js';
import { TUNABLES } from '../../tunables.js';
import type { RawBlock } from './collect-blocks.js';

/** How many blocks after its image such a line may come. */
export const ALT_CAPTION_REACH = 2;

/**
 * @example repeatsAlt({ kind: 'text', text: 'شيخ الأزهر', linkChars: 0 }, 'شيخ الأزهر') // true
 */
export function repeatsAlt(b: Pick<RawBlock, 'kind' | 'text' | 'linkChars'>, alt: string | undefined): boolean {
  return !!alt && b.kind === 'text' && b.linkChars === 0 && b.text.length <= TUNABLES.maxCaptionChars && matchKey(b.text) === matchKey(alt);
}
