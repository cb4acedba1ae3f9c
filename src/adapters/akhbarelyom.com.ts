/**
 * بوابة أخبار اليوم (akhbarelyom.com) — ASP.NET MVC + Bootstrap template (2020–2022 captures).
 * See docs/sites/akhbarelyom.com.md.
 *
 * - Headline `div.post-full h1.entry-title`; the empty `h2` above it is a kicker slot.
 * - Date `div.post-meta-date`: `{weekday}، {DD} {month} {YYYY} - {hh}:{mm} {ص/م}`, Cairo time
 *   (`article:published_time` holds the same Arabic string). The header clock `span.header-date`
 *   (`القاهرة: …`) is the capture time.
 * - Body `div.entry-content.HtmlDecode`: `<p>` nested in an outer `<p>`, empty `<p> </p>` spacers,
 *   or paragraphs split by `<br /><br />` — all handled by the generic cleaner. Ads, tags, share
 *   icons and the related/most-read modules sit outside it.
 */
import { defineAdapter } from '../adapt/define-adapter.js';

const POST = '.post.post-full';

export default defineAdapter({
  id: 'akhbarelyom.com',
  name: 'بوابة أخبار اليوم',
  domains: ['akhbarelyom.com'],
  timeZone: 'Africa/Cairo',
  headline: [`${POST} h1.entry-title`, 'h1.entry-title'],
  subheadline: `${POST} .entry-title > h2`,
  authors: (ctx) => {
    const names = ctx.$$(`${POST} .post-meta-author a h5`).map((el) => ctx.text(el)).filter(Boolean);
    if (names.length) return names;
    // Some captures leave the h5 empty; the link's title carries the name too.
    return ctx.$$(`${POST} .post-meta-author a`).map((el) => el.getAttribute('title') ?? '').filter(Boolean);
  },
  published: [`${POST} .post-meta-date`, '.post-meta-date'],
  section: { selector: 'article nav.breadcrumb li.active a', attribute: 'title' },
  tags: `${POST} .post-tags:not(.share-icons) a.post-tags_link`,
  leadImage: `${POST} .entry-media img`,
  captions: `${POST} .entry-media figcaption`,
  body: [`${POST} .entry-content.HtmlDecode`, `${POST} .entry-content`],
  remove: ['#ADonContent', '.desktop-add_12', '.speakol-widget', '[id^="div-gpt-ad"]', '.post-tags', '#Related'],
});
