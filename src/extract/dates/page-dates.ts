/**
 * Visible dates: the short lines holding a digit that the page index noted (and
 * `<time datetime>` elements), read by the date engine, minus those in chrome (header
 * clocks, related and most-read lists, tickers, footers) and in links (other stories).
 * Labelled lines (`نشر في`, `آخر تحديث`) come first; unlabelled dates only when the
 * line is mostly the date, or the element says "date", near the headline.
 */
import { attr, classAndId, rawText } from '../../parse/dom.js';
import { inChrome } from '../chrome-context.js';
import { normaliseText } from '../../normalise/text.js';
import type { DatedLine, PageIndex } from '../page-index.js';
import { DATE_CLASS, lineCandidates, type DateCandidate, type DateOptions } from './candidates.js';
import { parseArabicDate } from '../../dates/index.js';

const MAX_LINE = 300;
/** Stems of the published/updated labels (the lexicon decides which label it is). */
const LABEL_HINT = /نشر|تحديث|محدث|تاريخ|أضيف|اضيف|عدل|Published|Updated|Posted/i;
const MAX_UNLABELLED_LINE = 140;
/** How far after (and before) the headline, in elements, an unlabelled date may sit. */
const AFTER_HEADLINE = 400;
const BEFORE_HEADLINE = 40;
/**
 * The line to read: an inline element that says "date" (`<span class="newsStoryDate">`)
 * on its own; else the block, or the inline parent when the block is long.
 */
function lineOf(line: DatedLine): { el: Element; text: string } | undefined {
  if (line.inline !== line.el && DATE_CLASS.test(`${classAndId(line.inline)} ${attr(line.inline, 'itemprop') ?? ''}`)) {
    const t = normaliseText(rawText(line.inline));
    if (t.length <= MAX_LINE) return { el: line.inline, text: t };
  }
  const block = normaliseText(rawText(line.el));
  if (block.length <= MAX_LINE) return { el: line.el, text: block };
  const inline = normaliseText(rawText(line.inline));
  return inline.length <= MAX_LINE ? { el: line.inline, text: inline } : undefined;
}

/** Visible `<time datetime>` elements outside chrome: machine-readable, tagged by itemprop/class. */
function timeCandidates(index: PageIndex, opts: DateOptions): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const el of index.times) {
    const dt = attr(el, 'datetime');
    // A <time> that shows nothing is metadata (its itemprop already made it a metadata candidate).
    const shown = normaliseText(rawText(el));
    if (!dt || !shown || inChrome(el, true) || el.closest('a')) continue;
    // The words shown are the site's own wall clock; the datetime attribute is the fallback.
    const visible = parseArabicDate(shown, opts);
    const parsed = visible?.precision === 'minute' ? visible : parseArabicDate(dt, opts);
    if (!parsed) continue;
    const words = `${attr(el, 'itemprop') ?? ''} ${classAndId(el)}`;
    const kind = /modif|updat/i.test(words) ? 'updated' : /publish|created|posted/i.test(words) ? 'published' : 'unknown';
    out.push({ kind, parsed, text: shown, source: 'page', dateClass: true });
  }
  return out;
}

/** Visible date candidates: labelled first, then `<time>`, then unlabelled ones nearest the headline. */
export function pageCandidates(index: PageIndex, headlinePosition: number | undefined, opts: DateOptions): DateCandidate[] {
  const labelled: DateCandidate[] = [];
  const unlabelled: Array<DateCandidate & { distance: number }> = [];
  const h1 = headlinePosition ?? -1;
  for (const line of index.datedLines) {
    if (line.inLink) continue;
    const read = lineOf(line);
    if (!read) continue;
    const { text } = read;
    // Cheap tests first: the engine only reads lines that are labelled, say "date", or sit near the headline.
    const hinted = LABEL_HINT.test(text);
    const after = line.position - h1;
    const near = h1 < 0 || (after >= 0 ? after <= AFTER_HEADLINE : -after <= BEFORE_HEADLINE);
    if (!hinted && !near && !DATE_CLASS.test(classAndId(read.el))) continue;
    if (inChrome(line.el, !hinted)) continue;
    const found = lineCandidates(read.el, text, line.position, opts);
    if (!found.length) continue;
    for (const c of found) {
      if (c.kind !== 'unknown') {
        labelled.push(c);
        continue;
      }
      const dominant = c.text.length >= text.length * 0.4;
      if (text.length <= MAX_UNLABELLED_LINE && (c.dateClass || dominant) && near) {
        const distance = h1 < 0 ? line.position : after >= 0 ? after : AFTER_HEADLINE - after;
        unlabelled.push({ ...c, distance: c.dateClass ? distance / 4 : distance });
      }
    }
  }
  unlabelled.sort((a, b) => a.distance - b.distance);
  return [...labelled, ...timeCandidates(index, opts), ...unlabelled.map(({ distance: _d, ...c }) => c)];
}
