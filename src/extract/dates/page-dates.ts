/**
 * Visible dates: the short lines holding a digit that the page index noted (and
 * `<time datetime>` elements), read by the date engine, minus those in chrome (header
 * clocks, related and most-read lists, tickers, footers) and in links (other stories).
 * Labelled lines (`نشر في`, `آخر تحديث`) come first; unlabelled dates only when the
 * line is mostly the date, or the element says "date", near the headline.
 */
import { attr, classAndId, closestTag, hiddenByOwnStyle, rawText, showsAtLeast, TEXT, textData } from '../../parse/dom.js';
import { holdsHeadline, inChrome } from '../chrome-context.js';
import { selectOne } from '../../parse/select.js';
import { normaliseText } from '../../normalise/text.js';
import { dateLabelOf, mayHoldDateLabel } from '../../lexicon/index.js';
import type { DatedLine, PageIndex } from '../page-index.js';
import { DATE_CLASS, HATOM_UPDATED, lineCandidates, type DateCandidate, type DateOptions } from './candidates.js';
import { findArabicDates, parseArabicDate, type FoundDate } from '../../dates/index.js';
import { hasClock } from './has-clock.js';
import { formatOffset, offsetBetween, wallTime } from './convert.js';
import type { ParsedDate } from '../../dates/types.js';
import { TUNABLES } from '../../tunables.js';

const MAX_LINE = 300;
type N = any;

const MAX_UNLABELLED_LINE = 140;
/** How far after (and before) the headline, in elements, an unlabelled date may sit. */
const AFTER_HEADLINE = 400;
const BEFORE_HEADLINE = 40;
/**
 * The line to read: an inline element that says "date" (`<span class="newsStoryDate">`)
 * on its own; else the block, or the inline parent when the block is long.
 */
function lineOf(line: DatedLine): { el: Element; text: string } | undefined {
  if (line.afterBreak) {
    const t = brokenLine(line.afterBreak);
    return t === undefined ? undefined : { el: line.el, text: t };
  }
  const dated = datedInline(line);
  if (dated) {
    const t = shortText(dated);
    // Its label may sit right before it (`<b>آخر تحديث:</b> <span class="story_date">…</span>`): read with it — not
    // on a line the page hides (`<p class="modeDate" style="display:none"> اخر تعديل <label …>`), which shows no update.
    const label = hiddenByOwnStyle(line.el) ? undefined : labelBefore(dated);
    if (t !== undefined) return { el: dated, text: label ? `${label} ${t}` : t };
  }
  const block = shortText(line.el);
  if (block !== undefined) return { el: line.el, text: block };
  const inline = shortText(line.inline);
  return inline !== undefined ? { el: line.inline, text: inline } : undefined;
}

/**
 * The inline element around a line's text that says "date" (`<span class="newsStoryDate">`), the text's own or one a
 * few levels up inside the block (`<span class="entry-meta-date"><a href="/2020/05/">مايو 2, 2020</a></span>`).
 */
function datedInline(line: DatedLine): Element | undefined {
  let n: N = line.inline;
  for (let up = 0; n && n !== line.el && up < DATED_INLINE_LEVELS; up++, n = n.parentNode) {
    if (DATE_CLASS.test(`${classAndId(n)} ${attr(n, 'itemprop') ?? ''}`)) return n;
  }
  return undefined;
}
const DATED_INLINE_LEVELS = 3;

/** A label is a word or two and its colon (`آخر تحديث:`, `تاريخ النشر :`). */
const MAX_LABEL_CHARS = 30;

/** The date label (`آخر تحديث:`) set right before an element, past blank text; undefined when something else is. */
function labelBefore(el: Element): string | undefined {
  let prev: N = (el as N).previousSibling;
  while (prev && prev.nodeType === TEXT && !/\S/.test(textData(prev))) prev = prev.previousSibling;
  if (!prev) return undefined;
  const text = normaliseText(prev.nodeType === TEXT ? textData(prev) : rawText(prev, MAX_LABEL_CHARS));
  return text.length <= MAX_LABEL_CHARS && dateLabelOf(text) !== undefined ? text : undefined;
}

/** The line a `<br>` starts at `first`: its text up to the next `<br>` or the block's end, when short. */
function brokenLine(first: Text): string | undefined {
  let raw = '';
  for (let n: N = first; n && n.localName !== 'br' && raw.length <= RAW_PREFIX; n = n.nextSibling) raw += n.nodeType === TEXT ? textData(n) : rawText(n, RAW_PREFIX);
  const t = normaliseText(raw);
  return t && t.length <= MAX_LINE ? t : undefined;
}

/** A box that shows only a clock time (`8:03 م`, `٢٠: ٠٣ م +02:00 EET`). */
const TIME_BOX = /^[\d٠-٩]{1,2}\s*[:.]\s*[\d٠-٩]{2}(?:[:.][\d٠-٩]{2})?\s*(?:AM|PM|ص|م|صباحا|صباحاً|مساء|مساءً)?(?:\s*(?:[+-]\d{2}:?\d{2}|GMT|EET|UTC))*$/i;

/**
 * A date line whose time sits in the next box (`<div><span>الأحد 12 يناير 2020</span></div><div><span>8:03 م</span></div>`):
 * the two read as one line.
 */
function withSiblingTime(read: { el: Element; text: string }): { el: Element; text: string } {
  if (hasClock(read.text)) return read;
  const onIcon = iconTime(read.el);
  if (onIcon) return { el: read.el, text: `${read.text} ${onIcon}` };
  let el: N = read.el;
  for (let up = 0; up < 2 && el && !el.nextElementSibling; up++) el = el.parentNode;
  const next: N = el?.nextElementSibling;
  if (!next) return read;
  // Read past a template's indentation (`<dd>\n            <i class="fa fa-clock-o"></i> وقت الإنشاء: 11:01 AM`).
  const time = normaliseText(rawText(next, SIBLING_RAW_CHARS));
  if (TIME_BOX.test(time)) return { el: read.el, text: `${read.text} ${time}` };
  // A time under its own label (`وقت الإنشاء:`) — not an update's (`آخر تحديث: 11:40`): the date's own time.
  const labelled = LABELLED_TIME.exec(time);
  return labelled && TIME_BOX.test(labelled[2]!) && dateLabelOf(labelled[1]!)?.kind !== 'updated' ? { el: read.el, text: `${read.text} ${labelled[2]}` } : read;
}
/** Raw characters of the next box read for its time: indentation and an icon's markup come first. */
const SIBLING_RAW_CHARS = 200;
/** A short label with no digit, its colon, and what follows. */
const LABELLED_TIME = /^([^\d٠-٩:：]{1,30})[:：]\s*(.{3,40})$/;

/** A clock icon's class (`far fa-clock`, `icon-time`). */
const CLOCK_ICON = /clock|time/i;

/** The time a date line's clock icon gives in its tooltip (`<p><i class="far fa-clock" title="08:08"></i>05/02/2020</p>`). */
function iconTime(el: Element): string | undefined {
  for (let c: N = (el as N).firstElementChild; c; c = c.nextElementSibling) {
    const title = c.localName === 'i' || c.localName === 'span' ? attr(c, 'title')?.trim() : undefined;
    if (title && TIME_BOX.test(title) && CLOCK_ICON.test(attr(c, 'class') ?? '')) return title;
  }
  return undefined;
}

/** Raw characters read before deciding a block is long (most dated blocks are body paragraphs). */
const RAW_PREFIX = 4 * MAX_LINE;

/**
 * An element's normalised text when it is at most MAX_LINE long, else undefined — without
 * reading a long paragraph to its end: a prefix whose normalised form is already too long decides.
 */
function shortText(el: Element): string | undefined {
  const prefix = rawText(el, RAW_PREFIX);
  const t = normaliseText(prefix);
  if (t.length > MAX_LINE) return undefined;
  if (prefix.length <= RAW_PREFIX) return t;
  // A short text padded with much whitespace — read on only while it can still be short: a box of many date lines is
  // asked for once per line.
  if (showsAtLeast(el, MAX_LINE + 1)) return undefined;
  return normaliseText(rawText(el));
}

/**
 * Ancestor levels looked up from a date for the link or the quoted post around it (a card's link, an embedded tweet's
 * blockquote sit a few levels up): asked of every date, so never the whole height of a deeply nested page.
 */
const AROUND_A_DATE = 32;

/** Visible `<time datetime>` elements outside chrome: machine-readable, tagged by itemprop/class. */
function timeCandidates(index: PageIndex, opts: DateOptions): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const el of index.times) {
    const dt = attr(el, 'datetime');
    // A <time> that shows nothing is metadata (its itemprop already made it a metadata candidate); one that shows more
    // than a date could is read by its attribute alone.
    const raw = rawText(el, MAX_LINE);
    const shown = normaliseText(raw);
    // A <time> inside a quoted post (`<blockquote class="instagram-media">… <time>`) dates that post.
    // …and one in a link dates the story linked, unless the link is the page's own permalink (`<a rel="bookmark">`).
    const link = closestTag(el, 'a', AROUND_A_DATE);
    if (!dt || !shown || inChrome(el, true, index.h1s) || (link && !index.isOwnLink(link)) || closestTag(el, 'blockquote', AROUND_A_DATE)) continue;
    // The words shown are the site's own wall clock; the datetime attribute is the fallback.
    const visible = raw.length > MAX_LINE ? null : parseArabicDate(shown, opts);
    // A relative time (`منذ 6 ساعات`) was counted back from when the page was saved, not from `now`: the attribute is exact.
    const parsed = visible?.precision === 'minute' && !visible.relative ? withOffsetOf(visible, dt, opts) : parseArabicDate(dt, opts);
    if (!parsed) continue;
    const words = `${attr(el, 'itemprop') ?? ''} ${classAndId(el)}`;
    // WordPress marks the publication time `entry-date published updated` (hAtom): a publish word wins.
    const kind = /publish|created|posted/i.test(words) ? 'published' : /modif|updat/i.test(words) ? 'updated' : 'unknown';
    // A day shown with its clock in the next box (`<time datetime="…">24.03.20</time><span>05:32 مساءً</span>`): the page shows both.
    const text = visible?.precision === 'minute' ? shown : withSiblingTime({ el, text: shown }).text;
    out.push({ kind, parsed, text, source: 'page', dateClass: true, ...(kind === 'updated' && HATOM_UPDATED.test(attr(el, 'class') ?? '') ? { hAtomUpdated: true } : {}) });
  }
  return out;
}

/**
 * A visible clock with no zone known, at the offset its own `datetime` instant shows it at
 * (`<time datetime="2020-06-07T13:07:35Z">07-06-2020 | 16:07</time>` is 16:07+03:00): the element
 * states both, so the offset is the page's, not a guess. Otherwise the visible reading as it is.
 */
function withOffsetOf(visible: ParsedDate, datetime: string, opts: DateOptions): ParsedDate {
  if (visible.zoned || opts.timeZone) return visible;
  const machine = parseArabicDate(datetime, opts);
  if (!machine?.zoned || machine.precision !== 'minute') return visible;
  const offset = offsetBetween(visible.iso, machine.iso);
  return offset === undefined ? visible : { ...visible, iso: `${wallTime(visible.iso)}${formatOffset(offset)}`, zoned: true };
}

/**
 * A line's dates as the `<time datetime>` showing them states them: at the offset it proves when no zone is known (see
 * withOffsetOf), and its exact instant for a relative time.
 */
function shownAt(found: DateCandidate[], line: DatedLine, opts: DateOptions): DateCandidate[] {
  const relative = found.some((c) => c.parsed.relative);
  if (!relative && (opts.timeZone || !found.some((c) => c.parsed.precision === 'minute' && !c.parsed.zoned))) return found;
  const datetime = attrOfTime(line.inline);
  if (datetime === undefined) return found;
  // A relative time (`منذ أسبوعين`) shown over an exact `datetime` was counted back from when the page was saved: the attribute is the date.
  const exact = relative ? parseArabicDate(datetime, opts) : null;
  return found.map((c) => ({ ...c, parsed: c.parsed.relative && exact ? exact : withOffsetOf(c.parsed, datetime, opts) }));
}

/** The `datetime` of the `<time>` a line's text is shown in. */
function attrOfTime(inline: Element): string | undefined {
  const time = closestTag(inline, 'time');
  return time ? attr(time, 'datetime') : undefined;
}

/** Boxes up from a date line in which another story's linked title makes it that story's card. */
const CARD_LEVELS = 3;

/**
 * Whether an unlabelled date line dates a teaser card (`<div class="card-block"><p>06/02/2020</p><a href="…"><h4>…</h4></a>`):
 * a box around it, below any box holding the headline, holds a link wrapping a heading.
 */
function datesACard(el: Element, h1s: readonly Element[]): boolean {
  let box: N = (el as N).parentElement;
  for (let up = 0; up < CARD_LEVELS && box; up++, box = box.parentElement) {
    if (holdsHeadline(box, h1s) || normaliseText(rawText(box, CARD_CHARS * 2)).length > CARD_CHARS) return false;
    const title = selectOne(box, 'a h2, a h3, a h4, a h5, a h6');
    if (title !== null && normaliseText(rawText(title, 300)).split(' ').length >= TUNABLES.sentenceWords) return true;
  }
  return false;
}
/** A card shows a date and a title: longer, a box is more than a card. */
const CARD_CHARS = 250;

/** A clock written with a spaced colon (`51 : 14`, `15 : 53`). */
const SPACED_CLOCK = /(?<!\d)(\d{1,2}) : (\d{1,2})(?!\d)/g;

/**
 * How the page writes its clocks with a spaced colon: minute first when one of them can only be read that way
 * (`53 : 15`) and none only hour first (`15 : 53`); else undefined (the engine reads hour first).
 */
function clockOrderOf(lines: ReadonlyArray<{ text: string } | undefined>): 'minute-first' | undefined {
  let minuteFirst = false;
  for (const l of lines) {
    if (!l || !l.text.includes(' : ')) continue;
    for (const [, a, b] of l.text.matchAll(SPACED_CLOCK)) {
      const x = Number(a);
      const y = Number(b);
      if (x > 23 && x <= 59 && y <= 23) minuteFirst = true;
      else if (x <= 23 && y > 23 && y <= 59) return undefined;
    }
  }
  return minuteFirst ? 'minute-first' : undefined;
}

interface Unlabelled {
  line: DatedLine;
  el: Element;
  text: string;
  distance: number;
}

/** How far a line is from the headline (after it first), a quarter as far when its element says "date". */
function distanceOf(line: DatedLine, el: Element, h1: number): number {
  const after = line.position - h1;
  const d = h1 < 0 ? line.position : after >= 0 ? after : AFTER_HEADLINE - after;
  return DATE_CLASS.test(classAndId(el)) ? d / 4 : d;
}

/** An unlabelled date is accepted when its line is short and mostly the date, or its element says "date". */
function acceptUnlabelled(c: DateCandidate, text: string): boolean {
  return text.length <= MAX_UNLABELLED_LINE && (!!c.dateClass || c.text.length >= text.length * 0.4);
}

/**
 * Visible date candidates: labelled first, then `<time>`, then the unlabelled date
 * nearest the headline. The date engine reads every labelled line, but unlabelled lines
 * only nearest-first until one is accepted — and not at all when a labelled published
 * date exists (it would never be used).
 */
export function pageCandidates(index: PageIndex, headlinePosition: number | undefined, pageOpts: DateOptions): DateCandidate[] {
  const h1 = headlinePosition ?? -1;
  // A headline that names a day (`أسعار مواد البناء اليوم الخميس 5-3-2020`) is no date line.
  const shownLines = index.datedLines.map((line) => (line.el.localName === 'h1' ? undefined : lineOf(line)));
  const opts = clockOrderOf(shownLines) === 'minute-first' ? { ...pageOpts, clockOrder: 'minute-first' as const } : pageOpts;
  const labelled: DateCandidate[] = [];
  const accepted: Array<{ c: DateCandidate; distance: number }> = [];
  const pending: Unlabelled[] = [];
  // Dated lines of one block read the same text (a header with several dated spans): read it once.
  const seen = new Map<string, FoundDate[]>();
  const linesOf = (el: Element, text: string, position: number): DateCandidate[] => {
    let found = seen.get(text);
    if (!found) seen.set(text, (found = findArabicDates(text, opts)));
    return lineCandidates(el, text, position, opts, found);
  };
  for (let k = 0; k < index.datedLines.length; k++) {
    const line = index.datedLines[k]!;
    const shown = shownLines[k];
    if (!shown) continue;
    const hinted = mayHoldDateLabel(shown.text);
    const after = line.position - h1;
    const near = h1 < 0 || (after >= 0 ? after <= AFTER_HEADLINE : -after <= BEFORE_HEADLINE);
    if (!hinted && !near) continue;
    // A quoted post's date line (`نشر بواسطة … في <time>`) dates that post.
    if (inChrome(line.el, !hinted, index.h1s) || closestTag(line.el, 'blockquote', AROUND_A_DATE)) continue;
    const read = withSiblingTime(shown);
    if (!hinted) {
      pending.push({ line, el: read.el, text: read.text, distance: distanceOf(line, read.el, h1) });
      continue;
    }
    for (const c of shownAt(linesOf(read.el, read.text, line.position), line, opts)) {
      if (c.kind !== 'unknown') labelled.push(c);
      else if (near && acceptUnlabelled(c, read.text)) accepted.push({ c, distance: distanceOf(line, read.el, h1) });
    }
  }
  const times = timeCandidates(index, opts);
  if (!labelled.some((c) => c.kind === 'published')) {
    const best = () => Math.min(...accepted.map((a) => a.distance));
    for (const u of pending.sort((a, b) => a.distance - b.distance)) {
      if (u.distance >= best()) break;
      if (datesACard(u.el, index.h1s)) continue;
      const c = shownAt(linesOf(u.el, u.text, u.line.position), u.line, opts).find((x) => acceptUnlabelled(x, u.text));
      // A line its box's class names (`node-changed-date`) is as good as a labelled one.
      if (c && c.kind !== 'unknown') labelled.push(c);
      else if (c) accepted.push({ c, distance: u.distance });
    }
  }
  accepted.sort((a, b) => a.distance - b.distance);
  return [...labelled, ...times, ...accepted.map((a) => a.c)];
}
