/**
 * Authors without an adapter: bylines written in the body (`كتب: …`), then elements
 * that say they hold a byline, then JSON-LD / meta authors — keeping names as the page
 * shows them and dropping what is not a person or desk (the site's own name, a user
 * handle, a URL, a dateline).
 */
import { agencyLine, bylineNames, MAX_NAME_WORDS, isBylineLabel, isDateLabel, isGenericLogin, isSourceLine, isDeskByline, isPlaceName, isWidgetTitle, matchKey, opensMediaCredit, opensWithRole, spellsLatinName, splitOnAnd } from '../lexicon/index.js';
import { normaliseText } from '../normalise/text.js';
import { attr, ELEMENT, fieldText, hiddenByOwnStyle, INVISIBLE, rawText, TEXT, textData } from '../parse/dom.js';
import { END, NEXT, VALUE } from '../parse/linkedom-tree-adapter.js';
import { hasDateHint } from './dates/date-hint.js';
import { noiseReason } from './content/classify.js';
import { leadsToListing } from './content/teaser.js';
import { selectOne } from '../parse/select.js';
import { inChrome } from './chrome-context.js';
import type { PageIndex } from './page-index.js';
import { AUTHOR_PATH_WORDS, HIDDEN_CLASS_TOKENS, INLINE_TAGS, SCREEN_READER_CLASS_TOKENS } from '../lexicon/structure.js';
import { TUNABLES } from '../tunables.js';

const MAX_BYLINE_CHARS = 80;
const HANDLE = /^[a-z0-9_.-]+$/i;
/**
 * A Latin name in capitals alone (`SPS`, `AFP`, `MAP`): an agency's or a paper's initials, as a credit is written — a
 * login is written in lower case (`karimz`), and a CMS's own (`ADMIN`) is still none.
 */
const isWireAcronym = (n: string): boolean => /^[A-Z]{2,6}$/.test(n) && !isGenericLogin(n);

/** The account an author page is for: the path segment after `/author/` (`/author/karimz/` → `karimz`). */
const AUTHOR_SLUG = new RegExp(`/(?:${AUTHOR_PATH_WORDS.join('|')})s?/([^/?#]+)`, 'i');

/**
 * Accounts the page shows by their login under a link to their own author page (`<a href="/author/karimz/">By
 * <b>karimz</b></a>`): a blog engine's poster, the byline as shown though it reads like a handle.
 *
 * @example linkedAccounts(index) // ['karimz']
 */
export function linkedAccounts(index: PageIndex): string[] {
  const out: string[] = [];
  for (const { el } of index.authorLinks) {
    const slug = AUTHOR_SLUG.exec(attr(el, 'href') ?? '')?.[1];
    if (!slug) continue;
    const shown = normaliseText(rawText(el, 120)).replace(/^by\s+/i, '');
    if (HANDLE.test(shown) && !isGenericLogin(shown) && shown.toLowerCase() === safeDecode(slug).toLowerCase()) out.push(shown);
  }
  return out;
}

const safeDecode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** Is this a name a reader would call the author (not the site, a handle, a URL or a dateline)? */
export function isPlausibleAuthor(name: string, siteNames: readonly string[], domain: string | undefined): boolean {
  const n = name.trim();
  if (n.length < 2 || n.length > 60 || /https?:|www\.|@/.test(n)) return false;
  if (/^\(.*[-–—].*\)$/.test(n)) return false; // (أبوظبي - البيان): a dateline
  if (HANDLE.test(n.replace(/\s+/g, '')) && !isWireAcronym(n) && (/\d/.test(n) || !/\s/.test(n) || /^[a-z\s]+$/.test(n))) return false;
  return !namesSite(n, siteNames, domain);
}

/**
 * The site's own name after a place in a byline box the page shows (`المصدر: دبي - العربية.نت` → `العربية.نت`):
 * the desk's credit as shown, which the corpus's truth keeps as the byline. Not in brackets (`(أبوظبي - البيان)`,
 * a dateline), and only when the box names nobody else.
 *
 * @example siteDeskByline('دبي - العربية.نت', ['العربية.نت'], 'alarabiya.net') // 'العربية.نت'
 * @example siteDeskByline('مكة - الطائف، جدة', ['صحيفة مكة'], 'makkahnewspaper.com') // 'مكة - الطائف، جدة'
 * @example siteDeskByline('«عكاظ» (جدة)', ['عكاظ'], 'okaz.com.sa') // '«عكاظ» (جدة)'
 */
export function siteDeskByline(name: string, siteNames: readonly string[], domain: string | undefined): string | undefined {
  const t = name.trim();
  if (t.startsWith('(')) return undefined;
  if (isBracketedShape(t)) return bracketedDesk(t, siteNames, domain);
  // A spaced underscore parts them as a dash does (`دبي _ العربية.نت`).
  const parts = t.split(/\s*[-–—ـ]+\s*|\s+_+\s+/).filter((p) => p !== '');
  if (parts.length !== 2) return undefined;
  if (isPlaceName(parts[0]!) && namesSite(parts[1]!, siteNames, domain)) return parts[1];
  // The desk first, then the places it filed from (`مكة - الطائف، جدة` on صحيفة مكة): the credit as shown,
  // as the corpus keeps a paper's desk credit with its city.
  if (namesSite(parts[0]!, siteNames, domain) && parts[1]!.split(/\s*[،,]\s*/).every(isPlaceName)) return t;
  return undefined;
}

/**
 * The paper's name and, in brackets, where its desk filed from (`«عكاظ» (جدة)`): a byline's form, never a dateline's
 * (`(جدة - عكاظ)`, `جدة - عكاظ`), so the credit as shown wherever the page shows it.
 *
 * @example bracketedDesk('«عكاظ» (جدة)', ['عكاظ'], 'okaz.com.sa') // '«عكاظ» (جدة)'
 */
export function bracketedDesk(name: string, siteNames: readonly string[], domain: string | undefined): string | undefined {
  const t = name.trim();
  const m = isBracketedShape(t) ? DESK_AND_PLACE.exec(t) : null;
  return m && namesSite(m[1]!, siteNames, domain) && m[2]!.split(/\s*[،,]\s*/).every(isPlaceName) ? t : undefined;
}
/** A name, in quotes or not, then a bracketed place (`«عكاظ» (جدة)`). */
const DESK_AND_PLACE = /^[«"“]?([^«»"“”()]+?)[»"”]?\s*\(([^()]+)\)$/;
/** A byline's length, closing on its bracket: the regex above is asked of nothing longer (its lazy name and the spaces after it would backtrack). */
const isBracketedShape = (t: string): boolean => t.length <= MAX_DESK_CHARS && t.endsWith(')');
const MAX_DESK_CHARS = 80;

/** Is the name the site's own (its name, or its domain's label — also spelt in Arabic: `اليوم` on alyaum.com)? */
function namesSite(name: string, siteNames: readonly string[], domain: string | undefined): boolean {
  const k = matchKey(name).replace(/[-_.\s]+/g, ' ').trim();
  const label = domain?.split('.')[0]?.replace(/[-_]+/g, ' ');
  if (label && (k === label || spellsLatinName(name, label))) return true;
  const kParts = partsOf(matchKey(name));
  return siteNames.some((s) => {
    const sk = matchKey(s);
    return sk.length > 1 && (sk === k || sk.includes(k) || k.includes(sk) || sameParts(kParts, partsOf(sk)));
  });
}

/** `بترا -وكالة الأنباء الأردنية` and `وكالة الأنباء الأردنية (بترا)`: one name, its parts in another order. */
const partsOf = (key: string): string[] =>
  key
    .split(/[-–—|():()]+/)
    .map((p) => p.trim())
    .filter(Boolean)
    .sort();
const sameParts = (a: readonly string[], b: readonly string[]): boolean => a.length > 1 && a.length === b.length && a.every((p, i) => p === b[i]);

/**
 * The person in a byline that also names where it was filed or the site (`ريم الزهراني - جدة`,
 * `عمان - ليث الخوالدة`, `سامي النجار - إرم نيوز`, `إرم نيوز - سامي النجار`): the place and the site go. A place and the site
 * alone (`غزة - إرم نيوز`) are a dateline: no person. Other pairs stay as shown.
 *
 * @example bylinePerson('ريم الزهراني - جدة', [], undefined) // 'ريم الزهراني'
 */
export function bylinePerson(name: string, siteNames: readonly string[], domain: string | undefined): string | undefined {
  // A slash or backslash parts them too (`الأقصر\\سلمى رمزي`), a spaced underscore (`سلمى حامد _ القاهرة`), and a
  // bullet (`رنا يوسف ■بيروت`).
  const parts = name.replace(/[\s:：]+$/, '').split(/\s*(?:[-–—ـ■●▪•]+|[\\/])\s*|\s+_+\s+/).filter((p) => p !== '');
  if (parts.length === 1) return withoutLeadingPlace(parts[0]!) ?? withoutTrailingPlace(parts[0]!, false) ?? name;
  // A place before two reporters (`الشرقية- نهى عادل - سامي فؤاد`): the reporters, for coAuthors to part. A place, the
  // paper and its reporter (`عمان - الدستور - سلمى الخطيب`): the reporter. Only names are left: else it stays whole.
  if (parts.length > 2) {
    const rest = parts.filter((p) => !isPlaceName(p) && !namesSite(p, siteNames, domain) && agencyLine(p) === undefined);
    return rest.length > 0 && rest.length < parts.length && rest.every(looksLikePerson) ? rest.join(' - ') : name;
  }
  const [a, b] = parts as [string, string];
  const other = (p: string): boolean => isPlaceList(p) || namesSite(p, siteNames, domain);
  // Places and the site's name only (`غزة - إرم نيوز`, `النجمة - الرياض، جدة`): a dateline, no person.
  if (other(a) && other(b)) return undefined;
  const agency = agencyBesidePlace(a, b, siteNames, domain) ?? agencyBesidePlace(b, a, siteNames, domain);
  if (agency !== undefined) return agency;
  // The site before its reporter reads as a place does (`هبة بريس – فلان`: the outlet's desk, then the name).
  // A name and its place before the site (`سارة الحمادي أبوظبي - العين الإخبارية`): the place goes with the site.
  const person = isPlaceName(a) || namesSite(a, siteNames, domain) ? b : other(b) ? (withoutTrailingPlace(a, true) ?? a) : undefined;
  // Only a name-like part (two words or more, no label or credit) is taken; else the byline stays whole —
  // but one word beside a known place is the byline, the place goes (a credit the agencies table lacks; the
  // agencies themselves were taken just above, beside any place).
  if (person !== undefined && (looksLikePerson(person) || (isPlaceName(a) !== isPlaceName(b) && isOneWord(person) && !namesSite(person, siteNames, domain)))) return person;
  // An unknown one-word place before a full name (`ملوي- سامح عادل`): a name has two words at least.
  if (person === undefined && isOneWord(a) && a.length >= MIN_PLACE_CHARS && looksLikePerson(b)) return b;
  return name;
}

/**
 * A news agency beside one word that is neither an agency nor the site (`جوبا – وكالات`, `وكالات - جوبا`): where it was
 * filed from, known to the places table or not — the agency is the byline, as beside a known place (`واس - الدمام`).
 */
function agencyBesidePlace(place: string, credit: string, siteNames: readonly string[], domain: string | undefined): string | undefined {
  const agency = agencyLine(credit);
  if (agency === undefined || !isOneWord(place) || place.length < MIN_PLACE_CHARS || agencyLine(place) !== undefined) return undefined;
  return namesSite(place, siteNames, domain) ? undefined : agency;
}

const isOneWord = (s: string): boolean => /^[^\s():：]+$/.test(s.trim());
/** Places, one or several (`مكة المكرمة، عدن`, `الرياض وجدة`): where a story was filed from, not who wrote it. */
const isPlaceList = (s: string): boolean => s.split(/\s*[،,]\s*|\s+و(?=\S)/).every((p) => p !== '' && isPlaceName(p));
/** Shorter than this, a word before the dash is a title (`د/ أحمد سمير`, `م- …`), not a place. */
const MIN_PLACE_CHARS = 3;

/**
 * Two reporters in one byline field joined by an underscore, a spaced dash, a comma or a slash
 * (`كريم الشناوي_منى عبدالرحمن`, `سعيد الفرماوي - هالة منصور`, `سعيد الفرماوي، هالة منصور`): two
 * names, when both look like names and neither is a place; so are names joined by a free-standing `و` (`splitOnAnd`). `فلان وفلان`, the `و` written onto the name, stays one string, as the page writes it (and as the corpus's truth keeps it).
 *
 * @example coAuthors('سعيد الفرماوي - هالة منصور') // ['سعيد الفرماوي', 'هالة منصور']
 */
export function coAuthors(name: string): string[] {
  const joined = splitOnAnd(name);
  if (joined.length > 1) return joined;
  const parts = name.split(/\s*_+\s*|\s+[-–—]+\s+|\s*[-–—]+\s+|\s+[-–—]+\s*|\s*[،,/\\]\s*/).map((p) => p.trim());
  if (parts.length < 2 || parts.length > 4) return [name];
  return parts.every((p) => looksLikePerson(p) && !isPlaceName(p) && p.split(/\s+/).length <= 4) ? parts : [name];
}

/** `القليوبية إبراهيم سالم`: a correspondent's governorate or city before the name, with no dash. */
function withoutLeadingPlace(name: string): string | undefined {
  const words = name.split(/\s+/);
  for (let n = Math.min(3, words.length - 2); n >= 1; n--) {
    const rest = words.slice(n).join(' ');
    if (isPlaceName(words.slice(0, n).join(' ')) && looksLikePerson(rest)) return rest;
  }
  return undefined;
}

/**
 * `ماجد الحربي من الرياض`: the name, and where it was filed from after it (`من` and a place the lexicon knows). With
 * `bare`, a place with no `من` too — asked only where a site's name follows (a surname may be a place's name).
 */
function withoutTrailingPlace(name: string, bare: boolean): string | undefined {
  const words = name.split(/\s+/);
  for (let n = Math.min(3, words.length - 2); n >= 1; n--) {
    if (!isPlaceName(words.slice(-n).join(' '))) continue;
    const before = words.slice(0, -n);
    const from = before[before.length - 1] === 'من';
    if (!from && !bare) continue;
    const rest = (from ? before.slice(0, -1) : before).join(' ');
    if (looksLikePerson(rest)) return rest;
  }
  return undefined;
}

const ARABIC_LETTER = /[\u0621-\u064A]/;

/** Is the element hidden by a class a stylesheet hides (`d-none`, `hidden`)? */
const hiddenByClass = (el: Element): boolean => hasClassIn(el, HIDDEN_CLASSES);

/** Does `el` carry a class of the set (a whole token)? */
function hasClassIn(el: Element, set: ReadonlySet<string>): boolean {
  const cls = attr(el, 'class');
  return cls !== undefined && cls.split(/\s+/).some((t) => set.has(t));
}
const HIDDEN_CLASSES: ReadonlySet<string> = new Set(HIDDEN_CLASS_TOKENS);

const looksLikePerson = (s: string): boolean => !/[():：]/.test(s) && s.trim().split(/\s+/).length >= 2;

/**
 * Does the page show `name` as a byline — as the text of a link to an author's page, or inside an element that says it
 * holds a byline? A desk credit the metadata copies from a dateline (`القاهرة ـ العرب اليوم` in an unmarked heading
 * above the text) is shown too, but as where the story was filed from, not who wrote it.
 *
 * @example shownAsByline(index, 'مكة - مكة المكرمة، عدن') // true for <a href="/author/10008/…">مكة - مكة المكرمة، عدن</a>
 */
export function shownAsByline(index: PageIndex, name: string): boolean {
  const key = normaliseText(name);
  if (!key) return false;
  const shows = (el: Element): boolean => normaliseText(rawText(el, MAX_BYLINE_BOX_CHARS)).includes(key);
  return index.authorLinks.some((l) => shows(l.el)) || index.bylines.some((b) => shows(b.el));
}
/** How much of a byline box is read for a name: a box that holds more is not a byline's. */
const MAX_BYLINE_BOX_CHARS = 400;

/** Names from the first byline element near the headline that yields any. */
export function bylineElementAuthors(index: PageIndex, headlinePosition: number | undefined): string[] {
  const h1 = headlinePosition ?? -1;
  const ordered = [...index.bylines].sort((a, b) => rank(a.position, h1) - rank(b.position, h1));
  for (const { el } of ordered) {
    // A box holding a headline is a title box (`<div class="writers"><h1>…`), not a byline.
    // A box its own style hides (`<div class="author" style="display: none">`) holds an uploader's account name.
    // So does one its class hides (`<div itemprop="author" class="d-none">`: the metadata's name, not a byline shown).
    if (inChrome(el, true, index.h1s, true) || hiddenUpTo(el, HIDDEN_BOX_LEVELS) || hiddenByClass(el) || isHeadlineElement(el)) continue;
    // A Person box names its person (`<div itemprop="author"><div itemprop="name">…`); its role line is not a name.
    const name = selectOne(el, '[itemprop="name"]');
    const text = name ? normaliseText(rawText(name)) : bylineText(el);
    if (!text || text.length > MAX_BYLINE_CHARS || isWidgetTitle(text) || namesAListing(el, text)) continue;
    // A writer card's e-mail or handle (`<span class="writer-email">…@…</span>`) is no name; the card's name box may follow.
    if (!ARABIC_LETTER.test(text) && /[@/]/.test(text)) continue;
    // A writer card's job line (`<span class="writer-title">كاتب ومحلل اقتصادي</span>`) describes the name beside it.
    if (opensWithRole(text) && !/[:：]/.test(text) && !isDeskByline(text)) continue;
    // …unless a byline's label opens it: the name is set as a heading (`<span>كتب:</span> <a><h3>فلان</h3></a>`).
    if (selectOne(el, 'h1, h2, h3') && bylineNames(text) === undefined) continue;
    // A desk's name is the byline as it stands (`المحرر الاقتصادي`); else a label before the name goes.
    const names = (isDeskByline(text) ? undefined : bylineNames(text, true)) ?? [text.replace(/^[\s:：\-–—]+|[\s:：\-–—]+$/g, '')];
    if (names.length) return names;
  }
  return [];
}

type N = any;

/** Levels above a byline element looked at for a box its own style hides (`<div style="display:none" class="vcard
 * author"><strong itemprop="name"><a rel="author">…`: a theme's hidden microdata). */
const HIDDEN_BOX_LEVELS = 4;

/** Hidden by its own style, or by an ancestor's within `levels`. */
function hiddenUpTo(el: Element, levels: number): boolean {
  let n: N = el;
  for (let up = 0; up <= levels && n && n.nodeType === ELEMENT; up++, n = n.parentNode) if (hiddenByOwnStyle(n)) return true;
  return false;
}

/**
 * A meta row's box that shows only the link to the story's section (`<div class="…author_container"><a
 * href="/news/category/29/…">منوعات</a></div>`): a section, not a byline.
 */
function namesAListing(el: Element, text: string): boolean {
  const link = selectOne(el, 'a[href]');
  return link !== null && leadsToListing(attr(link, 'href') ?? '') && normaliseText(rawText(link, text.length + 1)) === text;
}

/**
 * The headline or the deck itself, whatever its class says (`<h1 class="authorpage title" itemprop="headline">`, `<h3
 * class="authorpage sub-title" itemprop="alternativeHeadline">`: a template's class for a columnist's page).
 */
function isHeadlineElement(el: Element): boolean {
  if (el.localName === 'h1') return true;
  const prop = attr(el, 'itemprop');
  return prop !== undefined && /\b(?:headline|alternativeheadline)\b/i.test(prop);
}

/**
 * A byline box's text less the parts that date the story: meta rows put the name and the date
 * side by side (`<span class="editor-name">…</span><span class="created">09 يونيو 2020</span>`,
 * `<p>التاريخ</p><span>3/22/2020</span>`). A lone wrapper is looked through.
 */
function bylineText(el: Element): string {
  let box: N = el;
  for (let only = soleElementChild(box); only; only = soleElementChild(box)) box = only;
  const parts: string[] = [];
  for (let n: N = box.firstChild; n; n = n.nextSibling) {
    // Share buttons and other chrome beside the name (`<ul class="full-article__share">`) are no part of it.
    if (n.nodeType === ELEMENT && (noiseReason(n, n.localName) !== undefined || besideTheName(n))) continue;
    const t = normaliseText(n.nodeType === TEXT ? textData(n) : n.nodeType === ELEMENT ? labelledText(n) : '');
    // The city set in a box of its own after the name (`<a class="author-name">…</a><span class="author-place">دبي</span>`).
    if (t && parts.length > 0 && n.nodeType === ELEMENT && isPlaceName(t)) continue;
    if (t) parts.push(t);
  }
  if (parts.length < 2) return parts[0] === undefined || isDateLabel(parts[0]) ? '' : parts[0];
  // A job set after the name (`<a>Name</a><span>صحافي بالقسم الرياضي</span>`) describes it.
  // So does a reading time beside it (`<p class="…__reading-time">4 دقائق</p>`).
  return parts.filter((t, i) => !hasDateHint(t) && !isDateLabel(t) && !(i > 0 && (opensWithRole(t) || isWidgetTitle(t)))).join(' ');
}

/**
 * An element's text, its first child set apart when that child is a byline's label (`<h4><span>بواسطة</span><a>…</a></h4>`:
 * Themeansar's themes space the two with CSS, not text, and glued they read as one word).
 */
function labelledText(el: N): string {
  const first: N = el.firstChild;
  if (!first || first.nodeType !== ELEMENT || first === el.lastChild) return rawText(el);
  const label = normaliseText(rawText(first, MAX_LABEL_CHARS + 1));
  if (label.length > MAX_LABEL_CHARS || !isBylineLabel(label)) return rawText(el);
  let rest = '';
  for (let n: N = first.nextSibling; n; n = n.nextSibling) rest += n.nodeType === TEXT ? textData(n) : n.nodeType === ELEMENT ? rawText(n) : '';
  return `${label} ${rest}`;
}
const MAX_LABEL_CHARS = 20;

/**
 * A byline box's contact button or screen-reader label beside the name (`<a href="mailto:…"><span
 * class="screen-reader-text">Send an email</span></a>`, WordPress themes' icon by the author's link): no part of the name.
 */
function besideTheName(el: N): boolean {
  const href = el.localName === 'a' ? attr(el, 'href')?.trim().toLowerCase() : undefined;
  if (href !== undefined && (href.startsWith('mailto:') || href.startsWith('tel:'))) return true;
  return hasClassIn(el, SCREEN_READER_CLASSES);
}
const SCREEN_READER_CLASSES: ReadonlySet<string> = new Set(SCREEN_READER_CLASS_TOKENS);

/** The one child of `el` with text, when it is an element (a picture or an icon beside it does not count). */
function soleElementChild(el: N): N {
  let only: N = null;
  for (let n: N = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === TEXT ? !/\S/.test(textData(n)) : n.nodeType !== ELEMENT || besideTheName(n) || !/\S/.test(rawText(n, 200))) continue;
    if (n.nodeType !== ELEMENT || only) return null;
    only = n;
  }
  return only;
}

/**
 * Names from links to author pages (`/editor/12/…`, `/author/name/`) just after the headline —
 * the byline of pages whose byline box has no telling class. Links further down belong to
 * related stories and columnist lists. Co-author links in the same box come along.
 */
export function authorLinkNames(index: PageIndex, headlinePosition: number | undefined): string[] {
  if (headlinePosition === undefined) return [];
  const near = index.authorLinks.filter((l) => l.position > headlinePosition && l.position - headlinePosition <= TUNABLES.authorLinkReach);
  const first = near.find((l) => !inChrome(l.el, true, index.h1s) && !hiddenUpTo(l.el, HIDDEN_BOX_LEVELS) && linkName(l.el) !== undefined);
  if (!first) return [];
  const box = first.el.parentElement;
  const coAuthors = near.filter((l) => l === first || (box !== null && l.el.parentElement === box));
  return coAuthors.map((l) => linkName(l.el)).filter((n): n is string => n !== undefined);
}

/** Characters of a link's line read for the credit it opens with. */
const LINE_OPENING = 400;

function linkName(a: Element): string | undefined {
  // A link wrapping a heading titles a box (`<a href="/writer/0/…"><h2>مقالات</h2></a>`); one after
  // `تصوير:` credits the picture.
  if (selectOne(a, 'h1, h2, h3, h4, h5, h6')) return undefined;
  const text = normaliseText(fieldText(a, TUNABLES.maxFieldTextChars));
  if (!text || text.length > MAX_BYLINE_CHARS || isWidgetTitle(text)) return undefined;
  // The line's opening only (`تصوير: …`): the link may sit right in the story's box.
  const line = a.parentElement ? normaliseText(rawText(a.parentElement, LINE_OPENING)) : '';
  return opensMediaCredit(line) ? undefined : text;
}

/** Tags a template sets a bare name in (bold, no link). */
const BOLD = new Set(['strong', 'b']);

/**
 * A name set alone in bold before the story's date line in that line's own box, just under the headline
 * (`<div class="date"><strong>فلان الفلاني</strong><br><span>نشر فى : …</span></div>`): the byline of a
 * template that gives it no class of its own. Bold only: a section's name there is a link.
 */
export function dateBoxName(index: PageIndex, headlinePosition: number | undefined): string[] {
  if (headlinePosition === undefined) return [];
  const line = index.datedLines.find((l) => l.position > headlinePosition && l.position - headlinePosition <= TUNABLES.authorLinkReach);
  if (!line || line.inline === line.el || inChrome(line.el, true, index.h1s)) return [];
  for (let n: N = line.el.firstElementChild; n && n !== line.inline; n = n.nextElementSibling) {
    if (!BOLD.has(n.localName)) continue;
    // The name may end with a colon (`<strong>فلان الفلاني:</strong>`).
    const text = normaliseText(rawText(n)).replace(/[\s:：]+$/, '');
    const words = text.split(' ').length;
    if (words >= 2 && words <= MAX_NAME_WORDS && /^[\p{L}\s.]+$/u.test(text) && !isWidgetTitle(text) && !isDateLabel(text)) return [text];
  }
  return [];
}

/** After the headline first (nearest first), then before it. */
function rank(position: number, h1: number): number {
  if (h1 < 0) return position;
  return position >= h1 ? position - h1 : 1e6 + (h1 - position);
}

/**
 * Is `name` shown in a source line anywhere on the page (`<p class="source">المصدر: <span>رويترز</span></p>` above the
 * text, outside the body's box)? One walk of the text nodes, asked only for an agency the metadata names.
 *
 * @example shownInSourceLine(document.body, 'رويترز') // true beside <p class="source">المصدر: <span>رويترز</span></p>
 */
export function shownInSourceLine(root: Element | null, name: string): boolean {
  if (!root || !name) return false;
  const end = (root as N)[END];
  for (let n: N = (root as N)[NEXT]; n && n !== end; n = n[NEXT]) {
    if (n.nodeType === ELEMENT && INVISIBLE.has(n.localName)) n = n[END];
    else if (n.nodeType === TEXT && n[VALUE].includes(name)) {
      let box: N = n.parentNode;
      while (box && box.nodeType === ELEMENT && INLINE_TAGS.has(box.localName)) box = box.parentNode;
      if (box && box.nodeType === ELEMENT && isSourceLine(normaliseText(rawText(box, SOURCE_LINE_CHARS)))) return true;
    }
  }
  return false;
}
const SOURCE_LINE_CHARS = 200;
