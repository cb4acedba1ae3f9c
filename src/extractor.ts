/**
 * The pipeline: parse → adapt → extract → normalise → assemble. One parse, one index
 * walk, one block collection; every field tries the adapter first and falls back to the
 * generic extractor for that field alone.
 */
import type { Article } from './article.js';
import { createRegistry } from './adapt/registry.js';
import type { Adapter } from './adapt/types.js';
import { assembleArticle } from './assemble/article.js';
import { metadataBodyParagraphs } from './extract/metadata/article-body.js';
import { metadataSection, metadataTags, tidyTags } from './extract/metadata/fields.js';
import { visibleTags } from './extract/metadata/visible-tags.js';
import { adaptPage } from './pipeline/adapt.js';
import { headingAbove } from './extract/heading-above.js';
import { titleBrandName } from './extract/headline.js';
import { authorsOf, bodyOf, datesOf, headedPage, headlineAnchor, headlineOf, imagesOf, siteNameOf, siteNamesOf } from './pipeline/fields.js';
import type { ExtractOptions, ExtractorOptions } from './pipeline/options.js';
import { readPage } from './pipeline/page.js';
import { TUNABLES } from './tunables.js';

export type { ExtractOptions, ExtractorOptions } from './pipeline/options.js';

export interface Extractor {
  extract(input: string | Uint8Array, options?: ExtractOptions): Article;
  readonly adapters: readonly Adapter[];
}

/** The site's name the title gives, when the title adds one part to the headline and no other source named the site. */
function titleSiteName(siteNames: readonly string[]): string | undefined {
  return siteNames.length === 1 && !/[|\-–—:»«•·]/.test(siteNames[0]!) ? siteNames[0] : undefined;
}

/** The story's opening paragraphs, for keywords cut from them. */
function leadText(blocks: Article['body']): string {
  let text = '';
  for (const b of blocks) {
    if (b.type !== 'paragraph') continue;
    text += ` ${b.text}`;
    if (text.length > LEAD_CHARS) break;
  }
  return text;
}
const LEAD_CHARS = 2000;

/**
 * Build an extractor with its own adapter registry.
 *
 * @example createExtractor({ adapters: [...builtinAdapters, myAdapter] }).extract(html, { url })
 */
export function createExtractor(options: ExtractorOptions = {}): Extractor {
  const registry = createRegistry(options.adapters ?? []);
  const maxBytes = options.maxInputBytes ?? TUNABLES.maxInputBytes;

  function extract(input: string | Uint8Array, o: ExtractOptions = {}): Article {
    const page = readPage(input, o, registry, maxBytes);
    const adapted = adaptPage(page);
    const av = adapted.values;
    const siteName = siteNameOf(page);
    const picked = headlineOf(page, av, siteName);
    const siteNames = siteNamesOf(page, siteName, picked.text);
    // No name in the metadata: the one the <title> sets beside the headline (`عنوان الخبر - بوابة الشروق`), when it is one part.
    // Or the title's part that spells the site's domain (`القدس` on alquds.com).
    const shownName = siteName ?? titleSiteName(siteNames) ?? (page.host ? titleBrandName(page.index.title, page.host) : undefined);
    const anchor = headlineAnchor(page, picked.text);
    const { position } = anchor;
    const { raw, body, headline: shown } = bodyOf(page, adapted, picked.text, siteNames, anchor);
    // Only a guess from the page's h1 (a section label) or none: the heading set right above the story's text.
    const headline = (picked.weak && raw.containers[0] ? headingAbove(raw.containers[0]) : undefined) ?? shown;
    const headed = headedPage(page, anchor);
    const dates = datesOf(headed, av, position);
    const { leadImage, images } = imagesOf(page, av, body, anchor, headline);
    const section = av.section ?? metadataSection(page.index, page.ldArticle);

    const warnings = [...page.warnings];
    // A page that shows no story text (rendered by its scripts) may carry it in its JSON-LD: the body of last resort.
    const storyShown = body.blocks.some((b) => b.type === 'paragraph');
    const fromMetadata = storyShown ? [] : metadataBodyParagraphs(page.ldArticle, headline);
    const blocks: Article['body'] = fromMetadata.length ? [...body.blocks, ...fromMetadata.map((text) => ({ type: 'paragraph' as const, text }))] : body.blocks;
    if (fromMetadata.length) warnings.push({ code: 'body.from-metadata', message: 'the page shows no article text: the body is the JSON-LD articleBody' });
    else if (!storyShown) warnings.push({ code: 'body.empty', message: 'no article text found' });
    warnings.push(...dates.warnings, ...adapted.errors.map((e) => ({ code: 'adapter.selector', message: e })));

    return assembleArticle(
      {
        ...(page.url ? { url: page.url } : {}),
        ...(shownName ? { siteName: shownName } : {}),
        ...(page.host ? { host: page.host } : {}),
        ...(page.adapter ? { adapter: page.adapter.id } : {}),
        ...(headline ? { headline } : {}),
        ...(body.subheadline ? { subheadline: body.subheadline } : {}),
        authors: authorsOf(headed, av, body, siteNames, siteName, position, headline, storyShown),
        ...(section ? { section } : {}),
        tags: av.tags ? tidyTags(av.tags, siteNames, page.index.title || headline || '', () => leadText(blocks)) : metadataTags(page.index, page.ldArticle, siteNames, page.index.title || headline, () => leadText(blocks), () => visibleTags(page.index.tagLinks, position)),
        dates,
        ...(leadImage ? { leadImage } : {}),
        images,
        body: blocks,
        warnings,
        removed: [...raw.removed, ...body.removed],
      },
      page.index,
    );
  }

  return { extract, adapters: registry.all };
}
