/**
 * Gather every date a page offers, each tagged with what it claims to be (published /
 * updated / unknown), where it came from, and where it sits in the document.
 */
import type { DateSource } from '../../article.js';
import type { ParsedDate } from '../../dates/types.js';
import { findArabicDates, parseArabicDate } from '../../dates/index.js';
import { dateLabelsIn, matchKey } from '../../lexicon/index.js';
import { attr } from '../../parse/dom.js';
import { normaliseText } from '../../normalise/text.js';
import type { JsonObject } from '../metadata/json-ld.js';
import { jsonLdStrings } from '../metadata/json-ld.js';
import type { PageIndex } from '../page-index.js';
import { metaValue } from '../page-index.js';
import { relabelByEpoch } from './epoch-offset.js';
import { withoutOffsetConflicts } from './offset-conflict.js';

export type DateKind = 'published' | 'updated' | 'unknown';

export interface DateCandidate {
  kind: DateKind;
  parsed: ParsedDate;
  text: string;
  source: DateSource;
  /** Document position for page candidates (smaller = earlier). */
  position?: number;
  /** A class/id of the element that says "date". */
  dateClass?: boolean;
  /** Called an update by hAtom's bare `updated` class alone, no label saying so (themes mark their one date so). */
  hAtomUpdated?: boolean;
}

/** hAtom's `updated` as a whole class token. */
export const HATOM_UPDATED = /(?:^|\s)updated(?:\s|$)/i;

export interface DateOptions {
  timeZone?: string;
  now: Date;
  clockOrder?: 'hour-first' | 'minute-first';
}

const PUBLISHED_METAS = ['article:published_time', 'og:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'article.published', 'sailthru.date', 'parsely-pub-date', 'dc.date.issued', 'dcterms.created', 'dc.date', 'date', 'article:published', 'published_time', 'cxenseparse:recs:publishtime', 'eomportal-lastupdate'];
const UPDATED_METAS = ['article:modified_time', 'og:updated_time', 'datemodified', 'article.updated', 'lastmod', 'last-modified', 'dc.date.modified', 'dcterms.modified', 'article:modified', 'modified_time'];

function parseMachine(value: string, opts: DateOptions): ParsedDate | null {
  // Metadata values are ISO-like; their own offset (or Z) rules. Without one, the site's zone.
  return parseArabicDate(value, opts);
}

/** JSON-LD and <meta> dates. */
export function metadataCandidates(index: PageIndex, article: JsonObject | undefined, opts: DateOptions): DateCandidate[] {
  const out: DateCandidate[] = [];
  const add = (kind: DateKind, value: string | undefined, source: DateSource): void => {
    if (!value) return;
    const parsed = parseMachine(value, opts);
    if (parsed) out.push({ kind, parsed, text: value, source });
  };
  if (article) {
    add('published', jsonLdStrings(article.datePublished)[0] ?? jsonLdStrings(article.dateCreated)[0], 'json-ld');
    add('updated', jsonLdStrings(article.dateModified)[0], 'json-ld');
  }
  add('published', metaValue(index, ...PUBLISHED_METAS), 'meta');
  add('updated', metaValue(index, ...UPDATED_METAS), 'meta');
  for (const [prop, kind] of [['datePublished', 'published'], ['dateModified', 'updated']] as const) {
    for (const el of index.itemprops.get(prop) ?? []) {
      add(kind, attr(el, 'datetime') ?? attr(el, 'content') ?? normaliseText(el.textContent ?? ''), 'meta');
    }
  }
  const epoch = metaValue(index, ...EPOCH_PUBLISHED_METAS);
  // An instant in seconds settles which offset a clock has; without one, a clock written with two offsets is unresolved.
  return epoch !== undefined && EPOCH_SECONDS.test(epoch) ? relabelByEpoch(out, Number(epoch) * 1000) : withoutOffsetConflicts(out);
}

/** Metas holding the publication instant in seconds since 1970 (a publishing platform's analytics field). */
const EPOCH_PUBLISHED_METAS = ['analytics:p_ts'];
const EPOCH_SECONDS = /^\d{9,11}$/;

/** A date written in the URL path: /2015/11/17/, /2015-11-17/, /2013/section/8/3/ (day precision). */
export function urlCandidate(url: URL | undefined): DateCandidate | undefined {
  if (!url) return undefined;
  // /2015/11/17/, /2015-11-17/, and /2013/middle_east/8/3/ (a section between year and month)
  const m = /\/((?:19|20)\d\d)(?:[/-]|\/[a-z_-]+\/)(0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/\-_.]|$)/i.exec(url.pathname);
  if (!m) return undefined;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return { kind: 'published', source: 'url', text: m[0], parsed: { iso, precision: 'day', calendar: 'gregorian', relative: false, zoned: false } };
}

/** Class/id/itemprop words of an element that shows a date. */
export const DATE_CLASS = /date|time|publish|posted|modif|updat|tarikh|taree5|waqt/i;

/**
 * Dates in one visible line: each date takes the label before it in the line
 * (`نشر في: … | آخر تحديث: …`), else `unknown`.
 */
/** What a date box's class says it holds: `node-changed-date`, `modified` → updated; `date-published`, `created` → published (a publish word wins: hAtom's `published updated`). */
function kindOfClass(words: string): DateKind {
  return /publish|created|posted/i.test(words) ? 'published' : /modif|updat|changed/i.test(words) ? 'updated' : 'unknown';
}

export function lineCandidates(el: Element, text: string, position: number, opts: DateOptions, found = findArabicDates(text, opts)): DateCandidate[] {
  if (!found.length) return [];
  const labels = dateLabelsIn(matchKey(text));
  const words = `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''} ${attr(el, 'itemprop') ?? ''}`;
  const dateClass = DATE_CLASS.test(words);
  // Class and id only: an itemprop is sometimes the other field's (`<label itemprop="dateModified">` under `تاريخ النشر`).
  // A <time> is read with its datetime by the page's <time> pass, which weighs its class itself.
  const classKind = dateClass && el.localName !== 'time' ? kindOfClass(`${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`) : 'unknown';
  const keyLen = matchKey(text).length;
  return found.map((f) => {
    // matchKey shortens text a little (diacritics); compare positions proportionally.
    const scale = keyLen / Math.max(1, text.length);
    const at = f.index * scale;
    const end = (f.index + f.text.length) * scale;
    // A label inside the date's own words (`الأربعاء 28 آب 2013، آخر تحديث 14:00`) names it; else the one before it.
    const label = labels.find((l) => l.index > at && l.index < end) ?? labels.filter((l) => l.index <= at).pop();
    const c: DateCandidate = { kind: label?.kind ?? classKind, parsed: f, text: f.text, source: 'page' as const, position, dateClass };
    if (!label && classKind === 'updated' && HATOM_UPDATED.test(attr(el, 'class') ?? '')) c.hAtomUpdated = true;
    return c;
  });
}
