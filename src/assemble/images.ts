/**
 * The Article's image list: the lead image first, then body images, each with the
 * caption and credit the page gives; a caption that belongs to no known image goes to
 * the lead image when that has none.
 */
import type { ArticleImage, Block } from '../article.js';
import { matchKey } from '../lexicon/match.js';
import { siteDomain } from '../normalise/site-url.js';

export interface CaptionIn {
  text: string;
  credit?: string;
  url?: string;
  /** The page shows the picture at `url`: listed with its caption when no image has it. */
  shown?: boolean;
}

/** A CMS's size variant before the extension (WordPress `-330x186.jpg`, `-768x432.webp`, `_16x9_600x338.JPG`). */
const SIZE_SUFFIX = /[-_]\d{2,4}x\d{2,4}(?=\.[a-z0-9]{3,4}$)/i;

/** WordPress's name for an edited or scaled-down original (`market-e1584733088345.jpg`, `market-scaled.jpg`), whose sizes keep the original's name. */
const WP_EDIT = /-(?:e\d{10,13}|scaled)(?=\.[a-z0-9]{3,4}$)/i;
/** An image server's size as the last path segments after the picture's id (`/GetImageCustom/<guid>/460/355`, `/<hex id>/400`). */
const SIZE_SEGMENTS = /(\/(?:[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}|[0-9a-f]{8,}))(?:\/\d{2,4}){1,2}$/i;
/** A resizer's thumbnail spec before the extension: width, height, offsets and mode (October CMS's `thumb_<id>_700_400_0_0_exact.jpg`). */
const THUMB_SPEC = /_\d{1,4}_\d{1,4}_\d{1,4}_\d{1,4}_(?:auto|exact|portrait|landscape|crop|fit)(?=\.[a-z0-9]{3,4}$)/i;

/**
 * Two URLs show the same image when they differ only in their query (size/cache parameters) or in a
 * size variant's suffix: the lead image in og:image and its thumbnail in the page are one image.
 */
const imageKey = (href: string): string => {
  // One picture whatever scheme a link gives it (an `http://` page URL beside an `https://` og:image), with `www.` or without.
  const url = unoptimised(href.replace(/^https?:\/\/(?:www\.)?/i, '//'));
  // A resizer's parameters after `?`, or glued on with `&` right after the extension (`p1.jpg&w=360&h=202`).
  const q = queryStart(url);
  // A script that serves files by name (`thumbnail.php?file=authors/x.jpg`): the query is the image.
  if (q >= 0 && FILE_PARAM.test(url.slice(q))) return url;
  const path = (q < 0 ? url : url.slice(0, q)).replace(DERIVATIVE, '').replace(RENDITION, '').replace(SIZE_SUFFIX, '').replace(WP_EDIT, '').replace(THUMB_SPEC, '').replace(DRUPAL_STYLE, '/').replace(SIZE_AND_QUALITY, '/').replace(SIZE_SEGMENTS, '$1');
  // A hash-named file is one picture whatever size folder serves it (`/thumbs/500/news/<hash>.jpg`, `/news/<hash>.jpg`).
  const file = path.slice(path.lastIndexOf('/') + 1);
  // A file named by its size alone in the picture's own folder (`…/<id>/860x484.jpg` beside `…/<id>/700x414.jpg`): the folder is the picture.
  if (SIZE_NAMED_FILE.test(file)) return `folder|${onSiteHost(path.slice(0, path.length - file.length))}`;
  if (HASH_FILE.test(file)) return `${path.slice(0, path.indexOf('/', path.indexOf('//') + 2))}|${file}`;
  // A file named for its upload's hex id after a size prefix and date parts (`medium_2020-02-12-4b7e19c2d0.jpg`,
  // `900x450_uploads,2020,02,12,4b7e19c2d0.jpg`): one picture on the host whatever the size folder.
  const id = TRAILING_HEX_ID.exec(file)?.[1];
  if (id !== undefined && /\d/.test(id) && /[a-f]/i.test(id)) return `${path.slice(0, path.indexOf('/', path.indexOf('//') + 2))}|id:${id.toLowerCase()}`;
  // One file in two size folders, on two hosts (`www…/img/2020/03/exlarge/x.jpg`, `img…/2020/03/normal/x.jpg`,
  // `…/img/large/2020/2/23/x.jpg` beside `…/img/Thumb/2020/2/23/x.jpg`).
  const sized = SIZE_FOLDER.exec(path);
  // A file named by a long number (an upload's timestamp or id) in two sibling folders, as any image type, is one
  // upload's renditions (`…/19/facebook_waterMark/20200219085851.png` for sharing, `…/19/Croped/20200219085851.jpg` shown).
  if (!sized) {
    const rendition = renditionKey(path, file);
    if (rendition !== undefined) return rendition;
  }
  // A long distinctive name in the same folder is one picture on any host (og:image on a CDN, the page's relative copy).
  if (!sized) return file.length >= HOSTLESS_NAME ? `tail|${path.slice(path.lastIndexOf('/', path.length - file.length - 2))}` : onSiteHost(path);
  // A distinctive name is one picture on any host of the site; a short one (`402.jpg`) only in its own folder.
  return file.length >= DISTINCT_NAME ? `sized|${DATE_FOLDERS.exec(path)?.[0] ?? ''}|${file}` : onSiteHost(path.slice(0, sized.index) + path.slice(sized.index + sized[0].length));
};
/**
 * The original a PageSpeed optimiser's copy names (`xname.jpg,qitok=1.pagespeed.ic.HASH.jpg`, `640x360xname.jpg.pagespeed.ic.HASH.webp`,
 * `name.jpg.pagespeed.ce.HASH.jpg`): its image filter marks the name with an `x` after any size, and `?` is written `,q`.
 */
function unoptimised(url: string): string {
  if (!url.includes('.pagespeed.')) return url;
  const slash = url.lastIndexOf('/');
  const m = PAGESPEED.exec(url.slice(slash + 1));
  if (!m) return url;
  const name = m[2] === 'ic' ? m[1]!.replace(PAGESPEED_SIZE, '') : m[1]!;
  return `${url.slice(0, slash)}/${name.replace(PAGESPEED_QUERY, '')}`;
}
/** Read on the file name alone: `[\w-]+` stops at each dot, so the scan stays linear. */
const PAGESPEED = /^(.+?)\.pagespeed\.([a-z]{2})\.[\w-]+\.[a-z0-9]{3,4}$/i;
const PAGESPEED_SIZE = /^(?:\d+x\d+)?x/;
const PAGESPEED_QUERY = /,q.*$/;
/** A file name this long, with its folder, names one picture whatever host serves it. */
const HOSTLESS_NAME = 20;
/**
 * A path with its host cut to the site's name (`//www.elfagr.org/…` and `//www.elfagr.com/…`, `//img.site.com/…` and
 * `//www.site.com/…`): one site serves the same path from its hosts.
 */
function onSiteHost(path: string): string {
  if (!path.startsWith('//')) return path;
  const end = path.indexOf('/', 2);
  const host = end < 0 ? path.slice(2) : path.slice(2, end);
  let label = SITE_LABELS.get(host);
  if (label === undefined) {
    if (SITE_LABELS.size > 1000) SITE_LABELS.clear();
    const domain = siteDomain(host);
    SITE_LABELS.set(host, (label = domain.slice(0, domain.indexOf('.'))));
  }
  return end < 0 ? `//${label}` : `//${label}${path.slice(end)}`;
}
/** The site's name label of each host met (a page's images come from a handful): a pure, bounded cache. */
const SITE_LABELS = new Map<string, string>();
/** An image extension a resizer glues its parameters onto with `&`. */
const GLUED_PARAMS = /\.(?:jpe?g|png|webp|gif)(?=&)/i;
/** Where an image URL's parameters start, or -1. */
function queryStart(url: string): number {
  const q = url.indexOf('?');
  if (q >= 0) return q;
  const glued = GLUED_PARAMS.exec(url);
  return glued ? glued.index + glued[0].length : -1;
}
/** An image server's size-and-quality folder anywhere in the path (`/imageserv/Size728Q40/news/…`, `…/Size728Q100/…`). */
const SIZE_AND_QUALITY = /\/Size\d{2,4}Q\d{1,3}\//i;
/** A folder that names the size a CMS serves a picture at (`/exlarge/`, `/600x338o/`), before the file or its date folders. */
const SIZE_FOLDER = /\/(?:exlarge|xlarge|verylarge|large|big|main|medium|small|normal|thumbs?|thumbnails?|original|resized|crop(?:ped)?|\d{2,4}x\d{2,4}o?|w\d{2,4})(?=(?:\/\d{1,4}){0,4}\/[^/]+$)/i;
/** A file named by its size alone (`860x484.jpg`). */
const SIZE_NAMED_FILE = /^\d{2,4}x\d{2,4}\.(?:jpe?g|png|webp|gif)$/i;
/** A file named by a number of ten digits or more (a timestamp, an upload id), with an image extension. */
const NUMBERED_FILE = /^(\d{10,})\.(?:jpe?g|png|webp|gif)$/i;

/** The key of a numbered file by the folder above its own: its renditions sit in sibling folders. */
function renditionKey(path: string, file: string): string | undefined {
  const stem = NUMBERED_FILE.exec(file)?.[1];
  if (stem === undefined) return undefined;
  const folder = path.lastIndexOf('/', path.length - file.length - 2);
  return folder < 0 ? undefined : `numbered|${onSiteHost(path.slice(0, folder))}|${stem}`;
}
/** A file name this long names one picture wherever it is served from. */
const DISTINCT_NAME = 12;
/** The year and month folders of an upload path. */
const DATE_FOLDERS = /\/(?:19|20)\d{2}\/\d{1,2}\//;
/** A file named by a content hash (16 hex digits or more). */
const HASH_FILE = /^[0-9a-f]{16,}\.[a-z0-9]{3,4}$/i;
/** A hex upload id ending a file name after a separator (10 hex digits or more: an id, not a year or a size). */
const TRAILING_HEX_ID = /[-_,.]([0-9a-f]{10,})\.[a-z0-9]{3,4}$/i;
/** A query parameter naming the file an image script serves. */
const FILE_PARAM = /[?&](?:file|src|img|image|path)=/i;
/** A derivative a DAM serves under its original's own name (`…/x.jpg_gen/derivatives/original_640/x.jpg` is `…/x.jpg`). */
const DERIVATIVE = /_gen\/derivatives\/.*$/;
/** A rendition a DAM serves below its asset (`…/x.jpg/_jcr_content/renditions/cq5dam.thumbnail.cropped.750.422.jpeg` is `…/x.jpg`). */
const RENDITION = /\/_?jcr[:_]content\/renditions\/.*$/;
/** Drupal's derivative of an original (`/styles/super_big_teaser/public/2020-03/a.jpg` is `/2020-03/a.jpg`; `/s3/` on cloud storage). */
const DRUPAL_STYLE = /\/styles\/[^/]+\/(?:public|private|s3)\//;

/** A media library's id at the start of a file name (`1044941126_0:0:1000:541_1000x541.jpg`). */
const MEDIA_ID = /^(\d{6,})(?!\d)/;

/**
 * Whether two image URLs are evidently two pictures: both files are named by a media library's id and
 * the ids differ (a site's stock share picture in og:image beside the story's own photo). Different
 * names alone prove nothing: a CMS serves one picture under many.
 *
 * @example distinctPictures('https://a.com/img/1043463874.png', 'https://a.com/img/1044941126_1000x541.jpg') // true
 */
export function distinctPictures(a: string, b: string): boolean {
  const id = (u: string): string | undefined => {
    const path = u.split('?', 1)[0]!;
    return MEDIA_ID.exec(path.slice(path.lastIndexOf('/') + 1))?.[1];
  };
  const x = id(a);
  const y = id(b);
  return x !== undefined && y !== undefined && x !== y;
}

/**
 * The article's pictures: the lead image first (the adapter's or the metadata's, else the picture the body opens with),
 * then the body's, one entry per picture whatever its size, with the captions found apart given to their pictures.
 *
 * @example assembleImages(undefined, [{ type: 'image', url: 'https://a.com/1.jpg' }, …], []).leadImage?.url // 'https://a.com/1.jpg'
 */
export function assembleImages(lead: ArticleImage | undefined, blocks: readonly Block[], captions: readonly CaptionIn[]): { leadImage?: ArticleImage; images: ArticleImage[] } {
  const images: ArticleImage[] = [];
  const byKey = new Map<string, ArticleImage>();
  const add = (img: ArticleImage): void => {
    images.push(img);
    const key = imageKey(img.url);
    if (!byKey.has(key)) byKey.set(key, img);
  };
  const find = (url: string): ArticleImage | undefined => byKey.get(imageKey(url));
  if (lead) add({ ...lead });
  for (const b of blocks) {
    if (b.type !== 'image') continue;
    const existing = find(b.url);
    // One picture in two sizes: the list gives the one the page shows, as the body does.
    if (existing) existing.url = b.url;
    const img = existing ?? { url: b.url };
    if (b.caption && !img.caption) img.caption = b.caption;
    if (b.credit && !img.credit) img.credit = b.credit;
    if (b.alt && !img.alt) img.alt = b.alt;
    if (!existing) add(img);
  }
  // A caption goes to its own image; one without a known image to the first image without
  // a caption — unless that would repeat a caption an image already has.
  const shown = new Set(images.filter((i) => i.caption).map((i) => matchKey(i.caption!)));
  let free = 0;
  for (const c of captions) {
    const own = c.url ? find(c.url) : undefined;
    const key = matchKey(c.text);
    if (!own && c.url && c.shown && !shown.has(key)) {
      add(c.credit ? { url: c.url, caption: c.text, credit: c.credit } : { url: c.url, caption: c.text });
      shown.add(key);
      continue;
    }
    while (free < images.length && images[free]!.caption) free++;
    const target = own ?? (shown.has(key) ? undefined : images[free]);
    if (!target || target.caption) continue;
    target.caption = c.text;
    if (c.credit) target.credit = c.credit;
    shown.add(key);
  }
  const out: { leadImage?: ArticleImage; images: ArticleImage[] } = { images };
  // No lead image in the metadata: the picture the body opens with, before any text, is the story's lead.
  if (images[0] && (lead || blocks[0]?.type === 'image')) out.leadImage = images[0];
  return out;
}
