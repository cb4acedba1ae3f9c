/**
 * المصري اليوم (almasryalyoum.com): one Foundation/ASP.NET MVC template
 * (`div.main-article` → `div.article`). The only visible date is relative (`منذ 7 ساعات`),
 * so the publication time comes from JSON-LD `datePublished` (`6/21/2020 12:36:04 PM`) or
 * the container's `data-publishDate` (`21/Jun/2020 12:36:04.687 PM`) — both zone-less
 * Cairo wall-clock time. See docs/sites/almasryalyoum.com.md.
 */
import type { ArticleDate, ArticleImage } from '../article.js';
import { defineAdapter } from '../adapt/define-adapter.js';
import type { AdapterContext } from '../adapt/types.js';
import { isoAtOffset, zonedWall } from '../dates/zone.js';

const ZONE = 'Africa/Cairo';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// 6/21/2020 12:36:04 PM (JSON-LD, US order) and 21/Jun/2020 12:36:04.687 PM (data-publishDate).
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*([AP]M)?$/i;
const NAMED = /^(\d{1,2})\/([A-Za-z]{3})[A-Za-z]*\/(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*([AP]M)?$/i;


/** A zone-less local `M/D/YYYY h:mm:ss AM` (or `D/Mon/YYYY …`) as ISO with Cairo's offset on that day. */
function cairoIso(value: string): string | undefined {
  const v = value.trim();
  let y: number, mo: number, d: number, h: number, mi: number, s: number, ampm: string | undefined;
  let m = US.exec(v);
  if (m) {
    [mo, d, y, h, mi] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])];
    s = Number(m[6] ?? 0);
    ampm = m[7];
  } else if ((m = NAMED.exec(v))) {
    mo = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
    [d, y, h, mi] = [Number(m[1]), Number(m[3]), Number(m[4]), Number(m[5])];
    s = Number(m[6] ?? 0);
    ampm = m[7];
  } else return undefined;
  if (ampm) {
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (/p/i.test(ampm) ? 12 : 0);
  }
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return undefined;
  // Cairo's wall clock then, with the offset in force at that instant.
  const { instant, offset } = zonedWall(Date.UTC(y, mo - 1, d, h, mi, s), { kind: 'iana', name: ZONE });
  return isoAtOffset(instant, offset);
}

interface LdArticle {
  '@type'?: string | string[];
  datePublished?: string;
  dateModified?: string;
}

function ldArticle(ctx: AdapterContext): LdArticle | undefined {
  return ctx.jsonLd.find((o) => {
    const t = o['@type'];
    return (Array.isArray(t) ? t : [t]).some((x) => typeof x === 'string' && /Article/.test(x));
  }) as LdArticle | undefined;
}

function published(ctx: AdapterContext): ArticleDate | undefined {
  const ld = ldArticle(ctx)?.datePublished;
  const attr = ctx.$('div.main-article[data-publishDate]')?.getAttribute('data-publishDate') ?? undefined;
  for (const [text, source] of [[ld, 'json-ld'], [attr, 'page']] as const) {
    const iso = text ? cairoIso(text) : undefined;
    if (text && iso) return { iso, precision: 'minute', text, source };
  }
  return undefined;
}

/** JSON-LD dateModified, only when it differs from datePublished (equal values mean "never updated"). */
function updated(ctx: AdapterContext): ArticleDate | undefined {
  const ld = ldArticle(ctx);
  const text = ld?.dateModified?.trim();
  if (!text || text === ld?.datePublished?.trim()) return undefined;
  const iso = cairoIso(text);
  return iso ? { iso, precision: 'minute', text, source: 'json-ld' } : undefined;
}

/** The lead image with its `span.caption` (the photographer credit `span.imgauther` is not a caption). */
function leadImage(ctx: AdapterContext): ArticleImage | undefined {
  const img = ctx.$('div.article div.articleimg > img');
  const picture = ctx.image(img);
  if (!img || !picture) return undefined;
  const box = img.parentElement;
  const caption = ctx.text(ctx.$$('span.caption', box).find((el) => el.parentElement === box));
  return caption ? { ...picture, caption } : picture;
}

export default defineAdapter({
  id: 'almasryalyoum.com',
  name: 'المصري اليوم',
  domains: ['almasryalyoum.com'],
  timeZone: ZONE,
  match: (_doc, $) => !!$('div.main-article #NewsStory'),
  headline: ['div.article > h1.tit_2', 'div.main-article h1'],
  subheadline: 'div.article div.tit_4 > div.tit_5',
  authors: 'div.article div.pinfo a[href*="/editor/details/"]',
  published,
  updated,
  tags: 'div.article div.tags-u a',
  leadImage,
  body: 'div.article #NewsStory',
  remove: [
    '.smsBoxContainer-v1',
    '.news_SMSBox',
    '.min_related',
    '.read-more',
    '[id^=vid-player-container]',
    '#feedback',
    '#gtx-trans',
    '.CoronaContainer',
    '[id^=div-gpt-ad]',
  ],
});
