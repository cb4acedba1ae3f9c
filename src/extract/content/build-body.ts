/**
 * From the raw blocks of the body container(s) to the Article's typed blocks: drop
 * boilerplate lines (lexicon), link lines, bylines, date lines, the headline and
 * repeats; group list items; pair captions with their images; keep embeds as URLs.
 */
import type { Block, RemovedNote } from '../../article.js';
import { agencyLine, bylineNames, captionLabel, dateLabelOf, footnotedName, isFootnote, isBylineLabel, isCreditLine, isPromoKey, isReadAlso, isReadAlsoKey, isReadAlsoOpener, isDatelineLine, isDeskByline, isEditorInitials, isEndMarker, endsWithFieldLabel, isFieldLabel, isMetaLabel, isPlaceName, isSectionLine, isSignatureLine, isSiteDateline, isWidgetTitle, isWritingByline, matchKey, namesOutlet, namesPublication, goesOnFrom } from '../../lexicon/index.js';
import { hasDigit } from '../dates/date-hint.js';
import { TUNABLES } from '../../tunables.js';
import type { RawBlock } from './collect-blocks.js';
import { firstTagIn, rawText } from '../../parse/dom.js';
import { splitCredit } from './caption-credit.js';
import { isCaptionLine } from './caption-line.js';
import { bylinePerson } from '../authors.js';
import { isDeckHeading, isSummaryBox } from '../subheadline.js';

export interface BodyContext {
  headline?: string;
  subheadline?: string;
  /** The site's names: a short line ending in one is a dateline (`طشقند ـ العرب اليوم`). */
  siteNames: readonly string[];
  absolutize(url: string): string;
  /** Is this short line a date line (`نشر في …`, a lone date)? */
  isDateLine(text: string): boolean;
  /** Take a heading that opens the body, before any text, as the subheadline (no adapter said one). */
  findSubheadline?: boolean;
  /** The page's meta description: when it runs on from an opening heading into the next paragraph, that heading is the story's first paragraph. */
  description?: string;
  /** The name set in bold in the date line's box under the headline (`dateBoxName`): a byline, not the body's first line. */
  dateBoxName?: string;
}

export interface BodyResult {
  blocks: Block[];
  /** Captions found in the body, with the image they belong to when known. */
  captions: Array<{ text: string; credit?: string; url?: string }>;
  authors: string[];
  removed: RemovedNote[];
  /** The subheadline: the one the context gave, else the heading that opened the body (with `findSubheadline`). */
  subheadline?: string;
  /** The agency an opening dateline names (`طهران - (د ب أ):` → `د ب أ`): the byline when the page names no writer. */
  agency?: string;
  /**
   * Accounts a blog engine names as the poster (`Posted by cedar on May 21, 2020`), also in `authors`: the byline
   * as shown, though a login (`cedar`) or the site's own short name.
   */
  accounts: string[];
}

/** Characters of the next paragraph a description must go on with (or all it has left, when cut shorter). */
const RUN_ON_CHARS = 30;
const MIN_RUN_ON_CHARS = 10;

/**
 * Whether a description opens with `first` and goes straight on with `next`: it was cut from the story's text,
 * so `first` (set as an `<h2>`) is the story's opening paragraph, not a deck.
 */
function runsOnInto(description: string, first: string, next: string): boolean {
  const d = matchKey(description);
  const f = matchKey(first);
  if (!d.startsWith(f)) return false;
  const rest = d.slice(f.length).trimStart();
  const n = matchKey(next);
  const m = Math.min(RUN_ON_CHARS, rest.length, n.length);
  return m >= MIN_RUN_ON_CHARS && rest.slice(0, m) === n.slice(0, m);
}

const excerpt = (t: string): string => (t.length > 80 ? `${t.slice(0, 80)}…` : t);
/** Sentence-final punctuation, Arabic and Latin. */
/** A line that ends a sentence: its stop, or the quote or bracket closing after it. */
export const SENTENCE_END = /[.!?؟…»"”)]\s*$/;
/** A line with no word of two letters: font buttons (`A A A`), bullets, stray numbers. */
const NO_WORD = /^[^\p{L}]*(?:\p{L}[^\p{L}]+)*\p{L}?[^\p{L}]*$/u;
/** A rule drawn in tatweel or dashes (`ــــــــ`): the kashida is a letter to `\p{L}`, not a word. */
const RULE = /^[\u0640\s_=*~.\-–—]+$/;
/** A whole line that is one web address and nothing else. */
const BARE_URL = /^(?:[^\s:]{1,20}\s*[:：]\s*)?(?:https?:\/\/|www\.)\S+$/i;
/** A rule and an editor's initials (`==========ن.ح.`): an agency's sign-off under the story. */
const SIGN_OFF = /^[=_*~-]{3,}\s*[\p{L}.]{0,8}$/u;
/** One long run of Latin letters and digits, both (`MENAFN1803202002080000ID1099873985`): a feed's tracking code, never prose. */
const TRACKING_CODE = /^(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z\d]{16,}$/;
/**
 * A syndicator's stamp on its own line, before the story (`(MENAFN- Al-Anbaa)`), perhaps with the source
 * paper's date after it: the feed's mark, not the story's words (opening a sentence, it stays with it).
 */
const FEED_CREDIT = /^\(\s*[A-Z][A-Za-z]*\s*[-–]\s*[A-Za-z][A-Za-z .'&-]*\)\s*/;
/** The bracketed source after a dateline's dash (`طهران - (د ب أ):`). */
const AGENCY_IN_BRACKETS = /[-–—ـ]\s*\(([^()]{1,24})\)\s*[:：]?\s*$/;
/** A place and its source in brackets with no dash between, alone on a line (`عواصم (وكالات)`, `لندن (رويترز):`). */
const PLACE_AND_SOURCE = /^([^\s\d()،,:.!?؟-]+(?:\s[^\s\d()،,:.!?؟-]+){0,2})\s*\(([^()]{2,24})\)\s*[:：]?$/;
/** An agency's sign-off with its dispatch code after it (`(و اص ) 090/105/500`): the code is the desk's, not the reader's. */
const SIGN_OFF_CODE = /^(\([^()]{1,12}\))\s*\d{2,4}(?:\/\d{2,4}){2,}$/;
const withoutDispatchCode = (text: string): string => SIGN_OFF_CODE.exec(text)?.[1] ?? text;

/** A blog engine's byline-and-date line (`Posted by cedro on April 25, 2020`). */
const POSTED_BY = /^(?:posted|published|written)\s+by\s+(\S.{0,60}?)\s+on\s+\S.{2,40}$/i;
/** The footer a feed importer adds (`The post … appeared first on …`, and its Arabic `ظهرت المقالة … أولاً على …`). */
const FEED_FOOTER = /^the post .+ appeared first on .+$|^ظهرت المقالة .+ (?:أولا|أولاً|اولا) على .+$/i;
/** A year of this century or the last, in any digits. */
const YEAR = /(?:19|20|١٩|٢٠)[\d٠-٩]{2}/;
/** A lone clock time (`09:32 AM`, `10:30 م`). */
const TIME_ONLY = /^\s*\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:AM|PM|ص|م|صباحا|مساء)?\s*$/i;

/** Cut link text glued after the last sentence (`…المتحدة.حكومة موريشيوس فيروس كورونا`). */
function withoutTrailingLink(b: RawBlock): RawBlock {
  const tail = b.trailingLink;
  if (!tail || !b.text.endsWith(tail)) return b;
  const head = b.text.slice(0, b.text.length - tail.length).trimEnd();
  if (!SENTENCE_END.test(head) || tail.length > head.length / 2) return b;
  return { ...b, text: head, linkChars: Math.max(0, b.linkChars - tail.length) };
}

/** matchKey of the headline and subheadline, computed once per page (not once per paragraph). */
interface KnownKeys {
  headline?: string;
  subheadline?: string;
}

/** Why a prose block is not article text, or undefined to keep it. */
const LONG_LINE = 300;
const READ_ALSO_PREFIX = 120;
/** A meta field's value (an agency, a name, a date) fits on a short line. */
const MAX_FIELD_VALUE = 60;
/** Promo lines are short; a longer paragraph is prose that may mention a channel. */
const MAX_PROMO = 500;

/** Repeats are found by spelling-normalised text; a long paragraph only repeats verbatim (and is not re-keyed). */
const dedupeKey = (t: string): string => (t.length > LONG_LINE ? t : matchKey(t));

/** A line's keys, computed once for every check: its spelling key (none for a long paragraph) and its repeat key. */
interface LineKeys {
  line?: string;
  repeat: string;
}

function keysOf(t: string): LineKeys {
  // dedupeKey reuses the key just computed (matchKey remembers its last line).
  return { line: t.length <= MAX_PROMO ? matchKey(t) : undefined, repeat: dedupeKey(t) };
}

function dropReason(b: RawBlock, keys: LineKeys, ctx: BodyContext, seen: Set<string>, known: KnownKeys): string | undefined {
  const t = b.text;
  if (t.length < 2 || !/[\p{L}\p{N}]/u.test(t) || (NO_WORD.test(t) && !/[\u0600-\u06FF]/.test(t)) || RULE.test(t)) return 'empty';
  if (TIME_ONLY.test(t)) return 'date-line';
  if (t.length <= 24 && isEditorInitials(t)) return 'sign-off';
  if (isEndMarker(t)) return 'sign-off';
  // A line that is one bare URL is microdata or a share target written out (`<div itemprop="image">https://…`),
  // or a short link under its label (`الرابط : https://…/?p=823009`).
  if ((t.includes('://') || t.includes('www.')) && BARE_URL.test(t)) return 'url';
  // Latin-only shapes: an Arabic line (nearly every block) is passed over on its first character.
  if (t.charCodeAt(0) < 0x600) {
    if (TRACKING_CODE.test(t)) return 'tracking-code';
    if (SIGN_OFF.test(t)) return 'sign-off';
    if (POSTED_BY.test(t)) return 'byline';
    const credit = FEED_CREDIT.exec(t);
    if (credit) {
      const rest = t.slice(credit[0].length);
      if (!rest) return 'credit';
      if (rest.length <= TUNABLES.shortLineChars && ctx.isDateLine(rest)) return 'date-line';
    }
  }
  if (t.length <= MAX_PROMO && FEED_FOOTER.test(t)) return 'boilerplate:feed';
  const { line: lineKey, repeat: key } = keys;
  if (seen.has(key)) return 'repeat';
  if (known.headline !== undefined && key === known.headline) return 'headline';
  if (known.subheadline !== undefined && key === known.subheadline) return 'subheadline';
  // Read-also phrases open their line: the first words are enough.
  if (lineKey !== undefined ? isReadAlsoKey(lineKey) : isReadAlso(t.slice(0, READ_ALSO_PREFIX))) return 'boilerplate:read-also';
  if (b.linkChars / t.length > TUNABLES.maxBodyLinkDensity) return 'link-line';
  if (t.length <= TUNABLES.shortLineChars) {
    if (isWidgetTitle(t)) return 'boilerplate:widget';
    if (isSectionLine(t)) return 'section';
    // A source strip: an outlet and the day it ran (`وكالة الأنباء السعودية (واس) سبق 2020-03-19`).
    if (YEAR.test(t) && !SENTENCE_END.test(t) && namesOutlet(t)) return 'credit';
    if (isCreditLine(t)) return 'credit';
    if (isSiteDateline(t, ctx.siteNames)) return 'dateline';
    if (labelledDate(t) || ctx.isDateLine(t)) return 'date-line';
  }
  if (lineKey !== undefined && isPromoKey(lineKey)) return 'boilerplate:promo';
  return undefined;
}

/**
 * The names of a meta row that joins a byline to dates with bars (`منذ 5 ساعات | كتب: عمر الشيخ |`):
 * every other part is a date, or empty.
 */
function bylineInMetaRow(text: string, ctx: BodyContext): string[] | undefined {
  if (!text.includes('|')) return undefined;
  const parts = text.split('|').map((p) => p.trim()).filter(Boolean);
  let names: string[] | undefined;
  for (const p of parts) {
    const n = names ? undefined : bylineNames(p);
    if (n) names = n;
    else if (!ctx.isDateLine(p) && !TIME_ONLY.test(p)) return undefined;
  }
  return parts.length > 1 ? names : undefined;
}

/** The reporter of a place-and-name line (`عمان - ليث الخوالدة`): a full name, no outlet; else undefined. */
function filedBy(text: string, siteNames: readonly string[]): string | undefined {
  const person = bylinePerson(text, siteNames, undefined);
  return person !== undefined && person !== text && person.includes(' ') && !namesOutlet(person) ? person : undefined;
}

/**
 * A date label with its date (`نشر في 17 مارس 2020`), or alone (`آخر تحديث`): a line opening with the
 * word and going on with no digit is a sentence (`نشر الفنان صورة جديدة عبر حسابه`).
 */
function labelledDate(text: string): boolean {
  const label = dateLabelOf(text);
  return label !== undefined && (hasDigit(text) || text.length <= label.length + 4);
}

/** Does a short text open with a date or a date label (`GMT 17:27 17.03.2020 …`, `نشر في …`)? */
function startsWithDate(text: string, ctx: BodyContext): boolean {
  return labelledDate(text) || ctx.isDateLine(text) || ctx.isDateLine(text.slice(0, 40));
}

/**
 * The box a read-also heading titles: the heading is its first element, the block before it lies outside it
 * (a story's own container holds its earlier paragraphs), and it is short, as a list of links is. Only a
 * heading titles a box: an editor's pasted `<div>اقرأ أيضا :</div>` opens a wrapper the story goes on in.
 */
function readAlsoBoxOf(opener: Element, before: Element | undefined): Element | undefined {
  const box = opener.parentElement;
  if (!box || box.firstElementChild !== opener || (before && box.contains(before))) return undefined;
  return rawText(box, TUNABLES.maxReadAlsoBoxChars + 1).length <= TUNABLES.maxReadAlsoBoxChars ? box : undefined;
}

/** Labels of one meta row in a row (`Category`, `Date`) before its date. */
const MAX_LABEL_RUN = 3;

/** A figure set in a box of its own (`2,191`, `١٢٫٥`, `46%`): two digits at least, no letters. */
const FIGURE = /^[+-]?[\d٠-٩][\d٠-٩,.٫٬\s]*[\d٠-٩]\s*%?$/;
/** A stats box's labels are a word or a few (`اصابات`, `الوضع حول العالم`). */
const MAX_STAT_LABEL_WORDS = 4;
/** Figures a list must set apart from its labels to be a stats box. */
const MIN_LIST_FIGURES = 2;

class BodyBuilder {
  readonly out: BodyResult = { blocks: [], captions: [], authors: [], removed: [], accounts: [] };
  private readonly seen = new Set<string>();
  /** Captions met so far: apart from the body's lines, so a subheading that names the picture's subject stays. */
  private readonly captionsSeen = new Set<string>();
  private lastImage: { block: Extract<Block, { type: 'image' }>; figure?: Element; index: number } | undefined;
  private list: { el: Element; block: Extract<Block, { type: 'list' }> } | undefined;
  /** After a bare read-also opener, short unpunctuated lines are the other stories' titles. */
  private readAlsoRun = false;
  /** The box a read-also opener titles (`<div><h3>اقرأ المزيد</h3>…</div>`), when it holds nothing of the story before it. */
  private readAlsoBox: Element | undefined;
  /** After a meta field's bare label (`المصدر:`), the next short line is its value. */
  private fieldValue = false;
  /** The byline label the awaited value follows (`كتب:`), or ''. */
  private bylineLabel = '';
  /** Paragraphs kept so far. */
  private paragraphs = 0;
  /** After a widget's title (`كلمات دالة`): null, then the list right under it, which is the widget's content. */
  private widgetList: Element | null | undefined;
  /** Figures left out of each list as lines with no words (`<li><div>اصابات</div><div>2,191</div></li>`). */
  readonly listFigures = new Map<Element, number>();
  /** Headings kept, by repeat key: how many paragraphs were kept before each. */
  private readonly headingsAt = new Map<string, number>();
  /** Every list block made, with its element. */
  readonly lists: Array<{ el: Element; block: Extract<Block, { type: 'list' }> }> = [];

  /** URLs of the image blocks so far (a repeat is skipped without scanning every block). */
  private readonly imageUrls = new Set<string>();
  private readonly known: KnownKeys;

  constructor(
    private readonly ctx: BodyContext,
    /** All the blocks, which `add` receives one by one (a caption line is told by its neighbours). */
    private readonly blocks: readonly RawBlock[],
  ) {
    if (ctx.subheadline) this.out.subheadline = ctx.subheadline;
    this.known = {
      ...(ctx.headline ? { headline: dedupeKey(ctx.headline) } : {}),
      ...(ctx.subheadline ? { subheadline: dedupeKey(ctx.subheadline) } : {}),
    };
  }

  add(b: RawBlock, index: number): void {
    if (b.kind !== 'li') this.list = undefined;
    if (this.widgetList !== undefined) {
      if (b.kind === 'li' && (this.widgetList === null || this.widgetList === b.list)) {
        this.widgetList = b.list;
        return this.drop(b, 'boilerplate:widget');
      }
      this.widgetList = undefined;
    }
    switch (b.kind) {
      case 'image':
        return this.image(b, index);
      case 'caption':
        return this.caption(b, index);
      case 'embed':
        this.out.blocks.push({ type: 'embed', provider: b.embed!.provider, url: this.ctx.absolutize(b.embed!.url) });
        return;
      case 'h1':
        return this.drop(b, 'headline');
      default:
        return this.prose(b, index);
    }
  }

  /** Do the lines after a bare label reach a date line through other bare labels only? */
  private labelsDate(index: number): boolean {
    for (let j = index + 1; j < this.blocks.length && j <= index + MAX_LABEL_RUN; j++) {
      const t = this.blocks[j]!.text;
      if (startsWithDate(t, this.ctx)) return true;
      if (!isMetaLabel(t)) return false;
    }
    return false;
  }

  private drop(b: RawBlock, reason: string): void {
    if (!b.text) return;
    this.out.removed.push({ reason, what: excerpt(b.text) });
    // A line left out that ends in a field's label (`(MENAFN- Al-Bayan) المصدر:`): the next short line is that field's value.
    if (endsWithFieldLabel(b.text)) this.fieldValue = true;
  }

  private image(b: RawBlock, index: number): void {
    const url = this.ctx.absolutize(b.image!.src);
    if (this.imageUrls.has(url)) return;
    this.imageUrls.add(url);
    const block: Extract<Block, { type: 'image' }> = { type: 'image', url };
    if (b.image!.alt) block.alt = b.image!.alt;
    this.out.blocks.push(block);
    this.lastImage = { block, index, ...(b.figure ? { figure: b.figure } : {}) };
  }

  private caption(raw: RawBlock, index: number): void {
    // A label before the caption (`التعليق على الصورة، …`) is no part of it; one before the picture's source, or alone, says nothing more.
    const label = captionLabel(raw.text);
    if (label && (label.kind === 'source' || !label.rest)) {
      if (label.kind === 'source' && label.rest && this.lastImage && !this.lastImage.block.credit) this.lastImage.block.credit = label.rest;
      return this.drop(raw, 'credit');
    }
    const b = label ? { ...raw, text: label.rest } : raw;
    if (b.text.length > TUNABLES.maxCaptionChars) return this.prose({ ...b, kind: 'text' }, index);
    // A "credits" row of the article's meta line (`<div class="…refs-credits"><time>…`) names no picture — but a
    // picture's own figure, or the headline repeated under it (`سعر اليورو اليوم الثلاثاء 3-3-2020`), does.
    if (startsWithDate(b.text, this.ctx) && !this.namesPicture(b)) return this.drop(b, 'date-line');
    // The caption of a video or a player (`<figure><iframe …><figcaption>`) names no picture.
    if (b.figure && firstTagIn(b.figure, 'img') === null && PLAYERS.some((t) => firstTagIn(b.figure!, t) !== null)) return this.drop(b, 'embed-caption');
    const { caption, credit } = splitCredit(b.text);
    const img = this.lastImage;
    const belongs = img && (b.figure ? img.figure === b.figure : index - img.index <= 3);
    if (belongs && !img.block.caption) {
      if (caption) img.block.caption = caption;
      if (credit) img.block.credit = credit;
    }
    const key = dedupeKey(caption || b.text);
    if (this.captionsSeen.has(key)) return; // a caption shown twice is kept once
    this.captionsSeen.add(key);
    const entry: BodyResult['captions'][number] = { text: caption };
    if (credit) entry.credit = credit;
    if (belongs) entry.url = img.block.url;
    if (caption) this.out.captions.push(entry);
  }

  /** A caption set in its picture's figure, or the headline repeated under the picture. */
  private namesPicture(b: RawBlock): boolean {
    return (b.figure !== undefined && firstTagIn(b.figure, 'img') !== null) || (this.known.headline !== undefined && dedupeKey(b.text) === this.known.headline);
  }

  private prose(raw: RawBlock, index: number): void {
    const img = this.lastImage;
    if (img && !img.block.caption && isCaptionLine(this.blocks, index)) {
      return this.caption({ ...raw, kind: 'caption' }, index);
    }
    const b = withoutTrailingLink(raw);
    if (this.fieldValue) {
      this.fieldValue = false;
      this.bylineLabel = '';
      // A value the page sets in brackets (`(عدن- سامي الأحمدي)`) is read without them.
      const value = b.text.replace(/^\((.*)\)$/s, '$1').trim();
      if (value.length <= MAX_FIELD_VALUE && !SENTENCE_END.test(value)) {
        const person = bylineNames(value) ? undefined : filedBy(value, this.ctx.siteNames);
        // After a byline's own label (`كتب:`) the value is the name, read as the label's.
        const labelled = this.bylineLabel ? bylineNames(`${this.bylineLabel} ${value}`) : undefined;
        const names = bylineNames(value) ?? labelled ?? (person ? [person] : undefined);
        if (names) this.out.authors.push(...names);
        return this.drop(b, names ? 'byline' : 'credit');
      }
    }
    if (isFieldLabel(b.text)) {
      this.fieldValue = true;
      return this.drop(b, 'credit');
    }
    // A meta row's bare labels over its date (`<p>التاريخ</p><span>3/25/2020</span>`, `Category` `Date` `3/25/2020`).
    if (isMetaLabel(b.text) && this.labelsDate(index)) return this.drop(b, 'date-line');
    // A byline's label set apart from its name (the name in a heading or a box of its own).
    if (b.kind === 'text' && isBylineLabel(b.text)) {
      this.fieldValue = true;
      this.bylineLabel = b.text.trim().replace(/[\s:：\-–—|\u0640]+$/, ':');
      return this.drop(b, 'byline');
    }
    if (this.readAlsoRun) {
      // Everything in a box the opener titles is the other stories', sentences too (a teaser, a template's placeholder).
      if (this.readAlsoBox?.contains(b.el)) return this.drop(b, 'boilerplate:read-also');
      // A linked title goes on the run however it ends (teasers ask questions: `… فهل تنجح؟`); a subheading with no
      // link after the box (`<div>اقرأ أيضا <a>…</a></div><h2>خسائر تتجاوز الموسم</h2>`) is the story's again.
      const subheading = b.kind === 'heading' && b.linkChars === 0;
      if (!subheading && b.text.length <= 150 && (!SENTENCE_END.test(b.text) || b.linkChars * 2 >= b.text.length)) return this.drop(b, 'boilerplate:read-also');
      this.readAlsoRun = false;
    }
    if (b.text.length <= 40 && isReadAlsoOpener(b.text)) {
      this.readAlsoRun = true;
      this.readAlsoBox = b.kind === 'heading' ? readAlsoBoxOf(b.el, this.blocks[index - 1]?.el) : undefined;
      return this.drop(b, 'boilerplate:read-also');
    }
    // The writer's name in the date line's box, when the body's container holds that box.
    if (!this.paragraphs && this.ctx.dateBoxName !== undefined && b.text.replace(/[\s:：]+$/, '') === this.ctx.dateBoxName) return this.drop(b, 'byline');
    // The account a blog engine names as the poster is the byline as shown, a handle too (`Posted by cedar on …`).
    const posted = b.kind === 'text' && b.text.length <= 120 ? POSTED_BY.exec(b.text) : null;
    if (posted) {
      this.out.authors.push(posted[1]!);
      this.out.accounts.push(posted[1]!);
      return this.drop(b, 'byline');
    }
    // A writer's name above the text, marked for the footnote under it that says who they are (`اسم الكاتب *` … `* وكالة`).
    const marked = !this.paragraphs && b.kind === 'text' ? footnotedName(b.text) : undefined;
    if (marked && this.blocks.some((x, j) => j > index && x.kind === 'text' && isFootnote(x.text))) {
      this.out.authors.push(marked);
      return this.drop(b, 'byline');
    }
    // A meta row set as a list names the writer in an item of its own before the text (`<li>كتب: خالد العمري</li>`).
    const bylineItem = b.kind === 'li' && !this.paragraphs && isWritingByline(b.text);
    const names = b.text.length <= 80 && (b.kind === 'text' || bylineItem) ? (bylineNames(b.text) ?? bylineInMetaRow(b.text, this.ctx)) : undefined;
    if (names) {
      this.out.authors.push(...names);
      return this.drop(b, 'byline');
    }
    // The dateline a story opens with, set on its own line with the colon that leads into the text
    // (`طهران - (د ب أ):`), before any paragraph. Without the colon it is kept, as the page shows it (`موسكو-سانا`).
    if (!this.paragraphs && b.kind === 'text' && isDatelineLine(b.text)) {
      // `تونس - (د ب أ)`: an agency in brackets is the story's source, the line a dateline with or without its colon.
      const agency = AGENCY_IN_BRACKETS.exec(b.text)?.[1]?.trim();
      if (agency) {
        this.out.agency ??= agency;
        return this.drop(b, 'dateline');
      }
      // `عمان - ليث الخوالدة`: the correspondent and where they filed from is the byline.
      const person = filedBy(b.text, this.ctx.siteNames);
      if (person) {
        this.out.authors.push(person);
        return this.drop(b, 'byline');
      }
      if (/[:：]\s*$/.test(b.text)) {
        // `القاهرة - وكالات:`: the agency after the place is the story's source.
        const source = agencyLine(b.text.slice(b.text.search(/[-–—ـ]/) + 1));
        if (source) this.out.agency ??= source;
        return this.drop(b, 'dateline');
      }
    }
    // An agency alone on the story's first line (`وكالات:`, `(رويترز)`): its source, the byline when no one else signs.
    const source = !this.paragraphs && b.kind === 'text' ? agencyLine(b.text) : undefined;
    if (source) {
      this.out.agency ??= source;
      return this.drop(b, 'dateline');
    }
    // `عواصم (وكالات)`: the same dateline with no dash, when the place is one the lexicon knows.
    const placed = !this.paragraphs && b.kind === 'text' && b.text.length <= 40 ? PLACE_AND_SOURCE.exec(b.text) : null;
    if (placed && isPlaceName(placed[1]!)) {
      this.out.agency ??= placed[2]!.trim();
      return this.drop(b, 'dateline');
    }
    // A desk signing the story on its own line above the first paragraph (`المحرر الاقتصادي`).
    if (!this.paragraphs && b.kind === 'text' && b.text.length <= 40 && isDeskByline(b.text)) {
      this.out.authors.push(b.text.replace(/[\s:：\-–—]+$/, ''));
      return this.drop(b, 'byline');
    }
    const keys = keysOf(b.text);
    // A subheading the story sets again further on, over new paragraphs, is shown twice: not a repeat (over
    // paragraphs already met, it heads a second copy of the story).
    const again = b.kind === 'heading' && (this.headingsAt.get(keys.repeat) ?? this.paragraphs) < this.paragraphs && this.headsNewText(index);
    if (again) this.seen.delete(keys.repeat);
    const reason = dropReason(b, keys, this.ctx, this.seen, this.known);
    if (again) this.seen.add(keys.repeat);
    if (reason === 'boilerplate:widget' && b.kind !== 'li') this.widgetList = null;
    if (reason === 'empty' && b.kind === 'li' && FIGURE.test(b.text)) this.listFigures.set(b.list!, (this.listFigures.get(b.list!) ?? 0) + 1);
    if (reason && !(reason === 'url' && this.announcesLink())) return this.drop(b, reason);
    this.seen.add(keys.repeat);
    if (b.kind === 'heading') this.headingsAt.set(keys.repeat, this.paragraphs);
    if (b.kind === 'li') return this.item(b);
    const opening = b.kind === 'heading' || (b.kind === 'text' && (isDeckHeading(b.el, b.text.length) || isSummaryBox(b.el, b.text))) ? this.opensBody(b.text, index) : undefined;
    if (opening === 'deck') this.out.subheadline = b.text;
    else if (b.kind === 'heading' && opening !== 'lead') this.out.blocks.push({ type: 'heading', level: Math.min(6, Math.max(2, b.level ?? 2)) as 2, text: b.text });
    else if (b.kind === 'quote') this.out.blocks.push({ type: 'quote', text: b.text });
    else {
      this.out.blocks.push({ type: 'paragraph', text: withoutDispatchCode(b.text) });
      this.paragraphs++;
    }
  }

  /** Is what the block at `index` heads — the next picture or prose (a tool row's `A A A` aside) — not met before? */
  private headsNewText(index: number): boolean {
    for (let j = index + 1; j < this.blocks.length; j++) {
      const next = this.blocks[j]!;
      if (next.kind === 'image') return !this.imageUrls.has(this.ctx.absolutize(next.image!.src));
      if ((next.kind === 'text' || next.kind === 'quote' || next.kind === 'li') && next.text.length >= TUNABLES.minScoringChars) return !this.seen.has(dedupeKey(next.text));
    }
    return false;
  }

  /** The paragraph before ends in a colon (`…عبر الرابط التالي:`): the address under it is the story's. */
  private announcesLink(): boolean {
    const last = this.out.blocks[this.out.blocks.length - 1];
    return last?.type === 'paragraph' && /[:：]$/.test(last.text);
  }

  /**
   * A sentence-like heading before any text of the body: the story's subheadline (a section title is a word or
   * two) — or its first paragraph (`lead`) when the description runs on from it into the next paragraph, or when it
   * ends a sentence and the next paragraph goes on from it (`وأضاف …`, `كما …`).
   */
  private opensBody(text: string, index: number): 'deck' | 'lead' | undefined {
    if (!this.ctx.findSubheadline || this.out.subheadline !== undefined) return undefined;
    if (this.out.blocks.some((b) => b.type !== 'image')) return undefined;
    if (text.split(/\s+/).length < TUNABLES.sentenceWords) return undefined;
    const next = this.blocks.slice(index + 1, index + 4).find((x) => x.kind === 'text');
    if (!next) return 'deck';
    if (this.ctx.description && runsOnInto(this.ctx.description, text, next.text)) return 'lead';
    // A finished sentence the next paragraph goes on from (`… .` then `وشارك …`): the story's opening, set large.
    return goesOnFrom(text, next.text) ? 'lead' : 'deck';
  }

  private item(b: RawBlock): void {
    if (!this.list || this.list.el !== b.list) {
      const block: Extract<Block, { type: 'list' }> = { type: 'list', ordered: !!b.ordered, items: [] };
      this.out.blocks.push(block);
      this.list = { el: b.list!, block };
      this.lists.push(this.list);
    }
    this.list.block.items.push(b.text);
  }
}

/** Elements that show a video or a player. */
const PLAYERS = ['iframe', 'video', 'embed', 'object'];
/** A pull quote repeats a sentence of the story: this long at least. */
const MIN_PULL_QUOTE = 30;

/**
 * A "caption" that belongs to no picture and repeats a sentence of the story is a pull quote set in a
 * caption box (`<td class="TextCaption">"…"</td>`): no caption.
 */
function dropPullQuotes(out: BodyResult): void {
  if (out.captions.every((c) => c.url)) return;
  const paragraphs = out.blocks.filter((b): b is Extract<Block, { type: 'paragraph' }> => b.type === 'paragraph').map((b) => matchKey(b.text));
  out.captions = out.captions.filter((c) => {
    if (c.url) return true;
    const k = matchKey(c.text).replace(/^["«“”'\s]+|["»”“'\s]+$/g, '');
    const quoted = k.length >= MIN_PULL_QUOTE && paragraphs.some((p) => p.includes(k));
    if (quoted) out.removed.push({ reason: 'pull-quote', what: excerpt(c.text) });
    return !quoted;
  });
}

/** Paragraphs a story needs above a closing name for that name to read as its writer's signature. */
const MIN_SIGNED_PARAGRAPHS = 3;

/**
 * A writer's name closing the story on a line of its own (`<p>لمى الحسن</p>`, pictures after it aside), or with the place
 * it was filed from (`عطبرة: سامية حمدان`), is its byline. Under it may come the paper an aggregator reprints the story
 * from (`<p>الخرطوم: فلان<br>صحيفة الصيحة</p>`): that credit stays, and the line above it signs.
 */
function takeSignature(out: BodyResult, siteNames: readonly string[]): void {
  let last = lastParagraph(out.blocks, out.blocks.length - 1);
  const closing = out.blocks[last];
  if (closing?.type === 'paragraph' && isPaperCredit(closing.text)) last = lastParagraph(out.blocks, last - 1);
  const b = out.blocks[last];
  if (!b || b.type !== 'paragraph') return;
  const name = isSignatureLine(b.text) ? b.text : closingDateline(b.text, siteNames);
  if (name === undefined || out.blocks.filter((x) => x.type === 'paragraph').length <= MIN_SIGNED_PARAGRAPHS) return;
  out.blocks.splice(last, 1);
  out.authors.push(name);
  out.removed.push({ reason: 'byline', what: excerpt(b.text) });
}

/** The index of the last paragraph at or before `i`, past pictures; -1 when a block of another kind comes first. */
function lastParagraph(blocks: readonly Block[], i: number): number {
  while (i >= 0 && blocks[i]!.type === 'image') i--;
  return i >= 0 && blocks[i]!.type === 'paragraph' ? i : -1;
}

/** A short line naming a paper (`صحيفة الصيحة`, `جريدة الغد`): a reprint's source, never a writer's name. */
const isPaperCredit = (text: string): boolean => text.length <= MAX_PAPER_CREDIT && namesPublication(text);
const MAX_PAPER_CREDIT = 40;

/** The writer of a closing line that names the place the story was filed from and a person (`عطبرة: سامية حمدان`). */
function closingDateline(text: string, siteNames: readonly string[]): string | undefined {
  if (text.length > MAX_CLOSING_DATELINE) return undefined;
  const person = filedBy(text, siteNames);
  // An agency's initials (`القاهرة - أ ش أ`) are a credit the story keeps, not a writer.
  return person !== undefined && isSignatureLine(person) && !person.split(' ').some((w) => w.length < 2) && agencyLine(person) === undefined ? person : undefined;
}
const MAX_CLOSING_DATELINE = 60;

/**
 * A list whose items pair a short label with a figure in a box of its own (`<li><div>اصابات</div><div>2,191</div></li>`)
 * is a stats box (case counts, results, prices): its figures were left out as lines with no words, and its labels
 * alone say nothing. A list of sentences with number badges (`<li><div>1</div><div>…</div></li>`) stays.
 */
function dropStatsLists(out: BodyResult, builder: BodyBuilder): void {
  const stats = new Set<Block>();
  for (const { el, block } of builder.lists) {
    const figures = builder.listFigures.get(el) ?? 0;
    if (figures >= MIN_LIST_FIGURES && block.items.every((t) => !SENTENCE_END.test(t) && t.split(' ').length <= MAX_STAT_LABEL_WORDS)) stats.add(block);
  }
  if (!stats.size) return;
  out.blocks = out.blocks.filter((b) => {
    if (!stats.has(b)) return true;
    out.removed.push({ reason: 'boilerplate:stats', what: excerpt((b as Extract<Block, { type: 'list' }>).items.join(' · ')) });
    return false;
  });
}

/**
 * A heading that closes the body heads nothing of the story: it is a box's title left under it (a support appeal's
 * `<h4>` whose text went as a promo, a widget's name). Only when the story keeps a paragraph above it.
 */
function dropClosingHeadings(out: BodyResult): void {
  if (!out.blocks.some((b) => b.type === 'paragraph')) return;
  for (let last = out.blocks.at(-1); last?.type === 'heading'; last = out.blocks.at(-1)) {
    out.blocks.pop();
    out.removed.push({ reason: 'heading:closing', what: excerpt(last.text) });
  }
}

/**
 * @example buildBody(collectBlocks(container, opts).blocks, ctx).blocks
 */
export function buildBody(blocks: readonly RawBlock[], ctx: BodyContext): BodyResult {
  const builder = new BodyBuilder(ctx, blocks);
  blocks.forEach((b, i) => builder.add(b, i));
  const out = builder.out;
  takeSignature(out, ctx.siteNames);
  dropPullQuotes(out);
  if (builder.listFigures.size) dropStatsLists(out, builder);
  // Images with nothing around them that the page shows as decoration stay; empty lists go.
  out.blocks = out.blocks.filter((b) => b.type !== 'list' || b.items.length > 0);
  dropClosingHeadings(out);
  return out;
}
