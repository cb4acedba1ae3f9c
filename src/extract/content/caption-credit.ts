/**
 * Split a photo credit off a caption where the page marks it: `تصوير: فلان`,
 * a trailing `(رويترز)`, `- أ ف ب` — not a label of what kind of picture it is (`- صورة أرشيفية`).
 */
import { CREDIT_MARKERS } from '../../lexicon/boilerplate.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MARKERS = CREDIT_MARKERS.map(escape).join('|');
// Trailing "(رويترز)" / "- أ ف ب" / "| تصوير: فلان" / "■ أ.ف.ب"
const TRAILING = new RegExp(`\\s*(?:[-–—|/■●▪•]\\s*)?[(\\[]?\\s*((?:${MARKERS})(?:\\s*[:：]\\s*[^()\\[\\]|]{1,40})?)\\s*[)\\]]?\\s*$`, 'u');
const LEADING = new RegExp(`^\\s*((?:تصوير|الصورة|صورة)\\s*[:：]\\s*[^|\\-–—]{1,40})\\s*[|\\-–—]\\s*`, 'u');

/**
 * @example splitCredit('الرئيس خلال الاجتماع (رويترز)') // { caption: 'الرئيس خلال الاجتماع', credit: 'رويترز' }
 */
export function splitCredit(text: string): { caption: string; credit?: string } {
  const lead = LEADING.exec(text);
  if (lead) return { caption: text.slice(lead[0].length).trim(), credit: lead[1]!.trim() };
  const m = TRAILING.exec(text);
  if (m && m.index > 0) {
    const caption = text.slice(0, m.index).replace(/[\s\-–—|/_■●▪•]+$/, '').trim();
    if (caption.length >= 3) return { caption, credit: m[1]!.trim() };
  }
  return { caption: text.trim() };
}
