/**
 * Compiled views of the lexicon tables: phrase lists normalised with `matchKey` once,
 * and tests that say whether a line is boilerplate, a byline or a date line.
 */
import { CAPTION_LABELS, PICTURE_SOURCE_LABELS, AGENCY_INITIALS, BYLINE_PREFIXES, CONTINUATION_OPENERS, ROLE_OPENERS, STOPWORDS, DATE_LABEL_STEMS, END_MARKERS, GENERIC_LOGINS, NEWS_AGENCIES, SECTION_LABELS, DATE_WORDS, DESK_BYLINES, FIELD_LABELS, NOT_IN_NAMES, OUTLET_WORDS, WEAK_PROMO_PHRASES, MEDIA_CREDIT_OPENERS, SOURCE_LABELS, PROMO_PHRASES, PLACEHOLDER_TAGS, PUBLICATION_WORDS, TAG_LIST_LABELS, PUBLISHED_LABELS, SITE_SELF_WORDS, TEAM_WORDS, READ_ALSO_PHRASES, UPDATED_LABELS, WIDGET_TITLES } from './boilerplate.js';
import { matchKey } from './match.js';
import { PLACE_NAMES, REGION_WORDS } from './places.js';

const keys = (list: readonly string[]): string[] => [...new Set(list.map(matchKey))];
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** One character of the punctuation/space run `bare` strips from a key's end. */
const TRAILING_CHAR = /[\s:：\-–—.|»«>•…!]/;
const LEADING = /^[\s:：\-–—.|»«<•…■●◄►▪]+/;

const READ_ALSO = keys(READ_ALSO_PHRASES);
const WIDGETS = new Set(keys(WIDGET_TITLES));
/** All promo phrases in one alternation: one scan of the line instead of one `includes` per phrase (5× faster). */
const PROMOS = new RegExp(keys(PROMO_PHRASES).map(escapeRegExp).join('|'));
const PUBLISHED = keys(PUBLISHED_LABELS).sort((a, b) => b.length - a.length);
const UPDATED = keys(UPDATED_LABELS).sort((a, b) => b.length - a.length);
const BYLINES = keys(BYLINE_PREFIXES).sort((a, b) => b.length - a.length);
/** In a box the page marks as its byline, a source label names the writer too (`<span>المصدر: </span> الرياض - محمد العتيبي`). */
const BOX_BYLINES = keys([...BYLINE_PREFIXES, ...SOURCE_LABELS.filter((l) => !/[a-z]/i.test(l))]).sort((a, b) => b.length - a.length);
const DESKS = keys(DESK_BYLINES);
/** Words a desk's name may run to (`محرر الشؤون الاقتصادية`). */
const MAX_DESK_WORDS = 4;

/**
 * Is a short line a newsroom desk's signature (`المحرر الاقتصادي`, `فريق التحرير`) rather than a subheading?
 *
 * @example isDeskByline('المحرر الاقتصادي') // true
 */
export function isDeskByline(text: string): boolean {
  const k = matchKey(text).replace(/[\s:：\-–—]+$/, '');
  if (k.length > 40 || /[\d.،,!?؟]/.test(k) || k.split(' ').length > MAX_DESK_WORDS) return false;
  return DESKS.some((d) => k === d || k.startsWith(`${d} `));
}

/** Byline openers that are verbs of writing (`كتب فلان`): no colon needed after them. */
const WRITING_VERBS: ReadonlySet<string> = new Set(keys(['كتب', 'كتبت', 'كتبه', 'كتبها', 'بقلم', 'بواسطة', 'By']));

/**
 * Is a line a byline's label standing alone, its name set apart (`<span>كتب:</span> <a><h3>فلان</h3></a>`)?
 * A verb of writing needs nothing after it; a noun (`تحرير`, `إعداد`) its colon or dash.
 *
 * @example isBylineLabel('كتب:') // true
 */
export function isBylineLabel(text: string): boolean {
  if (text.length > 20) return false;
  const k = matchKey(text).replace(/[\s\u0640]+$/, '');
  const bare = k.replace(/\s*[:：\-–—|]$/, '');
  return bare !== k ? BYLINES.includes(bare) : WRITING_VERBS.has(bare);
}

/** A columnist's name before `يكتب:` / `تكتب:` opening a headline: two to five words (a title such as `د.` counts), no digits. */
const HEADLINE_WRITER = /^([^\d٠-٩:："«»]{3,50}?)\s+[يت]كتب\s*[:：]/;

/**
 * The writer an opinion column's headline names (`سامح الدمرداش يكتب: الامتحانات في زمن الوباء`), or undefined.
 * The name is taken as the page writes it.
 *
 * @example headlineWriter('سامح الدمرداش يكتب: الامتحانات في زمن الوباء') // 'سامح الدمرداش'
 */
export function headlineWriter(headline: string): string | undefined {
  const name = HEADLINE_WRITER.exec(headline.trim())?.[1]?.trim();
  const words = name?.split(/\s+/).length ?? 0;
  return name && words >= 2 && words <= 5 ? name : undefined;
}

/**
 * Is a short line a byline that opens with a verb of writing (`كتبت - سارة منصور`, `بقلم: …`)? Such a
 * line names its writer wherever the page sets it.
 *
 * @example isWritingByline('كتبت - سارة منصور') // true
 */
export function isWritingByline(text: string): boolean {
  if (text.length > 80) return false;
  const first = matchKey(text).split(/[\s:：\-–—|\u0640]/, 1)[0]!;
  return WRITING_VERBS.has(first) && bylineNames(text) !== undefined;
}
const MEDIA_CREDITS = keys(MEDIA_CREDIT_OPENERS);
const CREDIT_AFTER_NAMES = new RegExp(`\\s*[-–—|،,]\\s*(?:${MEDIA_CREDIT_OPENERS.join('|')})(?![\\p{L}]).*$`, 'u');
const PUBLICATIONS = keys(PUBLICATION_WORDS);
const DATE_WORD_KEYS = new Set(keys(DATE_WORDS));
const PLACES = new Set(keys(PLACE_NAMES));
const SOURCES = keys(SOURCE_LABELS);
/** What every source label's first letters look like before normalisation (a cheap test first). */
const SOURCE_OPENING = /^[\s(]*(?:ال)?مص|^[\s(]*source|^[\s(]*(?:هذا )?(?:الخبر )?منقول|^[\s(]*نقل/i;

/**
 * `key` without its trailing run of TRAILING_CHAR, scanning back from the end. (The regex
 * `/[…]+$/` retries from every position of a run that does not reach the end: quadratic,
 * minutes on a paragraph of 100k `: : :`.)
 */
function trimTrailing(key: string): string {
  let end = key.length;
  while (end > 0 && TRAILING_CHAR.test(key[end - 1]!)) end--;
  return end === key.length ? key : key.slice(0, end);
}

const bare = (key: string): string => trimTrailing(key.replace(LEADING, ''));

const SPACE = 32;
const COLON = 58;

/** `اقرأ أيضا: …`, `طالع أيضا` — a line that sends the reader to another story. */
export function isReadAlso(text: string): boolean {
  return isReadAlsoKey(matchKey(text));
}

/** `isReadAlso` of a line's `matchKey` (for callers that already hold the key). */
export function isReadAlsoKey(key: string): boolean {
  const k = bare(key);
  // k is p, or starts with `p ` or `p:` (no per-phrase string building: this runs on every paragraph).
  if (READ_ALSO.some((p) => k.startsWith(p) && (k.length === p.length || k.charCodeAt(p.length) === SPACE || k.charCodeAt(p.length) === COLON))) return true;
  // `واقرأ أيضًا:` — with the conjunction only a label (its colon or the line's end), or a `read` verb, which opens no sentence.
  const r = afterConjunction(k);
  return r !== undefined && READ_ALSO_VERBS.some((p) => r.startsWith(p) && (r.length === p.length || r.charCodeAt(p.length) === COLON || (p.startsWith(READ) && r.charCodeAt(p.length) === SPACE)));
}

const WAW = 0x648;
const FAA = 0x641;
/** A key less the `و`/`ف` it opens with (`واقرا`, `و اقرا`), or undefined when it opens with neither. */
function afterConjunction(k: string): string | undefined {
  const c = k.charCodeAt(0);
  return c === WAW || c === FAA ? k.slice(k.charCodeAt(1) === SPACE ? 2 : 1) : undefined;
}
const READ = matchKey('اقرأ');
/** Read-also phrases that open with an imperative (`اقرأ`, `طالع`, `شاهد`): the ones a `و`/`ف` is put before. */
const READ_ALSO_VERBS = READ_ALSO.filter((p) => ['اقرأ', 'طالع', 'شاهد', 'انظر', 'تصفح', 'تابع'].some((v) => p.startsWith(matchKey(v))));

const FIELDS: ReadonlySet<string> = new Set(keys(FIELD_LABELS));

/**
 * A meta field's label alone on its line, with its colon (`المصدر:`): its value follows apart.
 *
 * @example isFieldLabel('المصدر:') // true
 */
export function isFieldLabel(text: string): boolean {
  const t = text.trim();
  return t.length <= 20 && /[:：]$/.test(t) && FIELDS.has(bare(matchKey(t)));
}

/**
 * Does a line end with a meta field's label and colon, its value set apart after it (`(MENAFN- Al-Bayan) المصدر:`)?
 *
 * @example endsWithFieldLabel('(MENAFN- Al-Bayan) المصدر:') // true
 */
export function endsWithFieldLabel(text: string): boolean {
  if (text.length > MAX_STAMP_WITH_LABEL || !/[:：]\s*$/.test(text)) return false;
  const words = text.replace(/[:：]\s*$/, '').trim().split(/\s+/);
  return isFieldLabel(`${words[words.length - 1]!}:`) || (words.length > 1 && isFieldLabel(`${words.slice(-2).join(' ')}:`));
}
const MAX_STAMP_WITH_LABEL = 80;

/** A widget title or chrome label standing alone (`الأكثر قراءة`, `شارك`, `إعلان`, `12 مشاركة`). */
export function isWidgetTitle(text: string): boolean {
  const k = bare(matchKey(text));
  // A counter (`عدد المشاهدات: 512`, `12 مشاركة`, `قراءة : 8 مرات`): its number, unit and the label's colon aside.
  return WIDGETS.has(k) || WIDGETS.has(bare(k.replace(/^[\d.,\s]+|[\d.,\s]+(?:مره|مرات)?$/g, '')));
}

/**
 * The section a story is filed under, label and value on one short line (`الفئـة : الجـزائـر`).
 *
 * @example isSectionLine('الفئـة : الجـزائـر') // true
 */
export function isSectionLine(text: string): boolean {
  if (text.length > 40) return false;
  const m = /^([^:：]{2,16})[:：]\s*(\S+(?:\s\S+){0,2})$/.exec(text.trim());
  return m !== null && SECTIONS.has(bare(matchKey(m[1]!))) && !/[.!?؟]$/.test(m[2]!);
}
const SECTIONS = new Set(SECTION_LABELS.map((w) => bare(matchKey(w))));

/**
 * A read-also opener with nothing after it (`قد يهمك أيضًا :`): the lines that follow
 * are the other stories' headlines, even when they are not links.
 */
export function isReadAlsoOpener(text: string): boolean {
  const k = bare(matchKey(text));
  if (READ_ALSO.includes(k)) return true;
  const r = afterConjunction(k);
  return r !== undefined && READ_ALSO_VERBS.includes(r);
}

/** A promotional/social line (follow us on Google News, join our Telegram channel…). */
export function isPromo(text: string): boolean {
  return isPromoKey(matchKey(text));
}

/** `isPromo` of a line's `matchKey`. */
export function isPromoKey(key: string): boolean {
  if (PROMOS.test(key)) return true;
  // A story's sentence may mention a privacy policy, a subscription or a link to click
  // (`… من خلال رابط التسجيل اضغط هنا.`): those words make a promo only of a short line, or opening one.
  return key.length <= WEAK_PROMO_LINE ? WEAK_PROMOS.test(key) : WEAK_PROMO_OPENING.test(key);
}
const WEAK_PROMO_ALTERNATION = keys(WEAK_PROMO_PHRASES).map(escapeRegExp).join('|');
const WEAK_PROMOS = new RegExp(WEAK_PROMO_ALTERNATION);
/** Characters of a line that such words make a promo wherever they stand. */
const WEAK_PROMO_LINE = 80;
/** A longer line opening with them (a bullet or a dash before them at most). */
const WEAK_PROMO_OPENING = new RegExp(`^.{0,3}(?:${WEAK_PROMO_ALTERNATION})`);

const CREDIT_LINE = /^(?:©\s*)?[A-Z][A-Za-z.'&-]*(?:\s+[A-Za-z.'&-]+)*(?:\s*\/\s*[A-Z][A-Za-z.'&-]*(?:\s+[A-Za-z.'&-]+)*)+$|^©/;

/**
 * Does the line open with a picture or video credit (`تصوير: …`, `عدسة - …`)? A name after it is the
 * photographer's, not the author's.
 *
 * @example opensMediaCredit('تصوير: أحمد حسن') // true
 */
export function opensMediaCredit(text: string): boolean {
  const k = matchKey(text).replace(LEADING, '');
  return MEDIA_CREDITS.some((w) => k.startsWith(w) && (k.length === w.length || !/\p{L}/u.test(k[w.length]!)));
}

/**
 * Is the text the name of a place (a capital, a large city, a country)?
 *
 * @example isPlaceName('جدة') // true
 */
export function isPlaceName(text: string): boolean {
  const k = bare(matchKey(text));
  return PLACES.has(k) || PLACES.has(k.replace(PLACE_WORD, '')) || REGION.test(k);
}
/** A region word and one or two words after it (`الساحل الشرقي`). */
const REGION = new RegExp(`^(?:${keys(REGION_WORDS).join('|')})(?: [^ ]+){1,2}$`);
const NON_NAME_WORDS: ReadonlySet<string> = new Set(keys(NOT_IN_NAMES));
/** Words a signed name runs to (`محمد عبد الله الحسيني`). */
export const MAX_NAME_WORDS = 4;

/**
 * Could a short line be a writer's signature under the story (`لمى الحسن`)? Two to four words of
 * Arabic letters only, none a particle, not a place, a label or a paper (`صحيفة الصيحة`).
 *
 * @example isSignatureLine('لمى الحسن') // true
 * @example isSignatureLine('والله ولي التوفيق') // false
 */
export function isSignatureLine(text: string): boolean {
  const t = text.trim();
  if (t.length > 40 || !/^[\u0621-\u064A\u0671-\u06D3\u0640\u064B-\u0652 ]+$/.test(t)) return false;
  const words = bare(matchKey(t)).split(' ');
  if (words.length < 2 || words.length > MAX_NAME_WORDS || words.some((w) => NON_NAME_WORDS.has(w))) return false;
  return !isPlaceName(t) && !isWidgetTitle(t) && !isDateLabel(t) && !namesPublication(t);
}

/**
 * A writer's name marked for a footnote (`كارلا فيشر *`, `سامي خليل ٭`): opinion pages name the writer so above the
 * text and say who they are, or which outlet the column comes from, in a line under it that opens with the mark
 * (`* بلومبيرج`). The name, or undefined.
 *
 * @example footnotedName('كارلا فيشر *') // 'كارلا فيشر'
 * @example footnotedName('* بلومبيرج') // undefined (the mark opens it: the footnote itself)
 */
export function footnotedName(text: string): string | undefined {
  // A name is short: a longer line is not tried (the pattern's name and spaces overlap).
  if (text.length > MAX_FOOTNOTED_LINE) return undefined;
  const name = FOOTNOTED_NAME.exec(text.trim())?.[1];
  return name !== undefined && isSignatureLine(name) ? name.trim() : undefined;
}
const MAX_FOOTNOTED_LINE = 60;
/** A name, then the mark a footnote is tied to its line with: an asterisk, the Arabic five-pointed star. */
const FOOTNOTED_NAME = /^([^*\u066D\u2217]{3,40}?)\s*[*\u066D\u2217]$/u;
/**
 * Does a line open with a footnote's mark (`* بلومبيرج`, `٭ كاتب وباحث سياسي`)?
 *
 * @example isFootnote('* بلومبيرج') // true
 */
export function isFootnote(text: string): boolean {
  return FOOTNOTE_LINE.test(text);
}
const FOOTNOTE_LINE = /^\s*[*\u066D\u2217]\s*\p{L}/u;

const SITE_SELF = new Set(keys(SITE_SELF_WORDS));
const PLACEHOLDERS = new Set(keys(PLACEHOLDER_TAGS));
const TAG_LABELS = new Set(keys(TAG_LIST_LABELS));
const CONTINUATIONS = keys(CONTINUATION_OPENERS);
const ROLES = keys(ROLE_OPENERS);

/**
 * Does a byline part open with a writer's job (`صحافي بالقسم الرياضي`, `مراسلة الموقع`)? It describes the name
 * before it; it is no name.
 *
 * @example opensWithRole('صحافي بالقسم الرياضي') // true
 * @example opensWithRole('صحافيون بلا حدود') // false
 */
export function opensWithRole(text: string): boolean {
  return opensWithOneOf(ROLES, text);
}

/** Does `text` open with one of `keys` (matchKey form) as a whole word? Its first 40 characters are read. */
function opensWithOneOf(keys: readonly string[], text: string): boolean {
  const k = matchKey(text.slice(0, 40));
  return keys.some((c) => k.startsWith(c) && (k.length === c.length || !/[\p{L}\p{N}]/u.test(k[c.length]!)));
}
/** Function words: a line holding one is a sentence, not a place and a name. */
const STOP = new Set(keys(STOPWORDS));
/** Self-descriptions a site's own keyword list holds at least. */
const MIN_SITE_SELF_WORDS = 3;

/**
 * Is a keyword list the one a site writes on every page about itself (`صحيفة, أونلاين, أخبار, البحرين, جريدة`),
 * rather than the story's? Three words a site calls itself by say so.
 *
 * @example describesSite(['صحيفة', 'أونلاين', 'أخبار', 'البحرين', 'جريدة']) // true
 * @example describesSite(['كورونا', 'الصحة', 'أخبار']) // false
 */
export function describesSite(tags: readonly string[]): boolean {
  let n = 0;
  for (const t of tags) if (SITE_SELF.has(matchKey(t)) && ++n >= MIN_SITE_SELF_WORDS) return true;
  return false;
}

/**
 * Does a paragraph open by going on from the one before (`وأضاف الوزير …`, `كما أعلنت …`, `من جهته، …`)?
 *
 * @example opensContinuation('وأضاف الوزير أن المراكز ستعمل قريبا') // true
 * @example opensContinuation('وزير الصحة يفتتح ثلاثة مراكز') // false
 */
export function opensContinuation(text: string): boolean {
  return opensWithOneOf(CONTINUATIONS, text);
}

/**
 * Is `text` the story's opening sentence, set apart (a lead box, a heading), with `next` going on from it? It ends a
 * sentence, and `next` opens with a continuation (see opensContinuation) — no story opens with one; a deck ends none.
 *
 * @example goesOnFrom('افتتح الوزير ثلاثة مراكز صحية.', 'وأضاف الوزير أن …') // true
 * @example goesOnFrom('افتتاح ثلاثة مراكز صحية', 'وأضاف الوزير أن …') // false
 */
export function goesOnFrom(text: string, next: string): boolean {
  return SENTENCE_FINAL.test(text) && opensContinuation(next);
}
/** A sentence's last mark, Arabic or Latin, or a closing quote or bracket after it. */
const SENTENCE_FINAL = /[.!?؟…»"”)]\s*$/;

/**
 * Is this the label of a story's list of tag links (`الكلمات الدالة`, `وسوم`, `Tags`)?
 *
 * @example isTagListLabel('الكلمات المفتاحية') // true
 * @example isTagListLabel('الأكثر قراءة') // false
 */
export function isTagListLabel(text: string): boolean {
  return TAG_LABELS.has(matchKey(text));
}

/**
 * Is a keyword a template's placeholder or a CMS flag rather than a topic (`تاغ`, `featured`)?
 *
 * @example isPlaceholderTag('تاغ') // true
 * @example isPlaceholderTag('{{article.title}}') // true
 */
export function isPlaceholderTag(tag: string): boolean {
  return PLACEHOLDERS.has(matchKey(tag)) || TEMPLATE_EXPRESSION.test(tag);
}
/** A template's expression left unrendered (`{{article.title}}`, `{% tag %}`, `<%= tag %>`, `${tag}`): a script fills it in. */
const TEMPLATE_EXPRESSION = /\{\{|\{%|<%|\$\{/;

/**
 * An editor's initials on a line of their own under a wire story (`ع ب ح`, after `(النهاية)`): single
 * letters, or a desk's slug of letter pairs (`م.ع/ ف.ع`), not an agency's (`أ ش أ`).
 *
 * @example isEditorInitials('ع ب ح') // true
 * @example isEditorInitials('م.ع/ ف.ع') // true
 * @example isEditorInitials('أ ش أ') // false
 */
export function isEditorInitials(text: string): boolean {
  const t = text.trim();
  if (INITIALS.test(t)) return !AGENCIES_BY_INITIALS.has(matchKey(t));
  // A desk's slug of initials set with dots and slashes (`م.ع/ ف.ع`, `ي.ك`, `ن ش/اص/ب ط`), not an agency's (`د.ب.أ`).
  return t.length <= MAX_SLUG_CHARS && /[./]/.test(t) && SLUG_INITIALS.test(t) && !AGENCIES_BY_INITIALS.has(matchKey(t.replace(/[\s./]+/g, ' ').trim()));
}
const INITIALS = /^[\u0621-\u064A](?:\s+[\u0621-\u064A]){1,3}$/;
/** Groups of one or two letters parted by dots, slashes or spaces, a closing dot allowed. */
const SLUG_INITIALS = /^[\u0621-\u064A]{1,2}(?:\s*[./\s]\s*[\u0621-\u064A]{1,2}){1,7}\.?$/;
const MAX_SLUG_CHARS = 24;

/**
 * Is a line only the word a wire story ends on (`انتهى`, `(انتهی)`, `-انتهى-`, `انتهى ** 2344`)?
 *
 * @example isEndMarker('(انتهى)') // true
 * @example isEndMarker('انتهى الاجتماع بعد ساعتين') // false
 */
export function isEndMarker(text: string): boolean {
  if (text.length > 30) return false;
  return END_KEYS.has(matchKey(text).replace(/[\d*()[\]{}«»"'.,،:;\/_=~–—-]+/g, ' ').replace(/\s+/g, ' ').trim());
}
const END_KEYS: ReadonlySet<string> = new Set(END_MARKERS.map(matchKey));

/**
 * Is a login one a CMS installs (`admin`, `editor`), naming nobody?
 *
 * @example isGenericLogin('Admin') // true
 */
export function isGenericLogin(login: string): boolean {
  return GENERIC_LOGIN_SET.has(login.trim().toLowerCase());
}
const GENERIC_LOGIN_SET: ReadonlySet<string> = new Set(GENERIC_LOGINS);
const AGENCIES_BY_INITIALS = new Set(AGENCY_INITIALS.map(matchKey));

/**
 * A byline's names joined by a free-standing `و` (`سامح عادل و منى فؤاد`, `هاني فؤاد و رويترز`) — when
 * every part is a full name or an agency; else the text whole. A `و` written onto the next name
 * (`سعيد الحلواني وعبد الرحمن موسى`) stays: it cannot be told from a name's own first letter (`وليد`) — except
 * before the agencies (`هاني فؤاد ووكالات`).
 *
 * @example splitOnAnd('سامح عادل و منى فؤاد') // ['سامح عادل', 'منى فؤاد']
 * @example splitOnAnd('سعيد الحلواني وعبد الرحمن موسى') // ['سعيد الحلواني وعبد الرحمن موسى']
 * @example splitOnAnd('هاني فؤاد ووكالات') // ['هاني فؤاد', 'وكالات']
 */
export function splitOnAnd(name: string): string[] {
  const text = name.replace(GLUED_AGENCIES, ' و $1');
  if (!AND.test(text)) return [name];
  const parts = text.split(AND).map((p) => p.trim());
  const fits = (p: string): boolean => AGENCIES.has(matchKey(p)) || (/^[^\s():：]+(?:\s[^\s():：]+){1,4}$/.test(p) && !NON_NAME_WORDS.has(bare(matchKey(p)).split(' ')[0]!));
  return parts.length <= 4 && parts.every(fits) ? parts : [name];
}
const AND = /\s+و\s+/;
/** `فلان ووكالات`: the `و` written onto the agencies, which no name begins with. */
const GLUED_AGENCIES = /\s+و((?:ال)?وكالات(?:\s+الأنباء)?)$/;
const AGENCIES = new Set(NEWS_AGENCIES.map(matchKey));

/**
 * The agency a line names and nothing else (`وكالات:`, `(رويترز)`, `أ ش أ -`): the story's source set on a line of its
 * own, or undefined.
 *
 * @example agencyLine('وكالات:') // 'وكالات'
 */
export function agencyLine(text: string): string | undefined {
  if (text.length > 40) return undefined;
  const name = text.trim().replace(/[\s:：\-–—ـ]+$/, '').replace(/^\((.*)\)$/, '$1').trim();
  return AGENCIES.has(matchKey(name)) ? name : undefined;
}

/** `محافظة المنيا`, `مدينة جدة`: the place is the name after the word. */
const PLACE_WORD = /^(?:محافظه|مدينه|ولايه|اماره|امارة|منطقه)\s+/;

/**
 * Is the text a date's label alone (`التاريخ`, `تاريخ النشر:`, `آخر تحديث`)?
 *
 * @example isDateLabel('التاريخ:') // true
 */
export function isDateLabel(text: string): boolean {
  const k = bare(matchKey(text));
  return DATE_WORD_KEYS.has(k) || PUBLISHED.includes(k) || UPDATED.includes(k);
}

/**
 * A meta row's label standing alone, its colon or not (`التاريخ`, `Date`, `Category`, `المصدر:`): the
 * label of a field whose value is set apart from it.
 *
 * @example isMetaLabel('Category') // true
 * @example isMetaLabel('التاريخ') // true
 */
export function isMetaLabel(text: string): boolean {
  if (text.length > MAX_META_LABEL) return false;
  const k = bare(matchKey(text));
  return isDateLabel(text) || SECTIONS.has(k) || FIELDS.has(k);
}
const MAX_META_LABEL = 24;

const OUTLETS = keys(OUTLET_WORDS);

/**
 * Does a name name an outlet (a publication, an agency, a channel) rather than a person?
 *
 * @example namesOutlet('وكالة الأنباء') // true
 */
export function namesOutlet(name: string): boolean {
  const k = matchKey(name).trim();
  return namesPublication(name) || OUTLETS.some((w) => k.startsWith(`${w} `));
}

/**
 * Does the name open with a publication word (`صحيفة …`, `جريدة …`, `موقع …`)?
 *
 * @example namesPublication('صحيفة سبق الإلكترونية') // true
 */
export function namesPublication(name: string): boolean {
  const k = matchKey(name).trim();
  return PUBLICATIONS.some((w) => k.startsWith(`${w} `));
}

const TEAMS = keys(TEAM_WORDS);

/**
 * Does the name name a newsroom's team, not a writer (`فريق رؤيا الإخباري`, `أسرة التحرير`, `Staff`)?
 *
 * @example namesTeam('فريق التحرير') // true
 */
export function namesTeam(name: string): boolean {
  const k = matchKey(name).trim();
  return TEAMS.some((w) => k === w || k.startsWith(`${w} `));
}

/**
 * The dateline a story opens with, on a line of its own: a place, a dash, a source
 * (`القاهرة - أ ش أ`, `طشقند ـ العرب اليوم`, `دبي - العربية.نت`) — a few words, no sentence.
 *
 * @example isDatelineLine('طشقند ـ العرب اليوم') // true
 * @example isDatelineLine('عمان - الدستور - سلمى الخطيب') // true
 */
export function isDatelineLine(text: string): boolean {
  // A print edition ends it with a colon (`الرياض - فهد العتيبي:`), which says so for a longer place and name too
  // (`ريو دي جانيرو - أ ف ب:`, `الرياض - محمد بن سعد العتيبي:`).
  const trimmed = text.trim();
  const t = trimmed.replace(/\s*[:：]$/, '');
  if (t.length <= 40 && DATELINE_LINE.test(t)) return true;
  // A place, the paper and the reporter (`عمان - الدستور - سلمى الخطيب`, Anadolu's `أنقرة/ فلان/ الأناضول`): three short parts.
  if (t.length <= 50 && THREE_PART_DATELINE.test(t)) return true;
  return t !== trimmed && t.length <= 50 && COLON_DATELINE_LINE.test(t) && !t.split(/[\s\-–—ـ]+/).some((w) => STOP.has(matchKey(w))) && !opensContinuation(t);
}
const DATELINE_LINE = /^[^\s\d.،,:!?؟]+(?:\s[^\s\d.،,:!?؟]+)?\s*[-–—ـ]+\s*[^\s\d،,:!?؟]+(?:\s[^\s\d،,:!?؟]+){0,2}$/;
const THREE_PART_DATELINE = /^[^\s\d.،,:!?؟\-–—ـ/]+(?:\s[^\s\d.،,:!?؟\-–—ـ/]+)?\s*[-–—ـ/]+\s*[^\s\d.،,:!?؟\-–—ـ/]+(?:\s[^\s\d.،,:!?؟\-–—ـ/]+){0,2}\s*[-–—ـ/]+\s*[^\s\d،,:!?؟\-–—ـ/]+(?:\s[^\s\d،,:!?؟\-–—ـ/]+){0,2}$/;
const COLON_DATELINE_LINE = /^[^\s\d.،,:!?؟]+(?:\s[^\s\d.،,:!?؟]+){0,2}\s*[-–—ـ]+\s*[^\s\d،,:!?؟]+(?:\s[^\s\d،,:!?؟]+){0,4}$/;

/**
 * Does the text open with a dateline, as a story's first paragraph does: a place the lexicon knows, perhaps its
 * source in brackets, then a dash or a colon (`طهران(إسنا) - عقد …`, `القاهرة - أعلن …`)?
 *
 * @example opensWithDateline('طهران(إسنا) - عقد الوزير اجتماعا') // true
 * @example opensWithDateline('شركات ملاحة تتحدث عن تأخير') // false
 */
export function opensWithDateline(text: string): boolean {
  const m = DATELINE_OPENING.exec(text);
  return m !== null && isPlaceName(m[1]!);
}
const DATELINE_OPENING = /^\s*([^\s\d.،,:!?؟()\-–—ـ]+(?:\s[^\s\d.،,:!?؟()\-–—ـ]+)?)\s*(?:\([^()]{1,30}\)\s*)?[-–—ـ:]/;

/**
 * The label a template sets before a picture's caption or its source (`التعليق على الصورة، …`, `صدر الصورة، Getty
 * Images`): which one, and the text after it; undefined when the text opens with neither.
 *
 * @example captionLabel('صدر الصورة، Getty Images') // { kind: 'source', rest: 'Getty Images' }
 * @example captionLabel('التعليق على الصورة،') // { kind: 'caption', rest: '' }
 */
export function captionLabel(text: string): { kind: 'caption' | 'source'; rest: string } | undefined {
  const t = text.trim();
  // Asked of every short line: the opening's key is made once, then compared with each label.
  const opening = matchKey(t.slice(0, LONGEST_LABEL + 2));
  for (const [kind, labels] of [['caption', CAPTION_LABEL_KEYS], ['source', SOURCE_LABEL_KEYS]] as const) {
    const label = labels.find((l) => opening.startsWith(l));
    if (label === undefined) continue;
    const m = /^[^،,:：]*[،,:：]\s*/.exec(t);
    if (m && m[0].length <= label.length + 3) return { kind, rest: t.slice(m[0].length).trim() };
    if (matchKey(t) === label) return { kind, rest: '' };
  }
  return undefined;
}
const CAPTION_LABEL_KEYS = keys(CAPTION_LABELS);
const SOURCE_LABEL_KEYS = keys(PICTURE_SOURCE_LABELS);
const LONGEST_LABEL = Math.max(...[...CAPTION_LABEL_KEYS, ...SOURCE_LABEL_KEYS].map((l) => l.length));

/** A photo-credit line standing alone (`REUTERS / AMR ABDALLAH`, `© AFP`). */
export function isCreditLine(text: string): boolean {
  const t = text.trim();
  return t.length <= 80 && (CREDIT_LINE.test(t) || isSourceLine(t) || isPhotoCredit(t) || captionLabel(t)?.kind === 'source');
}

/** `تصوير : آخرون`, `عدسة: …`: a photo credit with its colon and a few words, whoever it names. */
function isPhotoCredit(text: string): boolean {
  if (text.length > MAX_PHOTO_CREDIT || !/[:：]/.test(text)) return false;
  const k = matchKey(text).replace(LEADING, '');
  return CREDIT_VERBS.some((w) => k.startsWith(w) && /^\s*[:：]/.test(k.slice(w.length)));
}
/** Openers that credit the one who made a picture or a video (not `صورة:`/`فيديو:`, which title one). */
const CREDIT_VERBS = keys(['تصوير', 'عدسة', 'كاميرا', 'مونتاج', 'جرافيك', 'رسوم']);
const MAX_PHOTO_CREDIT = 60;

/**
 * A source line: a label, a colon and a few words.
 *
 * @example isSourceLine('المصدر: وكالة الأناضول') // true
 * @example isSourceLine('المصدر : الجزيرة + وكالات') // true
 */
export function isSourceLine(text: string): boolean {
  if (!SOURCE_OPENING.test(text)) return false; // most lines: no spelling key to build
  const k = matchKey(text);
  return SOURCES.some((w) => k.startsWith(w) && /^\s*[:：]/.test(k.slice(w.length)) && k.split(/\s+/).length <= 8);
}

/** A dateline naming the site (`طشقند ـ العرب اليوم`): short, ending in one of its names. */
export function isSiteDateline(text: string, siteNames: readonly string[]): boolean {
  if (text.length > 70) return false;
  // matchKey drops the tatweel, which datelines use as a dash (`طشقند ـ العرب اليوم`): make it one first.
  const k = matchKey(text.replace(/\s\u0640+\s/g, ' - ')).replace(/[\s:)(]+$/, '');
  return siteNames.some((n) => {
    const s = matchKey(n);
    return s.length > 2 && k !== s && k.endsWith(s) && /[-–—ـ|/]\s*$/.test(k.slice(0, k.length - s.length));
  });
}

/**
 * May the line hold a published/updated label (a stem of one, as written)? The quick test before `dateLabelOf`.
 *
 * @example mayHoldDateLabel('آخر تعديل : السبت 2020-01-04') // true
 */
export function mayHoldDateLabel(text: string): boolean {
  return DATE_LABEL_STEMS.test(text);
}

/** The published/updated label a text starts with (matchKey form), if any. */
export function dateLabelOf(text: string): { kind: 'published' | 'updated'; length: number } | undefined {
  const k = bare(matchKey(text)).replace(/^[\s(]+/, '');
  // The label is a whole word: `نشرت المطربة صورة` opens a sentence with a verb, not with `نشر`.
  const whole = (p: string): boolean => k.startsWith(p) && LABEL_END.test(k.charAt(p.length));
  for (const p of UPDATED) if (whole(p)) return { kind: 'updated', length: p.length };
  for (const p of PUBLISHED) if (whole(p)) return { kind: 'published', length: p.length };
  return undefined;
}
/** What may follow a date label: nothing, a space, its colon or bar, a dash, a bracket or a digit. */
const LABEL_END = /^$|^[\s:：|\-–—()\d\u0660-\u0669]/;

/** Where a published/updated label occurs inside a line (`… | آخر تحديث: …`), in matchKey offsets. */
export function dateLabelsIn(key: string): Array<{ kind: 'published' | 'updated'; index: number; length: number }> {
  const out: Array<{ kind: 'published' | 'updated'; index: number; length: number }> = [];
  const taken: Array<[number, number]> = [];
  for (const [kind, list] of [['updated', UPDATED], ['published', PUBLISHED]] as const) {
    for (const p of list) {
      let i = key.indexOf(p);
      while (i >= 0) {
        const before = i === 0 ? ' ' : key[i - 1]!;
        const after = key[i + p.length] ?? ' ';
        const free = !taken.some(([a, b]) => i < b && i + p.length > a);
        if (/[\s|:(\-]/.test(before) && /[\s:|\-]/.test(after) && free) {
          out.push({ kind, index: i, length: p.length });
          taken.push([i, i + p.length]);
        }
        i = key.indexOf(p, i + 1);
      }
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Words one name of a byline may run to (a title before it too: `اللواء أركان حرب فلان`). */
const MAX_BYLINE_NAME_WORDS = 5;

/**
 * Three names or more parted by spaced dashes, slashes or underscores (`أحمد سامي - منى فؤاد - كريم حسن`): each a
 * name, when every part is a full name and none a place. Two (`فلان - فلان`, or a place and a name) fit one name's
 * length and are parted later, where the place is told from the person.
 */
function splitNameRun(text: string): string[] {
  if (text.split(/\s+/).length <= MAX_BYLINE_NAME_WORDS) return [text];
  const parts = text.split(/\s+[-–—/\\]+\s+|\s*_+\s*/).map((p) => p.trim());
  const isName = (p: string): boolean => {
    const words = p.split(/\s+/).length;
    return words >= 2 && words <= MAX_NAME_WORDS && !isPlaceName(p);
  };
  return parts.length > 2 && parts.every(isName) ? parts : [text];
}

/**
 * The names of a byline (`كتب: فلان الفلاني`, `بقلم فلان وفلان`), or undefined when the
 * line is not one. Only short lines qualify.
 */
export function bylineNames(text: string, inBylineBox = false): string[] | undefined {
  if (text.length > 80) return undefined;
  const k = matchKey(text);
  for (const p of inBylineBox ? BOX_BYLINES : BYLINES) {
    if (!k.startsWith(p)) continue;
    const rest = k.slice(p.length);
    if (!/^\s*[:：\-–—|]|^\s+\S/.test(rest)) continue;
    // A noun (`تحرير`, `تقرير`, `متابعة`, `من`) opens sentences too (`تحرير 35 محضرا.`): only with its colon or dash.
    // In a box the page marks as its byline, the noun is the field's label (`<span>تحرير</span> <strong>…`).
    if (!inBylineBox && !WRITING_VERBS.has(p.split(' ', 1)[0]!) && !/^\s*[:：\-–—|]/.test(rest)) continue;
    const words = p.split(' ').filter((w) => /\p{L}/u.test(w)).length;
    const names = text
      .trim()
      // The label's words, each up to its separator (`كتب-سامي نادر`: the dash may touch the name).
      .replace(new RegExp(`^([^\\s:：\\-–—|\u0640]+[\\s:：\\-–—|\u0640]*){${words}}`), '')
      .replace(/^[\s:：\-–—|\u0640]+/, '')
      // A picture or video credit after the names (`كتب سامي نادر - تصوير هاني فريد`) is no writer.
      .replace(CREDIT_AFTER_NAMES, '')
      // Lists split on commas, and on a free-standing `و` between full names; `فلان وفلان` stays as the page writes it.
      .split(/\s*[،,]\s*/)
      .flatMap(splitOnAnd)
      .flatMap(splitNameRun)
      .map((s) => s.trim().replace(/[\s:：\-–—]+$/, ''))
      // A name has no number and no sentence end (`35 محضرا.` is a count, not a person); a brand's digits stand in its
      // word (`فرانس24`, `عربي21`).
      .filter((s) => s.length > 1 && s.split(/\s+/).length <= MAX_BYLINE_NAME_WORDS && !/(?:^|\s)[\d٠-٩۰-۹]|[.!?؟]$/.test(s));
    return names.length ? names : undefined;
  }
  return undefined;
}

export { matchKey } from './match.js';
export { spellsLatinName } from './transliteration.js';
