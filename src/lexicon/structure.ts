/**
 * Structural knowledge as data: tags and class/id words that mark page chrome or
 * article content, in English and in the transliterated Arabic that Arabic CMSs use.
 */

/** Tags never part of an article body. (Not `form`: ASP.NET sites wrap the whole page in one.) */
export const NOISE_TAGS = new Set([
  'nav', 'aside', 'footer', 'button', 'select', 'input', 'textarea', 'label', 'fieldset', 'dialog',
  'menu', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'map', 'object', 'embed', 'link',
  'meta', 'head', 'title', 'header',
]);

/** Class/id words of chrome that a content word on the same element does not excuse (`related-articles`). */
export const STRONG_NOISE_CLASS_WORDS = [
  'related', 'share', 'sharing', 'social', 'comment', 'disqus', 'most-read', 'mostread', 'most_read', 'most-viewed',
  'mostviewed', 'newsletter', 'subscribe', 'poll', 'outbrain', 'taboola', 'ads', 'adv', 'advert', 'ad-', 'ad_', 'add-', 'dfp',
  'gpt', 'banner', 'sponsor', 'promo', 'read-also', 'readalso', 'tags', 'tag-list', 'taglist', 'keywords', 'breadcrumb',
  'ticker', 'marquee', 'whatsapp', 'telegram', 'print', 'font-size', 'fontsize', 'pagination', 'cookie', 'popup', 'modal',
  'disclaimer',
  // A reading-time bar (`2 min`) and the links to the next and previous stories.
  'time-to-read', 'time_to_read', 'timetoread', 'reading-time', 'reading_time', 'readingtime', 'read-time', 'read_time',
  'prev-next', 'prev_next', 'prevnext', 'next-prev', 'next_prev',
] as const;

/** Chrome words a lightbox's opener is named by too: a link to the picture's large file (`<a class="popup-images" href="/big/1.jpg">`). */
export const LIGHTBOX_WORDS: ReadonlySet<string> = new Set(['popup', 'modal']);

/**
 * Class/id words of boxes of other stories: such a box is chrome however much of the page's prose its teasers
 * hold, unless the headline is inside it (a layout box named `modal` or `share` may wrap a whole article; a box of
 * related stories around a short story's headline is a template's, not a list's).
 */
export const OTHER_STORIES_CLASS_WORDS: ReadonlySet<string> = new Set(['related', 'most-read', 'mostread', 'most_read', 'most-viewed', 'mostviewed', 'read-also', 'readalso', 'outbrain', 'taboola']);

/**
 * Class/id words of boxes no template wraps a story in: chrome however much of a short story's prose they
 * outweigh (a legal disclaimer under a one-paragraph story; a newsletter prompt on a page whose story its scripts
 * fill in), unless the headline is inside them.
 */
export const NEVER_LAYOUT_CLASS_WORDS: ReadonlySet<string> = new Set(['disclaimer', 'copyright', 'cookie', 'newsletter']);

/** Class/id words of chrome: an element whose class or id has one (and no content word) is not content. */
export const NOISE_CLASS_WORDS = [
  'related', 'share', 'sharing', 'social', 'comment', 'disqus', 'most-read', 'mostread', 'most_read',
  'most-viewed', 'mostviewed', 'popular', 'trending', 'newsletter', 'subscribe', 'breadcrumb', 'tags', 'tag-list',
  'taglist', 'keywords', 'poll', 'vote', 'ticker', 'marquee', 'sidebar', 'side-bar', 'widget', 'advert', 'ads',
  'adv', 'ad-', 'ad_', 'add-', 'dfp', 'gpt', 'banner', 'sponsor', 'promo', 'footer', 'header', 'menu', 'navbar', 'nav-',
  'print', 'font-size', 'fontsize', 'rating', 'recommend', 'more-news', 'morenews', 'read-more', 'readmore',
  'read-also', 'readalso', 'outbrain', 'taboola', 'whatsapp', 'telegram', 'follow', 'app-download', 'copyright',
  'author-box', 'authorbox', 'bio', 'pagination', 'pager', 'modal', 'popup', 'cookie', 'login', 'search',
  'weather', 'clock', 'breaking', 'urgent', 'latest', 'akhbar-mota', 'motaalka', 'mota3lka', 'also', 'next-article',
  'prev-article', 'corona', 'covid', 'navigation', 'toolbar', 'tools', 'icons', 'rss', 'logo', 'masthead', 'topbar', 'top-bar',
  'disclaimer', 'tooltip',
] as const;

/**
 * A page builder's own names for the boxes it places, which say nothing of what they hold: Elementor calls every
 * element a widget (`elementor-widget`, `elementor-widget-container`), the story's title, picture, meta row and text
 * included (`elementor-widget-theme-post-content`, `elementor-widget-post-info`), and its picture caption
 * `widget-image-caption`; Drupal's Scald editor wraps each picture it places in the text in a `dnd-widget-wrapper`. Left out
 * before class words are read; a widget of another type (`elementor-widget-posts`, a
 * list of stories; `elementor-widget-share-buttons`) still reads as chrome.
 */
export const BUILDER_LAYOUT_CLASS =
  /^(?:elementor-widget(?:-container|-wrap)?|elementor-widget-(?:theme-post-(?:content|title|featured-image|excerpt)|post-info|text-editor|image|heading|video)|widget-image-caption|dnd-widget-wrapper|dnd-atom-rendered)$/;

/**
 * A class token naming the story's own header (`article__header`, `entry-header`, `post-header`): where it holds the
 * headline, its headline, picture and opening lines are the story's — the site's header is named otherwise.
 */
export const STORY_HEADER_CLASS = /^(?:article|post|entry|story|news)(?:__|[-_])header$/;

/** WordPress-style taxonomy class tokens (`category-latest-news`, `tag-4520`): they describe the story, not the box. */
export const TAXONOMY_CLASS = /^(category|type|status|format|term|postid|page-id)-|^(tag|post)-\d/;

/** Class/id words of content containers (they veto a noise word on the same element). */
export const CONTENT_CLASS_WORDS = [
  'article', 'artical', 'body', 'content', 'entry', 'main', 'post', 'story', 'text', 'details', 'detail',
  'news-content', 'newscontent', 'article-body', 'articlebody', 'khabar', 'maqal', 'makal', 'matn', 'nass',
  'single', 'topic', 'description', 'desc', 'paragraph', 'news-text', 'newstext', 'full', 'inner',
] as const;

/**
 * Whole class tokens that hide their element. Only whole tokens: in compounds `hidden` hides a part
 * (Drupal's `field-label-hidden`) or only on some screens (`col-xs-hidden`, `hidden-sm`).
 */
export const HIDDEN_CLASS_TOKENS = ['hidden', 'is-hidden', 'd-none', 'hide'] as const;

/** Classes of text only a screen reader reads (an icon's label: `<span class="screen-reader-text">Send an email</span>`). */
export const SCREEN_READER_CLASS_TOKENS = ['screen-reader-text', 'screen-reader-only', 'sr-only', 'visually-hidden', 'visuallyhidden', 'element-invisible'] as const;

/** Class words of an image or media box: a token with one (`main_image`, `post-thumbnail`) names no text container. */
export const MEDIA_CLASS_WORDS = ['image', 'img', 'photo', 'pic', 'picture', 'thumb', 'media', 'video', 'gallery', 'slider', 'figure'] as const;

/** Classes of image captions. */
export const CAPTION_CLASS_WORDS = ['caption', 'figcaption', 'img-desc', 'image-desc', 'photo-desc', 'pic-desc', 'img-title', 'imgcaption', 'wp-caption-text', 'credit', 'photo-caption', 'image-caption', 'img_caption', 'desc-img', 'img-cap', 'image-title', 'photo-title', 'img-discri', 'media-desc', 'media-caption'] as const;

/** Block-level HTML tags: they end a paragraph. */
/** Inline tags a line of text is set in: a line's own box is the nearest element above them. */
export const INLINE_TAGS: ReadonlySet<string> = new Set(['span', 'strong', 'b', 'a', 'time', 'font', 'em', 'i', 'small', 'label', 'abbr', 'bdi', 'bdo', 'u', 'sup', 'sub', 'mark']);

export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'tr', 'ul', 'body', 'html', 'iframe', 'img', 'picture', 'video', 'audio', 'caption',
]);

/** Embeddable providers, by URL host. */
export const EMBED_HOSTS: ReadonlyArray<readonly [RegExp, 'twitter' | 'youtube' | 'facebook' | 'instagram' | 'tiktok']> = [
  [/(^|\.)(twitter|x)\.com$/, 'twitter'],
  [/(^|\.)(youtube\.com|youtu\.be|youtube-nocookie\.com)$/, 'youtube'],
  [/(^|\.)facebook\.com$/, 'facebook'],
  [/(^|\.)instagram\.com$/, 'instagram'],
  [/(^|\.)tiktok\.com$/, 'tiktok'],
];

/** Path segments of an author's page (`/author/…`, `/kottab/…`), singular; a plural `s` is allowed. */
export const AUTHOR_PATH_WORDS = ['author', 'auteur', 'writer', 'editor', 'columnist', 'kottab', 'kuttab', 'katib', 'kateb'] as const;

/**
 * The class or id of an ad slot: an ad network's tag (`<ins class="adsbygoogle">`, `div-gpt-ad-…`) or a slot named
 * for ads as a word of its own (`Ad.Plus-728x90-1`, `ads-box`, `adv`, `dfp-slot`).
 */
export const AD_SLOT = /(?:^|[\s._-])(?:ads?|adv|adverts?|advertisement|adsbygoogle|dfp|gpt)(?=$|[\s._-])/i;

/** Class/id words of byline boxes, English and transliterated Arabic. */
export const BYLINE_CLASS = /author|auteur|byline|by-line|writer|reporter|kateb|katib|editor-name|journalist|mohrer|mo7rer|newsauthor|writeby|post-writer|creator|articleuser|newsuser|postuser|submitted|newssrc|news-src|contributor/i;

/**
 * Alt texts that label a picture as a mark, not a photo: a source agency's logo (`<img alt="المصدر">` beside the
 * story), the site's or a partner's logo, an icon.
 */
export const MARK_ALTS: ReadonlySet<string> = new Set(['المصدر', 'مصدر', 'مصدر الخبر', 'شعار', 'الشعار', 'لوجو', 'ايقونة', 'أيقونة', 'logo', 'source', 'icon']);
