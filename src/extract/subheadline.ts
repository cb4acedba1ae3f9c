/**
 * The deck a page sets right after its headline, in the same title block: `<h1>…</h1><h2>…</h2>`,
 * `<h1>…</h1><p class="lead">…</p>`. A sentence, not a label, a byline, a date or a link. Or the kicker its class
 * names a deck right above it (`<div class="sub-title">…</div><h1>…</h1>`).
 */
import { bylineNames, goesOnFrom, isDatelineLine, opensWithDateline } from '../lexicon/index.js';
import { matchKey } from '../lexicon/match.js';
import { BYLINE_CLASS } from '../lexicon/structure.js';
import { normaliseText } from '../normalise/text.js';
import { attr, firstTagAmong, rawText } from '../parse/dom.js';
import { selectOne } from '../parse/select.js';
import { hasDateHint } from './dates/date-hint.js';
import { profileOf } from './content/classify.js';
import { TUNABLES } from '../tunables.js';

type N = any;

/** Class words that name a box the story's summary (French `chapo`): a deck, never the story's first paragraph. */
const SUMMARY_WORDS = 'summary|excerpt|standfirst|deck|chapo|chapeau';
/** Class words of a deck box (`subTitle`, `article-lead`, `news-detail-lead`, `intro`, `summary`, French `chapo`…, `articlesubtitle` run together). */
const DECK_CLASS = new RegExp(`(^|[\\s_-])(sub-?title|subtitle|sub-?head(?:ing)?|sub|lead|intro|brief|teaser|${SUMMARY_WORDS})([\\s_-]|$)|[a-z]subtitle([\\s_-]|$)`);
const HEADING = new Set(['h2', 'h3', 'h4']);

/**
 * A heading its class names a deck (`<h3 class="news-detail-lead">`): the subheadline even when longer than a
 * heading may be (a heading past `maxHeadingChars` is read as prose), up to a deck's length.
 *
 * @example isDeckHeading(h3, 171) // true for <h3 class="news-detail-lead">…</h3>
 */
export function isDeckHeading(el: Element, chars: number): boolean {
  return HEADING.has(el.localName) && chars <= MAX_CHARS && DECK_CLASS.test(profileOf(el).words);
}
const BOX = new Set(['p', 'div', 'span', 'h5', 'h6']);

/** A box its class names the story's summary, never its first paragraph (unlike `lead`, `intro`, `teaser`). */
const SUMMARY_CLASS = new RegExp(`(^|[\\s_-])(${SUMMARY_WORDS})([\\s_-]|$)`);

/**
 * A box its class names the story's summary (`<div class="article-summary-cont">`), up to a deck's length: a deck
 * when it opens the body, though set apart from the headline by the picture.
 *
 * @example isSummaryBox(div, 'شركات ملاحة تتحدث عن تأخير في تسليم الحاويات') // true for <div class="article-summary-cont"><span>…</span></div>
 */
export function isSummaryBox(el: Element, text: string): boolean {
  // A summary box that opens with a dateline holds the story's first paragraph (`<p class="summary">طهران(إسنا) - …`).
  return BOX.has(el.localName) && text.length <= MAX_CHARS && SUMMARY_CLASS.test(profileOf(el).words) && !opensWithDateline(text);
}
/** A deck is a sentence (`TUNABLES.sentenceWords` words at least), short of a paragraph's length. */
const MAX_CHARS = 400;

/**
 * The text of the deck right after the headline element `h`, or undefined.
 *
 * The page's descriptions (`description`, `og:description`) name a plain box right under the headline the deck.
 *
 * @example deckAfter(h1, () => false) // 'الحديقة الجديدة تضم ممرا للمشاة وركنا لألعاب الأطفال' for <h1>…</h1><h2>…</h2>
 */
export function deckAfter(h: Element, isDateLine: (text: string) => boolean, descriptions: readonly string[] = []): string | undefined {
  const next: N = titleBox(h).nextElementSibling;
  const described = next && describedDeck(next, descriptions);
  if (described) return described;
  let n: N = next;
  // An empty kicker slot or the lead picture's or player's box may sit between them (`<h1>…</h1><div><img>…</div><div
  // class="summary">`, `<div class="video-player"><video>…</video><div>the headline again</div></div><h2>…`): one skip.
  if (n && (!/\S/.test(rawText(n, 20)) || holdsMedia(n))) n = n.nextElementSibling;
  // Or the story's meta strip — byline, date bar, picture box — with the deck box after it (`<h1>…</h1><div
  // class="article-meta">…</div><div class="actions-bar"><time>…</time></div>…<div class="teaser" itemprop="description">`).
  let skipped = n === next ? 0 : 1;
  while (n && skipped < MAX_META_BOXES && !HEADING.has(n.localName) && !isDeckBox(n) && isMetaBox(n, isDateLine)) {
    n = n.nextElementSibling;
    skipped++;
  }
  if (!n) return undefined;
  const tag: string = n.localName;
  if (skipped > 1 ? !isDeckBox(n) : !HEADING.has(tag) && !(BOX.has(tag) && isDeckBox(n))) return undefined;
  const text = normaliseText(rawText(n, MAX_CHARS + 1));
  // A short kicker set right under the headline trails off into it (`<h1>…</h1><h3>تحت الرعاية..</h3>`); a box that
  // names itself the deck may be short too (`<div class="teaser" itemprop="description">الإصابات تلاحق المهاجم</div>`).
  const short = (n === next && HEADING.has(tag) && TRAILING_OFF.test(text)) || (isDeckBox(n) && text.split(' ').length >= MIN_NAMED_DECK_WORDS);
  if (text.length > MAX_CHARS || (text.split(' ').length < TUNABLES.sentenceWords && !short)) return undefined;
  // A place and a source under the headline (`أبوظبي - سكاي نيوز عربية`) is the dateline, whatever its box is called.
  if (linkText(n) * 2 > text.length || isDateLine(text) || bylineNames(text) || isDatelineLine(text)) return undefined;
  return leadsInto(text, n) ? undefined : text;
}

/**
 * A plain box right under the headline that says what the page's description says (`<h1>…</h1><p class="text-lg
 * text-gray-600">…</p>`, utility classes that name nothing): the deck, when the story's text is in a box of its own
 * after it — a paragraph followed by more paragraphs is the story's first, which many sites copy into the description.
 */
function describedDeck(el: N, descriptions: readonly string[]): string | undefined {
  if (!descriptions.length || !BOX.has(el.localName)) return undefined;
  const after: N = el.nextElementSibling;
  if (after && after.localName === el.localName) return undefined;
  const text = normaliseText(rawText(el, MAX_CHARS + 1));
  if (text.length > MAX_CHARS || text.split(' ').length < TUNABLES.sentenceWords || !descriptions.some((d) => normaliseText(d) === text)) return undefined;
  return linkText(el) * 2 > text.length ? undefined : text;
}

/** Characters after a deck read for how the text under it opens. */
const NEXT_OPENING_CHARS = 60;

/**
 * A finished sentence the text under it goes on from (`… .` then `وشارك …`, `كما …`): the story's opening paragraph
 * set large in a lead box, not a deck — no story opens with a continuation.
 */
function leadsInto(text: string, el: N): boolean {
  const next: N = el.nextElementSibling;
  return next != null && goesOnFrom(text, normaliseText(rawText(next, NEXT_OPENING_CHARS)));
}

/** Words of a deck its box names so, shorter than a sentence (`الإصابات تلاحق المهاجم`). */
const MIN_NAMED_DECK_WORDS = 3;
/** Boxes of a meta strip passed over between the headline and its deck. */
const MAX_META_BOXES = 6;
/** A meta strip's box is short: a byline, a date, a row of buttons. */
const MAX_META_CHARS = 120;

/** A box its class names a deck (`teaser`, `lead`, `summary`…), or that says it holds the page's description. */
function isDeckBox(el: N): boolean {
  return namedDeck(el) || ((HEADING.has(el.localName) || BOX.has(el.localName)) && attr(el, 'itemprop') === 'description');
}

/** A heading or box its class names a deck. */
const namedDeck = (el: N): boolean => (HEADING.has(el.localName) || BOX.has(el.localName)) && DECK_CLASS.test(profileOf(el).words);

/** Does a box hold the lead picture or player (`<img>`, `<video>`, an embed's `<iframe>`)? */
const holdsMedia = (el: N): boolean => firstTagAmong(el, MEDIA_TAGS) !== null;
const MEDIA_TAGS: ReadonlySet<string> = new Set(['img', 'video', 'iframe']);

/** A box of the story's meta strip: blank, a picture's, or a short byline, date, tag or button row. */
function isMetaBox(el: N, isDateLine: (text: string) => boolean): boolean {
  const text = normaliseText(rawText(el, MAX_META_CHARS + 1));
  if (text.length > MAX_META_CHARS) return false;
  if (!text || holdsMedia(el)) return true;
  const words = profileOf(el);
  if (words.strong !== undefined || words.weak !== undefined || BYLINE_CLASS.test(words.words) || attr(el, 'itemprop') === 'author') return true;
  // A byline beside an update line (`كتب | فلان آخر تحديث 19/5/2020`), a date bar with its comment counter.
  return hasDateHint(text) || isDateLine(text) || bylineNames(text) !== undefined || selectOne(el, '[itemprop="author"], time') !== null;
}

/**
 * The kicker a page sets right above its headline, in the same title box, when its class names it a deck
 * (`<div class="sub-title">…</div><h1>…</h1>`, `<h2 class="subtitle"><a>…</a></h2><h1>…</h1>`): shorter than a
 * sentence may be, but two words at least, and no link, date, byline, section label or the site's own rubric.
 *
 * @example deckBefore(h1, () => false) // 'خلال جولة تفقدية صباح اليوم' for <div class="sub-title">…</div><h1>…</h1>
 */
export function deckBefore(h: Element, isDateLine: (text: string) => boolean, siteNames: readonly string[] = []): string | undefined {
  const n: N = titleBox(h).previousElementSibling;
  if (!n || !namedDeck(n)) return undefined;
  const text = normaliseText(rawText(n, MAX_CHARS + 1));
  if (text.length > MAX_CHARS || text.split(' ').length < 2) return undefined;
  if (linkText(n) * 2 > text.length || isDateLine(text) || bylineNames(text)) return undefined;
  return isSiteRubric(text, siteNames) ? undefined : text;
}

/** Words a kicker may hold beside the site's name and still be the site's rubric (`حوارات «البيان» الخاصة`). */
const RUBRIC_WORDS = 2;

/** A label's words for matching: runs of letters and digits (`«البيان»` is `البيان`). */
const wordsOf = (text: string): string[] => matchKey(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * A series label of the site's own (`تقارير البيان`, `حوارات «البيان» الخاصة`): the site's name and a word or two,
 * not a phrase about the story — one that only mentions the site (`في جولة لمراسل البيان بين الحقول`) is longer.
 *
 * @example isSiteRubric('تقارير البيان', ['البيان']) // true
 */
export function isSiteRubric(text: string, siteNames: readonly string[]): boolean {
  const words = wordsOf(text);
  return siteNames.some((name) => {
    const site = wordsOf(name);
    return site.length > 0 && words.length - site.length <= RUBRIC_WORDS && holdsRun(words, site);
  });
}

/** Do the words of `run` stand together, in order, in `words`? */
function holdsRun(words: readonly string[], run: readonly string[]): boolean {
  for (let i = 0; i + run.length <= words.length; i++) if (run.every((w, j) => words[i + j] === w)) return true;
  return false;
}

/** A line that trails off (`..`, `…`): a kicker leading into the headline's story, not a label. */
const TRAILING_OFF = /\p{L}\s*(?:\.{2,}|…)$/u;

/** The headline's own box: CMSs wrap it (`<div class="field--name-node-title"><h1>…</h1></div>`); the deck follows the wrapper. */
function titleBox(h: Element): N {
  let box: N = h;
  for (let p: N = box.parentNode; p && p.nodeType === 1 && !STORY_ROOTS.has(p.localName) && p.firstElementChild === box && p.lastElementChild === box; p = p.parentNode) {
    box = p;
  }
  return box;
}
const STORY_ROOTS = new Set(['body', 'html', 'article', 'main']);

/** Characters of link text inside `el` (an `<a>` without `href` leads nowhere: a styled span). */
function linkText(el: Element): number {
  let n = 0;
  for (const a of Array.from((el as N).getElementsByTagName('a') as ArrayLike<Element>)) if ((a as N).hasAttribute('href')) n += normaliseText(rawText(a)).length;
  return n;
}
