/**
 * صدى البلد (elbalad.news) — one ASP.NET template (2020). See docs/sites/elbalad.news.md.
 *
 * - The first `h1` is a hidden site name and the second the section: the headline is `.mtitle h1`.
 * - `.mdate` is `{weekday} {DD}/{month}/{YYYY} - {hh}:{mm} {ص/م}` in Cairo time; the metadata
 *   (`article:published_time`) writes the same wall clock with a wrong `Z`, so the visible line rules.
 * - The body is `.ni-content`: `<div>` runs with `<div><br></div>` spacers, bare text split by `<br><br>`,
 *   or MS-Word `p.MsoNormal`; the inline "اقرأ أيضا :" label + link-only line is dropped by the cleaner.
 *   A photo story's gallery follows the `article` in `#listable`: it is part of the body.
 */
import { defineAdapter } from '../adapt/define-adapter.js';

export default defineAdapter({
  id: 'elbalad.news',
  name: 'صدى البلد',
  domains: ['elbalad.news'],
  timeZone: 'Africa/Cairo',
  headline: ['.block.post .mtitle h1', '.mtitle h1'],
  authors: ['.post-cont .post-writer a', '.post-writer a'],
  published: ['.block.post .mdate', '.mdate'],
  section: (ctx) => ctx.$('meta[property="article:section"]')?.getAttribute('content') || ctx.text(ctx.$('.category-title h1 a')),
  tags: '.post-tags a',
  leadImage: '.block.post .mainImg img',
  captions: '.block.post .mainImg .caption',
  // The `article` holds the text (`.ni-content`) and, on video stories, the story's YouTube player after it; a photo
  // story's pictures follow it in `#listable` (each titled with the headline).
  body: ['.post-cont article, .post-cont > #listable', '#start .ni-content', '.ni-content'],
  remove: ['#mobA', '[id^="POSTQUARE_WIDGET"]', '.adplace', '.no-print', '.dugout-video', 'iframe:not([src*="youtube"])'],
});
