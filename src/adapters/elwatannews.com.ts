/**
 * الوطن (elwatannews.com) — Laravel + Bootstrap 4 template (2020–2021 captures); the article
 * wrapper is `<article id="news-article">` or `<section id="news-article">`.
 * See docs/sites/elwatannews.com.md.
 *
 * - Byline `.article-writer a h3` after a separate `كتب:` label; co-authors are one string joined
 *   with `و` (kept as one name).
 * - Date `.article-time h6`: `{hh}:{mm} {ص/م} | {weekday} {DD} {month} {YYYY}` — time first (the date
 *   engine reads either order); the metadata (`+02:00`) is correct and agrees.
 * - Body `.article-subject` (plain `<p>`s; links inside sentences are text). The caption is the
 *   `<p>` of `.article-subject-title` under the lead image. "اقرأ المزيد:", keywords and speakol
 *   follow the body as siblings.
 */
import { defineAdapter } from '../adapt/define-adapter.js';

const ARTICLE = '#news-article';

export default defineAdapter({
  id: 'elwatannews.com',
  name: 'الوطن',
  domains: ['elwatannews.com'],
  timeZone: 'Africa/Cairo',
  headline: `${ARTICLE} .article-title h1`,
  authors: `${ARTICLE} .article-writer a h3`,
  published: `${ARTICLE} .article-time h6`,
  section: { selector: 'meta[property="article:section"]', attribute: 'content' },
  tags: `${ARTICLE} #keywords .keywords li a`,
  leadImage: `${ARTICLE} .article-subject-image img`,
  captions: `${ARTICLE} .article-subject-title p`,
  body: `${ARTICLE} .article-subject`,
  remove: ['#article-read-more', '#keywords', '#POSTQUARE-section', '.horizontal-social-links', '.vertical-social-links', 'ins.adsbygoogle', '[id^="div-gpt-ad"]'],
});
