/**
 * Markup patterns of real Arabic news templates the generic extractor met on sites outside the
 * corpus (WordPress entry headers, print-edition asides, meta rows with name and date side by
 * side, feed tracking codes, image boxes named `main_image`). Pages of our own, same structure.
 */
import { describe, expect, it } from 'vitest';
import { builtinAdapters, createExtractor } from '../../src/index.js';
import { zoneForHost } from '../../src/lexicon/zones.js';
import { noiseReason } from '../../src/extract/content/classify.js';
import { parseDocument } from '../../src/parse/index.js';
import { isDateLabel } from '../../src/lexicon/index.js';

const ex = createExtractor({ adapters: [] });
const para = '<p>نص الخبر هنا، وهو طويل بما يكفي ليعد فقرة من متن المقال، وفيه فواصل ونقاط كثيرة.</p>';
const headline = 'وزير الصحة يفتتح ثلاثة مراكز صحية جديدة في المحافظة';
const page = (body: string, bodyAttrs = ''): string => `<html><head><title>${headline}</title></head><body${bodyAttrs}>${body}</body></html>`;
const texts = (html: string, url = 'https://www.example.com.eg/news/1'): string[] =>
  ex.extract(html, { url }).body.map((b) => ('text' in b ? b.text : b.type));

describe('the page root and the story header are not chrome', () => {
  it('reads an unlabelled date under the headline when <body> has a `sticky-header` class', () => {
    const html = page(`<div><h1>${headline}</h1><div><span class="entry-date">22 مارس 2020 9:41 م</span></div><div>${para.repeat(3)}</div></div>`, ' class="sticky-header"');
    expect(ex.extract(html, { url: 'https://www.example.com.eg/news/1' }).published?.iso).toBe('2020-03-22T21:41:00+02:00');
  });

  it('reads the byline and date of an `entry-header` that holds the h1, and leaves a site header with a logo h1 alone', () => {
    const story = `<div class="entry-header"><h1>${headline}</h1><div class="jeg_meta_author"><span class="meta_text">بواسطة</span> <a href="/p/">كريم الشاذلي</a></div><div class="jeg_meta_date">15 فبراير 2020 - 7:42 م</div></div><div class="content-inner">${para.repeat(3)}</div>`;
    const article = ex.extract(page(story), { url: 'https://www.example.com.eg/news/1' });
    expect(article.authors).toEqual(['كريم الشاذلي']);
    expect(article.published?.iso).toBe('2020-02-15T19:42:00+02:00');
    const masthead = `<div class="site-header"><h1 class="logo">المثال</h1><div class="date">الأحد 23 فبراير 2020</div></div><h1>${headline}</h1><div class="content-inner">${para.repeat(3)}</div>`;
    expect(ex.extract(page(masthead), { url: 'https://www.example.com.eg/news/1' }).published).toBeUndefined();
  });

  it('keeps a story a print-edition template set in an <aside> holding the headline, and still skips sidebars', () => {
    const html = page(`<article><aside><h1>${headline}</h1><div class="art_control"><span>الاثنين 24 فبراير 2020</span></div><div>${para.repeat(3)}</div></aside><figure><h3>الموضوعات الأكثر</h3></figure></article><aside><h4>الأكثر قراءة</h4><p>خبر آخر من الشريط الجانبي، طويل بما يكفي ليعد فقرة، وفيه فواصل كثيرة.</p></aside>`);
    const article = ex.extract(html, { url: 'https://www.example.com.sa/2020/ln12.htm' });
    expect(article.body.filter((b) => b.type === 'paragraph').map((b) => ('text' in b ? b.text : ''))).toEqual(['نص الخبر هنا، وهو طويل بما يكفي ليعد فقرة من متن المقال، وفيه فواصل ونقاط كثيرة.']);
    expect(article.published?.iso).toBe('2020-02-24');
    expect(texts(html).join(' ')).not.toContain('الشريط الجانبي');
  });
});

describe('byline boxes', () => {
  it('reads the name, not the date beside it, through a wrapper and past the avatar', () => {
    const html = page(`<h1>${headline}</h1><div class="editor-info"><div class="author"><img class="editor-img" src="/logo.png"><div><span class="editor-name"><a href="/users/91">سمير النجار</a></span><span class="created">09 يونيو 2020 13:20</span></div></div></div><div class="details">${para.repeat(3)}</div>`);
    const article = ex.extract(html, { url: 'https://www.example.com.eg/news/1' });
    expect(article.authors).toEqual(['سمير النجار']);
    expect(article.published?.iso).toBe('2020-06-09T13:20:00+02:00');
  });

  it('takes no name from a box that holds only a date and its label, nor from one holding the headline', () => {
    const dateBox = page(`<h1>${headline}</h1><div class="author-avatar-text"><p rel="author">التاريخ</p><span class="entry-date">3/22/2020 9:41:07 PM</span></div><div>${para.repeat(3)}</div>`);
    expect(ex.extract(dateBox).authors).toEqual([]);
    const titleBox = page(`<div class="writers"><div class="writers-blk-top"><h1><a href="/x">${headline}</a></h1></div></div><div>${para.repeat(3)}</div>`);
    expect(ex.extract(titleBox).authors).toEqual([]);
  });

  it('knows a bare date label', () => {
    expect(isDateLabel('التاريخ')).toBe(true);
    expect(isDateLabel('تاريخ النشر:')).toBe(true);
    expect(isDateLabel('التاريخ الإسلامي')).toBe(false);
  });
});

describe('what a feed or a CMS adds to the body', () => {
  it('drops a tracking code line, an editor\'s sign-off, a tags label with its list and a disclaimer box', () => {
    const html = page(`<h1>${headline}</h1><div class="entry-summary">${para.repeat(3)} كلمات دالة <ul><li>البيئة</li><li>الشباب</li></ul><p>MENAFN1106202001320000ID1100301122</p>==========================ن.ح.<br></div>
      <div class="entry-summary" id="News_Disclaimer"><b>إخلاء المسؤولية القانونية:</b><br>المحتوى منقول من مصدره، ولا يتحمل الموقع أي مسؤولية عن دقته أو عن أي أضرار تنشأ عن استخدامه.</div>`);
    const blocks = ex.extract(html, { url: 'https://www.example.com.eg/news/1' }).body;
    const body = blocks.map((b) => ('text' in b ? b.text : 'items' in b ? b.items.join('\n') : '')).join('\n');
    expect(body).toContain('نص الخبر هنا');
    expect(blocks.some((b) => b.type === 'list')).toBe(false);
    expect(body).not.toContain('MENAFN');
    expect(body).not.toContain('ن.ح.');
    expect(body).not.toContain('كلمات دالة');
    expect(body).not.toContain('البيئة');
    expect(body).not.toContain('إخلاء المسؤولية');
  });

  it('keeps a sentence that reports a disclaimer, drops a disclaimer line', () => {
    const lead = 'نشرت الشركة الكبرى أمس بيان إخلاء مسؤولية طويلا أبلغت فيه العملاء بأنها لن تتحمل أي أضرار تنتج عن استخدام المنتج الجديد خلال الأسابيع المقبلة.';
    const body = texts(page(`<h1>${headline}</h1><div class="details"><p>القاهرة (د ب أ)<br>${lead}</p>${para.repeat(3)}<p>إخلاء مسؤولية: المحتوى المنشور يعبر عن رأي كاتبه ولا يعبر بالضرورة عن رأي الموقع.</p></div>`));
    expect(body).toContain(lead);
    expect(body.some((t) => t.startsWith('إخلاء مسؤولية'))).toBe(false);
  });

  it("drops a syndicator's stamp standing alone or with the source's date, keeps it opening a sentence", () => {
    const stamp = (lead: string) => texts(page(`<h1>${headline}</h1><div id="story_body">(<a href="https://feeds.example.com">FEEDNET</a>- Gulf Daily) ${lead}${para.repeat(2)}</div>`));
    expect(stamp('')[0]).toBe(texts(page(`<h1>${headline}</h1><div>${para}</div>`))[0]);
    expect(stamp('الأحد ٢٢ مارس ٢٠٢٠ - 13:57').join('\n')).not.toMatch(/FEEDNET|مارس/);
    expect(stamp('<ul><li>ثلاث شركات فقط حافظت على أرباحها خلال العام</li></ul><p><br>المحرر الاقتصادي<br>الفقرة الأولى من التقرير طويلة وفيها فواصل ونقاط، وتشرح ما جرى في السوق.</p>').slice(0, 2)).toEqual([
      'list',
      'الفقرة الأولى من التقرير طويلة وفيها فواصل ونقاط، وتشرح ما جرى في السوق.',
    ]);
    expect(stamp('أعلنت الوزارة اليوم خطة جديدة للطرق في المحافظات الجنوبية.')[0]).toBe('(FEEDNET- Gulf Daily) أعلنت الوزارة اليوم خطة جديدة للطرق في المحافظات الجنوبية.');
  });

  it("drops a copied story's source line and the site's disclaimer under it", () => {
    const body = texts(page(`<h1>${headline}</h1><div class="post-txt">${para}${para.replace('نص الخبر', 'وتابع الخبر')}<p>هذا الخبر منقول من : صدى البلد</p></div><div class="alert-txt">تنوية هام: الموقع غير مسئول عن صحة ومصداقية الخبر يتم نشره نقلاً عن مصادر صحفية أخرى، ومن ثم لا يتحمل أي مسئولية قانونية.</div>`)).join('\n');
    expect(body).toContain('وتابع الخبر');
    expect(body).not.toContain('منقول من');
    expect(body).not.toContain('غير مسئول');
  });

  it("drops a wire editor's initials closing the story, and names no author from them", () => {
    const html = page(`<h1>${headline}</h1><div id="story_body">${para}${para.replace('نص الخبر', 'وتابع الخبر')}${para.replace('نص الخبر', 'وأضاف البيان')}<p>وبلغ عدد الإصابات المؤكدة 13 ألفا. (النهاية)<br><br>ع ب ح<br></p></div>`);
    const a = ex.extract(html, { url: 'https://www.example.com/news/1' });
    expect(a.authors).toEqual([]);
    expect(a.body.map((b) => ('text' in b ? b.text : b.type))).not.toContain('ع ب ح');
  });

  it('does not take a picture box named like a main container (`main_image`) for the body', () => {
    const html = page(`<h1>${headline}</h1><div class="Lead main_image"><div class="image_title">مبنى أحد المراكز الصحية - ارشيفية</div><img src="/img/lead.png"></div>
      <div class="article_details" id="readMore_text"><p>أعلن وزير الصحة، مساء السبت، افتتاح ثلاثة مراكز صحية جديدة في المحافظة، اثنان منها في البادية، وواحد في القصبة.</p><p class="extra_title"><a href="/news/2">اقرأ أيضاً : توسعة مستشفى البادية الشمالية خلال العام المقبل</a></p><p>وتاليا تفاصيل المراكز الجديدة:</p></div>`);
    expect(texts(html, 'https://royanews.tv/news/1')).toContain('وتاليا تفاصيل المراكز الجديدة:');
  });
});

describe('an update line labelled آخر تعديل', () => {
  it('is the update, away from the headline as the publication line is', () => {
    const html = page(`<div class="local-sch schedule-i">تاريخ النشر: السبت - 2020-01-04- 22:33</div><div class="local-sch schedule-i">آخر تعديل : السبت - 2020-01-04- 22:45</div>${'<div class="ticker">خبر عاجل من شريط الأخبار</div>'.repeat(12)}<div class="title-2"><h1>${headline}</h1></div><div class="articleBody">${para.repeat(3)}</div>`);
    const a = ex.extract(html, { url: 'https://alrai.com/article/1/x' });
    expect(a.published?.iso).toBe('2020-01-04T22:33:00+02:00');
    expect(a.updated?.iso).toBe('2020-01-04T22:45:00+02:00');
  });
  it('is on the 12-hour clock the publication line proved to be (no ص/م, metadata in the afternoon)', () => {
    const html = (updated: string) => page(`<div class="local-sch schedule-i">تاريخ النشر: السبت - 2020-01-04- 10:33</div><div class="local-sch schedule-i">آخر تحديث : السبت - 2020-01-04- ${updated}</div><div class="title-2"><h1>${headline}</h1></div><div class="articleBody">${para.repeat(3)}</div>`).replace('<head>', '<head><meta property="article:published_time" content="2020-01-04 22:33:00">');
    const at = (updated: string) => ex.extract(html(updated), { url: 'https://alrai.com/article/1/x' });
    expect(at('10:45').published?.iso).toBe('2020-01-04T22:33:00+02:00');
    expect(at('10:45').updated?.iso).toBe('2020-01-04T22:45:00+02:00');
    // Its own ص/م says which half it means: before the publication, it is dropped.
    expect(at('10:45 ص').updated).toBeUndefined();
  });

  it('reads the twelfth hour of that clock as the first after midnight when the metadata says so', () => {
    const html = (published: string, meta: string, updated: string) => page(`<div class="local-sch schedule-i">تاريخ النشر: ${published}</div><div class="local-sch schedule-i">آخر تعديل : ${updated}</div><div class="title-2"><h1>${headline}</h1></div><div class="articleBody">${para.repeat(3)}</div>`).replace('<head>', `<head><meta property="article:published_time" content="${meta}">`);
    const at = (published: string, meta: string, updated: string) => ex.extract(html(published, meta, updated), { url: 'https://alrai.com/article/1/x' });
    const midnight = at('الأحد - 2020-01-05- 12:20', '2020-01-05 00:20:00', 'الأحد - 2020-01-05- 12:35');
    expect([midnight.published?.iso, midnight.updated?.iso]).toEqual(['2020-01-05T00:20:00+02:00', '2020-01-05T00:35:00+02:00']);
    // Published before midnight (11:50 for 23:50), updated after it: the next day's 12:10 is 00:10.
    const across = at('السبت - 2020-01-04- 11:50', '2020-01-04 23:50:00', 'الأحد - 2020-01-05- 12:10');
    expect([across.published?.iso, across.updated?.iso]).toEqual(['2020-01-04T23:50:00+02:00', '2020-01-05T00:10:00+02:00']);
    // At noon the metadata says noon: nothing moves, and a later 12:40 update stays at noon.
    const noon = at('الأحد - 2020-01-05- 12:20', '2020-01-05 12:20:00', 'الأحد - 2020-01-05- 12:40');
    expect([noon.published?.iso, noon.updated?.iso]).toEqual(['2020-01-05T12:20:00+02:00', '2020-01-05T12:40:00+02:00']);
  });
});

describe('the seconds of a time moved into the site\'s zone', () => {
  it('are the ones the metadata gave', () => {
    const html = page(`<article><h1>${headline}</h1>${para.repeat(3)}</article>`).replace('<head>', '<head><meta property="article:published_time" content="2020-05-03T15:39:04Z">');
    expect(ex.extract(html, { url: 'https://arabic.cnn.com/middle-east/article/2020/05/03/x' }).published?.iso).toBe('2020-05-03T19:39:04+04:00');
    expect(ex.extract(html, { url: 'https://www.example.com/news/1' }).published?.iso).toBe('2020-05-03T15:39:04+00:00');
  });
});

describe('site time zones', () => {
  it('knows the zones of national papers whose domain does not say their country', () => {
    expect(zoneForHost('www.alrai.com')).toBe('Asia/Amman');
    expect(zoneForHost('masralarabia.net')).toBe('Africa/Cairo');
    expect(zoneForHost('www.al-jazirah.com')).toBe('Asia/Riyadh');
    expect(zoneForHost('www.aljazeera.net')).toBe('Asia/Qatar');
    expect(zoneForHost('menafn.com')).toBe('Asia/Amman');
    expect(zoneForHost('unknown-site.com')).toBeUndefined();
    // Sudan's clock moved from UTC+3 to UTC+2 in November 2017; Kuwait, Bahrain, Oman and Tunisia papers on .com/.net.
    expect(zoneForHost('www.alnilin.com')).toBe('Africa/Khartoum');
    expect(zoneForHost('www.aljarida.com')).toBe('Asia/Kuwait');
    expect(zoneForHost('www.alwasatnews.com')).toBe('Asia/Bahrain');
    expect(zoneForHost('alwatan.com')).toBe('Asia/Muscat');
    expect(zoneForHost('www.mosaiquefm.net')).toBe('Africa/Tunis');
    expect(zoneForHost('www.lebanon24.com')).toBe('Asia/Beirut');
    expect(zoneForHost('al-ain.com')).toBe('Asia/Dubai');
    expect(zoneForHost('www.trtarabi.com')).toBe('Europe/Istanbul');
    // A one-zone country's domain writes in its zone (uza.uz's Arabic edition, Somali and Djiboutian papers).
    expect(zoneForHost('uza.uz')).toBe('Asia/Tashkent');
    expect(zoneForHost('www.example.so')).toBe('Africa/Mogadishu');
    expect(zoneForHost('www.example.dj')).toBe('Africa/Djibouti');
    // A global brand's Arabic edition writes where its newsroom is, not where the brand is (`arabic.cnn.com`: Dubai's GMT+4).
    expect(zoneForHost('arabic.cnn.com')).toBe('Asia/Dubai');
    expect(zoneForHost('www.skynewsarabia.com')).toBe('Asia/Dubai');
    expect(zoneForHost('cnn.com')).toBeUndefined();
    // A pan-Arab daily edited in London, and a Beirut daily on a .com.
    expect(zoneForHost('www.alquds.co.uk')).toBe('Europe/London');
    expect(zoneForHost('www.al-akhbar.com')).toBe('Asia/Beirut');
    expect(zoneForHost('ar.example.ae')).toBe('Asia/Dubai');
    // Editions that write every time in GMT: a line that leaves the label off is GMT too — not the brand's other editions.
    expect(zoneForHost('arabic.sputniknews.com')).toBe('Etc/UTC');
    // Sputnik Arabic's domain since 2022: still every time in GMT, not the .ae country's zone.
    expect(zoneForHost('sarabic.ae')).toBe('Etc/UTC');
    expect(zoneForHost('sputniknews.com')).toBeUndefined();
    const line = page(`<h1>${headline}</h1><div class="b-article__refs"><time class="b-article__refs-date">15:39 15.01.2020</time></div><div class="b-article__text">${para}${para.replace('نص الخبر', 'وتابع الخبر')}</div>`);
    expect(ex.extract(line, { url: 'https://arabic.sputniknews.com/art/202001151044069548/' }).published?.iso).toBe('2020-01-15T15:39:00+00:00');
  });

  it("reads a syndicator's US-style stamp in its newsroom's zone, with that zone's summer time", () => {
    const at = (stamp: string) =>
      ex.extract(page(`<h1>${headline}</h1><div class="entry-meta"><span class="entry-date">${stamp}</span></div><div class="article-body">${para}${para}</div>`), { url: 'https://menafn.com/arabic/1100166777/x' }).published?.iso;
    expect(at('3/25/2020 11:11:33 PM')).toBe('2020-03-25T23:11:33+02:00');
    expect(at('6/17/2020 9:23:01 PM')).toBe('2020-06-17T21:23:01+03:00');
  });
});

describe('hidden boxes', () => {
  it('hides by a whole `hidden` token only, not by compounds that hide a label or hide on small screens', () => {
    const html = page(`<h1>${headline}</h1><div class="field field-name-field-image field-label-hidden"><img src="/files/lead.jpg" alt="صورة"></div>
      <div class="itemIntroText col-xs-hidden"><p>الفقرة الأولى من الخبر تقول ما جرى، وأين، ومتى، بجمل كاملة تنتهي بنقطة.</p></div><div class="itemFullText">${para}</div>
      <div class="hidden"><p>نسخة مخفية من خبر آخر لا يراها القارئ، طويلة بما يكفي لتعد فقرة، وفيها فواصل.</p></div>`);
    const article = ex.extract(html, { url: 'https://www.example.com.eg/news/1' });
    expect(article.images.map((i) => i.url)).toEqual(['https://www.example.com.eg/files/lead.jpg']);
    const body = article.body.map((b) => ('text' in b ? b.text : b.type));
    expect(body).toContain('الفقرة الأولى من الخبر تقول ما جرى، وأين، ومتى، بجمل كاملة تنتهي بنقطة.');
    expect(body.join(' ')).not.toContain('نسخة مخفية');
  });
});

describe('dates the page writes loosely', () => {
  it('takes the datetime attribute of a <time> that shows a relative time, not now minus the words', () => {
    const html = page(`<h1>${headline}</h1><div class="post-meta"><time class="published" datetime="2020-02-12T09:15:03+02:00">منذ 6 ساعات</time></div><div class="post-content">${para.repeat(3)}</div>`);
    const article = ex.extract(html, { url: 'https://www.example.com.eg/news/1', now: new Date('2026-11-25T12:00:00Z') });
    expect(article.published?.iso).toBe('2020-02-12T09:15:03+02:00');
  });

  it('reads a 12-hour clock written without ص/م in the half of the day the metadata gives, and only then', () => {
    const meta = '<meta property="article:published_time" content="2020-01-04T22:33:00+02:00">';
    const line = (time: string) =>
      `<html><head><title>${headline}</title>${meta}</head><body><h1>${headline}</h1><div class="date">تاريخ النشر: السبت - 2020-01-04- ${time}</div><div>${para.repeat(3)}</div></body></html>`;
    expect(ex.extract(line('10:33'), { url: 'https://www.example.jo/article/1' }).published?.iso).toBe('2020-01-04T22:33:00+02:00');
    expect(ex.extract(line('10:33 ص'), { url: 'https://www.example.jo/article/1' }).published?.iso).toBe('2020-01-04T10:33:00+02:00');
  });
});

describe('a desk credit parted by a spaced underscore', () => {
  it('gives the site\'s name after the place, as a dash does (`دبي _ النهار.نت`)', () => {
    const html = `<html><head><title>${headline}</title><meta property="og:site_name" content="النهار.نت"></head><body><div><h1>${headline}</h1><div class="author"><span>المصدر: </span> دبي _ النهار.نت</div></div><div>${para.repeat(3)}</div></body></html>`;
    expect(ex.extract(html, { url: 'https://www.example.net/ar/news/1' }).authors).toEqual(['النهار.نت']);
  });
});

describe('bylines that name a place or the site', () => {
  it('keeps the person of `name - place`, `place - name` and `name - site`, no one for `place - site`, and other pairs whole', async () => {
    const { bylinePerson } = await import('../../src/extract/authors.js');
    expect(bylinePerson('ريم الزهراني - جدة', [], undefined)).toBe('ريم الزهراني');
    expect(bylinePerson('عمان - ليث الخوالدة', [], undefined)).toBe('ليث الخوالدة');
    // A spaced underscore parts them as a dash does (an underscore between two names with no spaces joins co-authors).
    expect(bylinePerson('سلمى حامد _ القاهرة', [], undefined)).toBe('سلمى حامد');
    expect(bylinePerson('القاهرة _ سلمى حامد', [], undefined)).toBe('سلمى حامد');
    expect(bylinePerson('سامي النجار- إرم نيوز', ['إرم نيوز'], 'eremnews.com')).toBe('سامي النجار');
    expect(bylinePerson('غزة- إرم نيوز', ['إرم نيوز'], 'eremnews.com')).toBeUndefined();
    // A place after the name: after `من`, or before the site's name; a surname that names a place stays.
    expect(bylinePerson('ماجد الحربي من الرياض', [], undefined)).toBe('ماجد الحربي');
    expect(bylinePerson('سارة الحمادي أبوظبي - العين الإخبارية', ['العين الإخبارية'], undefined)).toBe('سارة الحمادي');
    expect(bylinePerson('يوسف عمر الخليل', [], undefined)).toBe('يوسف عمر الخليل');
    // A place, the paper and its reporter: the reporter; a run of places is no one.
    expect(bylinePerson('عمان - الدستور - سلمى الخطيب', ['الدستور'], undefined)).toBe('سلمى الخطيب');
    expect(bylinePerson('القاهرة - الجيزة - الإسكندرية', [], undefined)).toBe('القاهرة - الجيزة - الإسكندرية');
    // The site before its reporter: the outlet's desk, then the name.
    expect(bylinePerson('إرم نيوز – سامي النجار', ['إرم نيوز'], 'eremnews.com')).toBe('سامي النجار');
    // A region the table lacks, named by its opening word (`الساحل`, `ريف`, `قطاع`).
    expect(bylinePerson('الساحل الشرقي- إرم نيوز', ['إرم نيوز'], 'eremnews.com')).toBeUndefined();
    expect(bylinePerson('ريف دمشق - سامر عيسى', [], undefined)).toBe('سامر عيسى');
    expect(bylinePerson('اليوم - وكالات', ['اليوم'], 'alyaum.com')).toBe('اليوم - وكالات');
    expect(bylinePerson('(أبوظبي - البيان)', ['البيان'], 'albayan.ae')).toBe('(أبوظبي - البيان)');
  });

  it('keeps the paper\'s desk with its bracketed city (`«عكاظ» (جدة)`) as shown, the site named in Arabic too', async () => {
    const { bracketedDesk } = await import('../../src/extract/authors.js');
    expect(bracketedDesk('«عكاظ» (جدة)', ['عكاظ'], 'okaz.com.sa')).toBe('«عكاظ» (جدة)');
    expect(bracketedDesk('(جدة - عكاظ)', ['عكاظ'], 'okaz.com.sa')).toBeUndefined();
    expect(bracketedDesk('«الشرق» (الدوحة)', ['عكاظ'], 'okaz.com.sa')).toBeUndefined();
    // A hostile metadata author (a name, then a run of spaces) is no byline, and is not read at length.
    expect(bracketedDesk(`«عكاظ»${' '.repeat(100_000)}x)`, ['عكاظ'], 'okaz.com.sa')).toBeUndefined();
    const desk = '«عكاظ» (جدة)';
    const html = `<html><head><title>${headline} – عكاظ</title><meta property="og:site_name" content="عكاظ"><meta name="author" content="${desk}"></head><body><h1>${headline}</h1><ul class="list-meta-items"><li><p>الجمعة 15 مارس 2024 21:05</p></li><li><a style="cursor: default;">${desk}</a></li></ul><div class="article-body">${para}${para.replace('نص الخبر', 'وتابع الخبر')}${para.replace('نص الخبر', 'ويضيف الخبر')}</div></body></html>`;
    expect(ex.extract(html, { url: 'https://www.okaz.com.sa/news/local/2162345' }).authors).toEqual([desk]);
  });

  it('takes the reporter out of the body\'s opening line that names the site first (`المثال بريس – فلان`)', () => {
    const html = `<html><head><title>${headline}</title><meta property="og:site_name" content="المثال بريس"></head><body><h1>${headline}</h1><div class="entry-content"><p>المثال بريس – يوسف العلمي</p>${para.repeat(3)}</div></body></html>`;
    const article = ex.extract(html, { url: 'https://www.example.ma/news/1.html' });
    expect(article.authors).toEqual(['يوسف العلمي']);
    expect(article.text).not.toContain('يوسف العلمي');
  });

  it('gives the person of a byline element that adds the city', () => {
    const html = page(`<h1>${headline}</h1><a class="articleAuthor">ريم الزهراني - جدة</a><div class="articleBody">${para.repeat(3)}</div>`);
    expect(ex.extract(html, { url: 'https://www.example.com.sa/article/1' }).authors).toEqual(['ريم الزهراني']);
  });
});

describe('headline, source and link lines, share buttons by the byline', () => {
  it('takes the page\'s one sentence-like h1 over an SEO title the metadata carries', () => {
    const html = `<html><head><title>سعر الحديد اليوم الأربعاء في مصر - موقع المثال</title><meta property="og:title" content="سعر الحديد اليوم الأربعاء في مصر"></head>
      <body><header class="page-header"><h1 class="page-title">أسعار الحديد تتراجع 300 جنيه في بداية تعاملات اليوم</h1></header><div class="post-content">${para.repeat(3)}</div></body></html>`;
    expect(ex.extract(html, { url: 'https://www.example.com.eg/news/1' }).headline).toBe('أسعار الحديد تتراجع 300 جنيه في بداية تعاملات اليوم');
  });

  it('drops a source credit line and a labelled short link, keeps a sentence that names its source', () => {
    const html = page(`<h1>${headline}</h1><div class="wysiwyg">${para}<p>ونقلت الوكالة عن المصدر: إن الاجتماع سيعقد الأسبوع المقبل في العاصمة بحضور الوزراء المعنيين.</p><p><strong>المصدر: </strong> وكالة الأنباء</p><p>الرابط : https://www.example.com/?p=823009</p></div>`);
    const body = texts(html);
    expect(body).toContain('ونقلت الوكالة عن المصدر: إن الاجتماع سيعقد الأسبوع المقبل في العاصمة بحضور الوزراء المعنيين.');
    expect(body.join(' ')).not.toContain('وكالة الأنباء');
    expect(body.join(' ')).not.toContain('?p=823009');
  });

  it('reads the name of a byline box, not the share buttons beside it', () => {
    const html = page(`<h1>${headline}</h1><div class="full-article__author-share"><div class="full-article__author"><span>بقلم <em>سليمة بن علي</em></span></div><ul class="full-article__share"><li><a href="#"><span>Share</span></a></li><li><a href="#"><span>Tweet</span></a></li></ul></div><div class="full-article__content">${para.repeat(3)}</div>`);
    expect(ex.extract(html, { url: 'https://www.example.dz/news/1' }).authors).toEqual(['سليمة بن علي']);
  });
});

describe('where the article\'s date is', () => {
  it('anchors dates at a headline set in an h2, so a ticker\'s date above it does not win', () => {
    const html = `<html><head><title>${headline}</title><meta property="og:title" content="${headline}"></head><body>
      <div class="nh-item"><span class="nh-title">خبر آخر في أعلى الصفحة لهذا اليوم</span> - <span class="nh-date">السبت، 26 أيلول/سبتمبر 2020 20:05</span></div>
      <div class="item"><h2 class="itemTitle">${headline}</h2><span class="itemDateCreated">أدرج يوم : الثلاثاء, 02 حزيران/يونيو 2020 16:29</span><div class="itemFullText">${para.repeat(3)}</div></div></body></html>`;
    expect(ex.extract(html, { url: 'https://www.example.dz/ar/1' }).published?.iso).toBe('2020-06-02T16:29:00+01:00');
  });

  it('reads a date set in a link to the page itself (a permalink), but not one in a link to another story', () => {
    const url = 'https://www.example.com.eg/2487001/2020/02/15/story/';
    const html = (href: string) =>
      page(`<div class="entry-header"><h1>${headline}</h1><div class="jeg_meta_date"><a href="${href}">السبت 15 فبراير 2020 - 7:42 م</a></div></div><div class="content-inner">${para.repeat(3)}</div>`);
    expect(ex.extract(html(url), { url }).published?.iso).toBe('2020-02-15T19:42:00+02:00');
    // Another story's link gives no date line: only the day in the URL is left.
    expect(ex.extract(html('https://www.example.com.eg/other/'), { url }).published).toMatchObject({ iso: '2020-02-15', source: 'url' });
  });

  it('knows the permalink spelled another way: lower-case percent escapes, no www., a site-relative path', () => {
    const slug = encodeURIComponent('افتتاح-المعرض');
    const url = `https://www.example.com.eg/2020/02/20/${slug}/`;
    const html = (href: string) =>
      page(`<div class="entry-header"><h1>${headline}</h1><div class="jeg_meta_date"><a href="${href}">الخميس 20 فبراير 2020 - 11:54 ص</a></div></div><div class="content-inner">${para.repeat(3)}</div>`);
    for (const href of [`https://www.example.com.eg/2020/02/20/${slug.toLowerCase()}/`, `http://example.com.eg/2020/02/20/افتتاح-المعرض`, `/2020/02/20/${slug.toLowerCase()}/`]) {
      expect(ex.extract(html(href), { url }).published?.iso, href).toBe('2020-02-20T11:54:00+02:00');
    }
    // A <time> whose words name no date, in the permalink so spelled, is the story's too.
    const timed = page(`<h1>${headline}</h1><div class="meta"><a href="/2020/02/20/${slug.toLowerCase()}/"><time datetime="2020-02-20T11:54:00+02:00">الخميس</time></a></div><div class="content-inner">${para.repeat(3)}</div>`);
    expect(ex.extract(timed, { url: `https://www.example.com.eg/p/${slug}/` }).published?.iso).toBeUndefined();
    expect(ex.extract(timed, { url }).published?.iso).toBe('2020-02-20T11:54:00+02:00');
    // The site's home page and another story of the same day are no permalink of this one.
    for (const href of ['/', 'https://www.example.com.eg/', `/2020/02/20/${encodeURIComponent('خبر-آخر')}/`]) {
      expect(ex.extract(html(href), { url }).published, href).toMatchObject({ iso: '2020-02-20', source: 'url' });
    }
  });
});

describe('captions named as titles', () => {
  it('reads a caption box called image_title / article-image-title as the image\'s caption, not a paragraph', () => {
    const html = page(`<h1>${headline}</h1><div class="article-image"><img src="/img/lead.jpg"></div><div class="article-image-title">صورة أرشيفية لمبنى الوزارة في وسط العاصمة عمان</div><div class="article-desc">${para.repeat(3)}</div>`);
    const article = ex.extract(html, { url: 'https://www.example.jo/news/1' });
    expect(article.images.map((i) => i.caption)).toContain('صورة أرشيفية لمبنى الوزارة في وسط العاصمة عمان');
    expect(texts(html, 'https://www.example.jo/news/1')).not.toContain('صورة أرشيفية لمبنى الوزارة في وسط العاصمة عمان');
  });

  it("reads a lightbox gallery's captions from its items' data-sub-html", () => {
    const item = (img: string, cap: string) => `<li data-src="/img/big/${img}" data-sub-html="<p>${cap}</p>"><img src="/img/thumb/${img}"></li>`;
    const html = page(`<h1>${headline}</h1><div class="gallery"><ul id="lightgallery">${item('a.jpg', 'العروس مع والدتها')}${item('b.jpg', 'من حفل الزفاف')}</ul></div><div class="details">${para.repeat(3)}</div>`);
    const article = ex.extract(html, { url: 'https://www.example.com/news/1' });
    expect(article.images.map((i) => i.caption)).toEqual(['العروس مع والدتها', 'من حفل الزفاف']);
  });
});

describe('one image in two sizes', () => {
  it('lists the og:image and its in-page size variant (-330x186) once', () => {
    const html = `<html><head><title>${headline}</title><meta property="og:image" content="https://www.example.com/wp-content/uploads/2020/04/port-12.jpg"></head><body>
      <h1>${headline}</h1><figure itemprop="image"><img class="entry-image" src="https://www.example.com/wp-content/uploads/2020/04/port-12-330x186.jpg"></figure><div class="entry-content">${para.repeat(3)}</div></body></html>`;
    const article = ex.extract(html, { url: 'https://www.example.com/news/1' });
    expect(article.images).toHaveLength(1);
  });
});

describe('bylines of local correspondents, and lines that only open like one', () => {
  it('strips a governorate before the name, with or without محافظة, and a trailing colon', async () => {
    const { bylinePerson } = await import('../../src/extract/authors.js');
    expect(bylinePerson('الوادي الجديد - محمد بدر الدين:', [], undefined)).toBe('محمد بدر الدين');
    expect(bylinePerson('محافظة المنيا - هشام عبد الستار', [], undefined)).toBe('هشام عبد الستار');
  });

  it('does not read a body line that opens with a noun like تحرير or تقرير as a byline, and keeps it in the body', () => {
    const html = page(`<h1>${headline}</h1><div class="post-writer">هشام عبد الستار</div><div class="ni-content">${para}<p>تحرير 35 محضرا.</p><p>تقرير: 12 حالة جديدة</p>${para.replace('نص', 'ونص')}</div>`);
    const article = ex.extract(html, { url: 'https://www.example.com.eg/news/1' });
    expect(article.authors).toEqual(['هشام عبد الستار']);
    expect(texts(html)).toContain('تحرير 35 محضرا.');
  });
});

describe('more byline shapes', () => {
  it('reads a tatweel after كتبت as its dash, and strips a governorate written before the name without one', async () => {
    const { bylineNames } = await import('../../src/lexicon/index.js');
    const { bylinePerson } = await import('../../src/extract/authors.js');
    expect(bylineNames('كتبت ـ منى الشربيني')).toEqual(['منى الشربيني']);
    expect(bylinePerson('القليوبية إبراهيم سالم', [], undefined)).toBe('إبراهيم سالم');
    expect(bylinePerson('كفر الشيخ محمد علي', [], undefined)).toBe('محمد علي');
    expect(bylinePerson('أحمد علي', [], undefined)).toBe('أحمد علي');
  });

  it('splits two reporters joined by an underscore or a spaced dash, not names joined by و nor a place and a name', async () => {
    const { coAuthors } = await import('../../src/extract/authors.js');
    expect(coAuthors('كريم الشناوي_منى عبدالرحمن')).toEqual(['كريم الشناوي', 'منى عبدالرحمن']);
    expect(coAuthors('سعيد الفرماوي - هالة منصور')).toEqual(['سعيد الفرماوي', 'هالة منصور']);
    expect(coAuthors('سعيد الحلواني وعبد الرحمن موسي')).toEqual(['سعيد الحلواني وعبد الرحمن موسي']);
    expect(coAuthors('القاهرة - أ ش أ')).toEqual(['القاهرة - أ ش أ']);
  });

  it('reads the byline of a box its class names the news source (`newsSrc`), the place before it left out', () => {
    const authors = (byline: string) => ex.extract(page(`<h1 id="headercontainer">${headline}</h1><div id="sourcecontainer" class="socialDateSrc"><div class="newsSrc">${byline}</div><div class="date21">الأربعاء، 22 يناير 2020 07:46 م بتوقيت غرينتش</div></div><div id="documentcontainer">${para}${para.replace('نص الخبر', 'وتابع الخبر')}</div>`), { url: 'https://www.example.com/news/1' }).authors;
    expect(authors('روما – وكالات')).toEqual(['وكالات']);
    expect(authors('لندن- سامي فؤاد')).toEqual(['سامي فؤاد']);
  });

  it('parts names joined by a free-standing و, a reporter and an agency too, and drops the writing verb', () => {
    const authors = (byline: string) => ex.extract(page(`<h1>${headline}</h1><div class="post-writer">${byline}</div><div class="articleBody">${para}${para.replace('نص الخبر', 'وتابع الخبر')}</div>`), { url: 'https://www.example.com/news/1' }).authors;
    expect(authors('سامح عادل و منى فؤاد')).toEqual(['سامح عادل', 'منى فؤاد']);
    expect(authors('كتب هانى عبد الرازق و سمير فؤاد')).toEqual(['هانى عبد الرازق', 'سمير فؤاد']);
    expect(authors('كتب هانى عبد الرازق و رويترز')).toEqual(['هانى عبد الرازق', 'رويترز']);
    expect(authors('سعيد الحلواني وعبد الرحمن موسى')).toEqual(['سعيد الحلواني وعبد الرحمن موسى']);
    // The و written onto the agencies: no name begins with ووكالات.
    expect(authors('سامي وليد ووكالات')).toEqual(['سامي وليد', 'وكالات']);
    expect(authors('كتب: سامي وليد ووكالات الأنباء')).toEqual(['سامي وليد', 'وكالات الأنباء']);
    expect(authors('سامي وليد والوكالات')).toEqual(['سامي وليد', 'الوكالات']);
    // Three reporters or more parted by dashes or slashes, with the writing verb before them.
    expect(authors('كتب أحمد سامي - منى فؤاد - كريم حسن')).toEqual(['أحمد سامي', 'منى فؤاد', 'كريم حسن']);
    expect(authors('كتب : أحمد سامي / منى فؤاد / كريم حسن')).toEqual(['أحمد سامي', 'منى فؤاد', 'كريم حسن']);
  });
});

describe('a credits row that holds the date', () => {
  it('is not taken for the lead image\'s caption', () => {
    const html = `<html><head><title>${headline}</title><meta property="og:image" content="https://www.example.com/img/lead.jpg"></head><body><h1>${headline}</h1>
      <div class="b-article"><div class="b-article__refs-credits"><time class="b-article__refs-date" datetime="2020-03-17T17:27">GMT 17:27 17.03.2020</time> <span>انسخ الرابط</span></div><div class="b-article__text">${para.repeat(3)}</div></div></body></html>`;
    const article = ex.extract(html, { url: 'https://www.example.com/news/1' });
    expect(article.images.map((i) => i.caption).filter(Boolean)).toEqual([]);
  });
});

describe('an embedded post without its permalink', () => {
  it('keeps the tweet\'s text out of the body when the CMS split it from its status link', () => {
    const html = page(`<h1>${headline}</h1><div class="entry-content">${para}<blockquote class="twitter-tweet"><p lang="ar">نص التغريدة المضمنة الذي لا ينتمي إلى متن الخبر أبدا <a href="https://t.co/x">pic.twitter.com/x</a></p></blockquote><blockquote class="twitter-tweet"><p>— حساب (@handle) <a href="https://twitter.com/handle/status/123">January 13, 2020</a></p></blockquote>${para.replace('نص', 'ونص')}</div>`);
    const article = ex.extract(html, { url: 'https://www.example.com.eg/news/1' });
    expect(texts(html).join(' ')).not.toContain('نص التغريدة');
    expect(article.body.filter((b) => b.type === 'embed')).toHaveLength(1);
  });
});

describe('image sources', () => {
  it('takes srcset over a no.jpg / NoBlank.png placeholder src and drops hidden ad-view pixels', () => {
    const html = page(`<h1>${headline}</h1><figure class="main-img"><img class="lazyload" src="images/no.jpg" srcset="/u/400.jpg 320w, /u/800.jpg 720w"><figcaption class="brief">صورة من الاجتماع الوزاري في القاهرة</figcaption></figure>
      <div class="paragraph-list">${para}<img src="/adview/3551$7cview" rel="nofollow" style="display:none">${para.replace('نص', 'ونص')}</div>`);
    const article = ex.extract(html, { url: 'https://www.example.com.eg/news/1' });
    expect(article.images.map((i) => i.url)).toEqual(['https://www.example.com.eg/u/800.jpg']);
    expect(article.images[0]?.caption).toBe('صورة من الاجتماع الوزاري في القاهرة');
  });
});

describe('the deck next to the headline', () => {
  it('takes a sentence-like h2 right after the h1, or a lead-classed box, as the subheadline, and not a date or a short label', () => {
    const deck = 'المحافظ: 1200 ورشة جديدة وفرت أكثر من 3 آلاف فرصة عمل';
    const withDeck = (after: string) => page(`<div class="article-title"><h1>${headline}</h1>${after}</div><div class="article-subject">${para.repeat(3)}</div>`);
    expect(ex.extract(withDeck(`<h2>${deck}</h2>`), { url: 'https://www.example.com.eg/news/1' }).subheadline).toBe(deck);
    expect(ex.extract(withDeck(`<p class="news-lead">${deck}</p>`), { url: 'https://www.example.com.eg/news/1' }).subheadline).toBe(deck);
    expect(ex.extract(withDeck('<h2>الخميس 13 فبراير 2020 - 11:28 ص</h2>'), { url: 'https://www.example.com.eg/news/1' }).subheadline).toBeUndefined();
    expect(ex.extract(withDeck('<h2>أخبار مصر</h2>'), { url: 'https://www.example.com.eg/news/1' }).subheadline).toBeUndefined();
  });

  it('takes a short kicker that trails off into the story (`..`, `…`) right under the h1, and no short label or one set further down', () => {
    const withDeck = (after: string) => page(`<div class="titleArticle"><h1>${headline}</h1>${after}</div><div class="articleDate">الأربعاء 18 / 03 / 2020</div><div class="articleBody">${para.repeat(3)}</div>`);
    expect(ex.extract(withDeck('<h3>تحت الرعاية..</h3>'), { url: 'https://www.example.com.sa/article/1' }).subheadline).toBe('تحت الرعاية..');
    expect(ex.extract(withDeck('<h3>في نسخته الخامسة…</h3>'), { url: 'https://www.example.com.sa/article/1' }).subheadline).toBe('في نسخته الخامسة…');
    expect(ex.extract(withDeck('<h3>تحت الرعاية</h3>'), { url: 'https://www.example.com.sa/article/1' }).subheadline).toBeUndefined();
    expect(ex.extract(withDeck('<div></div><h3>تحت الرعاية..</h3>'), { url: 'https://www.example.com.sa/article/1' }).subheadline).toBeUndefined();
  });
});

describe('a hero figure above the headline', () => {
  it('comes along with its caption when the headline and the body share the <article>, share buttons between', () => {
    const html = page(`<article><figure class="hero-media"><img src="/uploads/2020/03/lead.jpg"><figcaption><p class="credits">منفذ لصرف السلع التموينية في القاهرة</p></figcaption></figure>
      <ul class="social"><li><a href="#">facebook</a></li><li><a href="#">غرد</a></li></ul>
      <section class="article-body"><header class="content-header"><h1>${headline}</h1></header><section class="content-body">${para.repeat(3)}</section></section></article>
      <div class="sidebar"><img src="/uploads/2020/03/other.jpg"><p class="caption">صورة من خبر آخر في الشريط الجانبي</p></div>`);
    const article = ex.extract(html, { url: 'https://www.example.com.eg/news/1' });
    expect(article.images.map((i) => i.caption)).toContain('منفذ لصرف السلع التموينية في القاهرة');
    expect(article.images.map((i) => i.caption)).not.toContain('صورة من خبر آخر في الشريط الجانبي');
  });
});

describe('a link to nowhere', () => {
  it('is read like a span: its date counts (`<a class="btn">…</a>` with no href), a real link\'s does not', () => {
    const html = (a: string) => page(`<h1>${headline}</h1><div class="card-body">${para.repeat(3)}<div class="tags">${a}</div></div>`);
    expect(ex.extract(html('<a class="btn btn-tag">20 مارس 2020</a>'), { url: 'https://www.example.ye/news/1' }).published?.iso).toBe('2020-03-20');
    expect(ex.extract(html('<a class="btn btn-tag" href="/news/2">20 مارس 2020</a>'), { url: 'https://www.example.ye/news/1' }).published).toBeUndefined();
  });
});

describe('date and byline details of WordPress and French-named themes', () => {
  it('reads the date inside an <article> under a layout-right-sidebar container, as published, not updated', () => {
    const html = page(`<div class="container layout-right-sidebar"><article><h1>${headline}</h1><time class="post-published updated" datetime="2020-03-20T19:40:23+00:00">20 مارس، 2020 , 9:40 م</time><div class="entry-content">${para.repeat(3)}</div></article><aside class="sidebar"><p>أخبار أخرى</p></aside></div>`);
    const article = ex.extract(html, { url: 'https://www.example.ly/news/1' });
    expect(article.published?.iso).toBe('2020-03-20T21:40:00+02:00');
    expect(article.updated).toBeUndefined();
  });

  it('takes no date from a headline that names a day, and reads a byline linked to /auteur/', () => {
    const html = page(`<h1>أسعار مواد البناء اليوم الخميس 5-3-2020</h1><div class="info"><span class="created">5 مارس 2020 11:20</span></div><div class="details">${para.repeat(3)}</div>
      <div class="field--name-field-auteur"><h6><a href="/auteur/x"><div class="field--name-name">منية الزواري</div></a></h6></div>`);
    const article = ex.extract(html, { url: 'https://www.example.com.eg/news/1' });
    expect(article.published?.iso).toBe('2020-03-05T11:20:00+02:00');
    expect(article.authors).toEqual(['منية الزواري']);
  });
});

describe('metadata of two precisions', () => {
  it('takes the metadata time to the minute over a day-only JSON-LD value of the same day', () => {
    const html = `<html><head><title>${headline}</title><meta property="article:published_time" content="2020-06-26T19:21:08+00:00">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${headline}","datePublished":"2020-06-26"}</script></head>
      <body><h1>${headline}</h1><div class="entry-content">${para.repeat(3)}</div></body></html>`;
    expect(ex.extract(html, { url: 'https://www.example.jo/news/1' }).published?.iso).toBe('2020-06-26T22:21:08+03:00');
  });
});

describe('a date and its time in two boxes', () => {
  it('reads them as one line', () => {
    const html = page(`<h1>${headline}</h1><div class="article-info"><div class="d-flex"><i class="icon-cal"></i><span>الأحد 12 يناير 2020</span></div><div class="d-flex"><i class="icon-clock"></i><span>8:03 م</span></div></div><div class="article-body">${para.repeat(3)}</div>`);
    expect(ex.extract(html, { url: 'https://www.example.com.eg/news/1' }).published?.iso).toBe('2020-01-12T20:03:00+02:00');
  });

  it('reads the time past the next box’s indentation and under its own label — not under an update’s', () => {
    const indent = `\n${' '.repeat(60)}`;
    const info = (label: string) =>
      `<dl class="article-info"><dd class="createdby">${indent}25 يونيو  2020${indent}</dd><dd class="category-name">${indent}<i class="fa fa-clock-o"></i>${indent}${label}: 11:01 AM${indent}</dd></dl>`;
    const at = (label: string) => ex.extract(page(`<h1>${headline}</h1>${info(label)}<div class="article-body">${para.repeat(3)}</div>`), { url: 'https://www.example.bh/news/1' }).published?.iso;
    expect(at('وقت الإنشاء')).toBe('2020-06-25T11:01:00+03:00');
    expect(at('آخر تحديث')).toBe('2020-06-25');
  });
});

describe('a metadata image that names no file', () => {
  it('is no lead image (`og:image` set to a folder when the story has no picture); a real file still is', () => {
    const html = (og: string): string => `<html><head><meta property="og:image" content="${og}"></head><body><h1>${headline}</h1>${para.repeat(3)}</body></html>`;
    expect(ex.extract(html('https://www.example.com/updates/pr/'), { url: 'https://www.example.com/news/1' }).leadImage).toBeUndefined();
    expect(ex.extract(html('https://www.example.com'), { url: 'https://www.example.com/news/1' }).leadImage).toBeUndefined();
    expect(ex.extract(html('https://www.example.com/images/no-image.png'), { url: 'https://www.example.com/news/1' }).leadImage).toBeUndefined();
    expect(ex.extract(html('https://www.example.com/img/2020/05/photo.jpg'), { url: 'https://www.example.com/news/1' }).leadImage?.url).toBe('https://www.example.com/img/2020/05/photo.jpg');
    expect(ex.extract(html('https://cdn.example.com/image/?id=77'), { url: 'https://www.example.com/news/1' }).leadImage?.url).toBe('https://cdn.example.com/image/?id=77');
  });

  it("is no lead image when it is the site's own picture (a default folder, the theme's logo); a story's picture of a logo is", () => {
    const html = (og: string): string => `<html><head><meta property="og:image" content="${og}"></head><body><h1>${headline}</h1>${para.repeat(3)}</body></html>`;
    const lead = (og: string) => ex.extract(html(og), { url: 'https://www.example.com/news/1' }).leadImage?.url;
    expect(lead('https://www.example.com/Content/shared/images/default/SiteLogo.jpg')).toBeUndefined();
    expect(lead('https://www.example.com/res/img/site/logo-1024x576.png')).toBeUndefined();
    expect(lead('https://www.example.com/uploads/2020/03/new-logo-unveiled.jpg')).toBe('https://www.example.com/uploads/2020/03/new-logo-unveiled.jpg');
    // A bare relative path would resolve against the article's folder, where the file is not.
    expect(lead('2020-06/14/story-image.jpg')).toBeUndefined();
    expect(lead('/updates/pr/2020-06/14/story-image.jpg')).toBe('https://www.example.com/updates/pr/2020-06/14/story-image.jpg');
  });
});

describe('a desk signing the story', () => {
  it('is the byline when it stands on its own line above the first paragraph, and a subheading is not', () => {
    const story = `<h1>${headline}</h1><div class="story"><p><br />المحرر الاقتصادي<br />تبدأ الحملة الوطنية لدعم المشاريع الصغيرة مطلع الشهر المقبل، بمشاركة عشرات الجهات.<br />وقال مدير الحملة إن التسجيل مفتوح للجميع، وإن الدعم يشمل التدريب والتمويل.<br />أرقام الحملة<br />يبلغ عدد المشاريع المسجلة حتى الآن ألفا ومئتي مشروع، معظمها في المحافظات.</p></div>`;
    const article = ex.extract(page(story), { url: 'https://www.example.com/news/1' });
    expect(article.authors).toEqual(['المحرر الاقتصادي']);
    const lines = article.body.map((b) => ('text' in b ? b.text : ''));
    expect(lines).not.toContain('المحرر الاقتصادي');
    expect(lines).toContain('أرقام الحملة');
    const subhead = `<h1>${headline}</h1><div class="story"><p>محرر الشؤون المحلية يكتب عن المدينة، وعن أحيائها القديمة وأسواقها.</p>${para.repeat(2)}</div>`;
    expect(ex.extract(page(subhead), { url: 'https://www.example.com/news/1' }).authors).toEqual([]);
  });

  it('takes the paper\'s analyst signing a market column (`المحلل المالي`) the same way', () => {
    const story = `<h1>${headline}</h1><div id="story_body"><p>المحلل المالي<br />سجلت أسهم الشركات الصغيرة ارتفاعا خلال تعاملات الأسبوع، رغم تراجع معظم القطاعات الأخرى.<br />وأرجع متعاملون ذلك إلى التوزيعات النقدية المرتقبة، وإلى عودة بعض المحافظ إلى الشراء.</p></div>`;
    const article = ex.extract(page(story), { url: 'https://www.example.com/news/1' });
    expect(article.authors).toEqual(['المحلل المالي']);
    expect(article.body.map((b) => ('text' in b ? b.text : ''))).not.toContain('المحلل المالي');
  });
});

describe('a read-also label after a conjunction', () => {
  it('leaves the body with the linked title under it (`واقرأ أيضًا:`)', () => {
    const story = `<h1>${headline}</h1><article>${para}<div><span>واقرأ أيضًا:</span></div><div><span><a href="/news/2">عنوان خبر آخر عن المحافظة</a></span></div>${para.replace('نص الخبر', 'وتابع الخبر')}${para.replace('نص الخبر', 'ويضيف الخبر')}</article>`;
    const body = texts(page(story));
    expect(body.join(' ')).not.toContain('أيضًا');
    expect(body).toHaveLength(3);
  });
});

describe('pictures of buttons', () => {
  it('are no article images: a print icon inside a script link, an email icon by name; a photo still is', () => {
    const story = `<h1>${headline}</h1><article><div class="no-print"><a href="javascript:;" onclick="window.print()"><img src="/images/printer-tool.png" alt="طباعة"></a><a href="mailto:?subject=x"><img src="/static/email.png"></a></div><a href="https://play.google.com/store/apps/details?id=com.example" class="gnews"><img src="/uploads/badges/gplay-store-2020.png" alt="google news"></a><figure><img src="/uploads/2020/06/hospital-opening-88213.jpg" alt="المركز الصحي"></figure>${para.repeat(3)}</article>`;
    const article = ex.extract(page(story), { url: 'https://www.example.com/news/1' });
    expect(article.images.map((i) => i.url)).toEqual(['https://www.example.com/uploads/2020/06/hospital-opening-88213.jpg']);
  });

  it('are no article images: a share button\'s picture, by where its link leads, though nothing else names it', () => {
    const targets = ['whatsapp://send?text=x', 'https://wa.me/?text=x', 'https://www.facebook.com/sharer/sharer.php?u=x', 'https://twitter.com/intent/tweet?url=x', 'tg://msg?text=x'];
    const buttons = targets.map((href, i) => `<a href="${href}"><img src="/images/b${i}.png"></a>`).join('');
    const story = `<article><h1>${headline}</h1><div style="padding:4px">${buttons}</div><div class="article-container"><figure><img src="/uploads/2020/06/hospital-opening-88213.jpg"></figure>${para.repeat(3)}</div></article>`;
    const article = ex.extract(page(story), { url: 'https://www.example.com/news/1' });
    expect(article.body.filter((b) => b.type === 'image')).toHaveLength(1);
    expect(article.images.map((i) => i.url).join(' ')).not.toMatch(/\/images\/b\d/);
  });

  it('are no article images: a picture from the site\'s folder of ads, above the headline in <main>', () => {
    const story = `<main><div><a href="https://bit.ly/xyz" target="_blank"><img src="/ads/promo-7.jpg"></a></div><div class="post"><h1>${headline}</h1><div class="content">${para.repeat(3)}</div></div></main>`;
    expect(ex.extract(page(story), { url: 'https://www.example.com/news/1' }).images).toEqual([]);
  });

  it('are no article images: a picture in a link to nowhere that runs script (`href="#" onclick="window.print()"`)', () => {
    const story = `<article><h1>${headline}</h1><div><span><a href="#" onclick="window.print()"><img src="/assets/img/01.gif"></a></span></div><div class="article-container">${para.repeat(3)}</div></article>`;
    expect(ex.extract(page(story), { url: 'https://www.example.com/news/1' }).images).toEqual([]);
  });
});

describe('byline separators', () => {
  it('parts a place from the name at a backslash or slash, and two reporters at a comma or slash; a title like د/ stays', async () => {
    const { bylinePerson, coAuthors } = await import('../../src/extract/authors.js');
    expect(bylinePerson('الأقصر\\سلمى رمزي', [], undefined)).toBe('سلمى رمزي');
    expect(bylinePerson('أسوان / كريم عادل', [], undefined)).toBe('كريم عادل');
    expect(coAuthors('سعيد الفرماوي، هالة منصور')).toEqual(['سعيد الفرماوي', 'هالة منصور']);
    expect(coAuthors('سعيد الفرماوي / هالة منصور')).toEqual(['سعيد الفرماوي', 'هالة منصور']);
    expect(coAuthors('د/ أحمد سمير')).toEqual(['د/ أحمد سمير']);
    expect(bylinePerson('د/ أحمد سمير', [], undefined)).toBe('د/ أحمد سمير');
  });
});

describe('a lead picture an adapter\'s selectors miss', () => {
  it('takes its caption from the figure in the box right after the headline\'s', () => {
    const story = `<article id="articleId-2615340"><div class="articleHeader"><h1>${headline}</h1><div class="time"><span>09:40 م</span><span>الخميس 20 يونيو 2024</span></div></div><div class="image-wrap"><figure><img class="img-responsive" src="https://media.example.com/img/2024/6/20/1.jpg" alt="${headline}"><figcaption class="desc"><p>المحافظ خلال جولته في الحي</p></figcaption></figure></div><div class="ArticleDetails details">${para}${para.replace('نص الخبر', 'وتابع الخبر')}${para.replace('نص الخبر', 'ويضيف الخبر')}</div></article>`;
    const html = page(story).replace('</title>', '</title><meta property="og:image" content="https://media.example.com/img/2024/6/20/1.jpg">');
    const a = createExtractor({ adapters: builtinAdapters }).extract(html, { url: 'https://www.masrawy.com/news/news_cairo/details/2024/6/20/2615340/x' });
    expect(a.adapter).toBe('masrawy.com');
    expect(a.leadImage?.caption).toBe('المحافظ خلال جولته في الحي');
  });
});

describe('a name stretched with tatweel', () => {
  it('is given without the stretch, from a byline box, from the body and through an adapter', () => {
    const box = ex.extract(page(`<h1>${headline}</h1><div class="author">بقلم: <a href="/writer/3">مـاجـد الـسـيـد</a></div><div class="content">${para.repeat(3)}</div>`), { url: 'https://www.example.com.eg/news/1' });
    expect(box.authors).toEqual(['ماجد السيد']);
    const inBody = ex.extract(page(`<h1>${headline}</h1><div class="content"><p>كتبت: سـلـمـى رمـــزي</p>${para.repeat(3)}</div>`), { url: 'https://www.example.com.eg/news/1' });
    expect(inBody.authors).toEqual(['سلمى رمزي']);
    const site = createExtractor({ adapters: builtinAdapters }).extract(page(`<div class="mtitle"><h1>${headline}</h1></div><div class="post-writer"><a href="/author/9">مـاجـد الـسـيـد</a></div><div class="ni-content">${para}${para.replace('نص الخبر', 'وتابع الخبر')}${para.replace('نص الخبر', 'ويضيف الخبر')}</div>`), { url: 'https://www.elbalad.news/4185162' });
    expect(site.adapter).toBe('elbalad.news');
    expect(site.authors).toEqual(['ماجد السيد']);
  });
});

describe('a related-story card inside the body', () => {
  it('leaves no picture, label or teaser behind (`موضوع يهمك` box with a tooltip)', () => {
    const card = '<div class="topic"><h2><span>موضوع يهمك</span><div class="tooltip"> ?<div class="tooltip-txt">كشفت دراسة حديثة أن أسعار الغذاء سترتفع في الأشهر المقبلة.</div></div></h2><a href="/ar/economy/2020/04/03/study.html"><span class="cover"><img src="/images/study-teaser.jpg" alt="دراسة"></span><span class="ttl">دراسة: أسعار الغذاء إلى ارتفاع</span></a><a href="/ar/economy" class="section-ttl">اقتصاد</a></div>';
    const story = `<h1>${headline}</h1><div id="body-text">${para}${card}${para.replace('نص الخبر', 'وتابع الخبر')}${para.replace('نص الخبر', 'ويضيف الخبر')}</div>`;
    const article = ex.extract(page(story), { url: 'https://www.example.com/ar/news/1.html' });
    expect(article.images).toEqual([]);
    const body = article.body.map((b) => ('text' in b ? b.text : b.type));
    expect(body).toHaveLength(3);
    expect(body.join(' ')).not.toMatch(/يهمك|دراسة/);
  });
});

describe('a meta field set apart from its label', () => {
  it('leaves the body with its label (`المصدر:` over a list), and a writer under `إعداد:` is the author', () => {
    const box = (value: string): string => `<h1>${headline}</h1><div id="articledetails" class="articlecontent"><div class="metadata"><div class="source"><span class="label">المصدر:</span><ul><li>${value}</li></ul></div><div class="publish-date"><span class="label">التاريخ:</span><time datetime="2020-06-27T10:52+0400">27 يونيو 2020</time></div></div>${para.repeat(3)}</div>`;
    const agency = ex.extract(page(box('رويترز')), { url: 'https://www.example.ae/news/1' });
    expect(agency.body.map((b) => b.type)).toEqual(['paragraph']);
    const writer = ex.extract(page(box('إعداد: ليلى الحمادي')), { url: 'https://www.example.ae/news/1' });
    expect(writer.body.map((b) => b.type)).toEqual(['paragraph']);
    expect(writer.authors).toEqual(['ليلى الحمادي']);
    // A place and a reporter, set in brackets: the reporter.
    const filed = ex.extract(page(box('(عدن- سامي الأحمدي)')), { url: 'https://www.example.ae/news/1' });
    expect(filed.body.map((b) => b.type)).toEqual(['paragraph']);
    expect(filed.authors).toEqual(['سامي الأحمدي']);
  });
});

describe('lines a blog engine or a feed importer adds', () => {
  it('leave the body: `Posted by … on …`, `The post … appeared first on …`, and an opinion page\'s disclaimer', () => {
    const story = `<h1>${headline}</h1><div id="content"><div class="postmeta"><span>Posted by <a href="/author/cedro/" rel="author">cedro</a> on April 25, 2020</span></div><div class="entry">${para}${para.replace('نص الخبر', 'وتابع الخبر')}<p>The post ${headline} appeared first on صحيفة المثال.</p><p>ظهرت المقالة ${headline} أولاً على صحيفة المثال.</p><p>المقالة تعبر فقط عن رأي الصحيفة أو الكاتب</p></div></div>`;
    const body = texts(page(story));
    expect(body).toHaveLength(2);
  });
});

describe('dates a page shows for other things, and a date box named for its field', () => {
  it('takes no date from a <time> inside a quoted post, and reads a `changed-date` box as the update', () => {
    const ld = (iso: string): string => `<script type="application/ld+json">{"@type":"NewsArticle","headline":"${headline}","datePublished":"${iso}"}</script>`;
    const insta = '<blockquote class="instagram-media"><p><a href="https://www.instagram.com/p/x/">منشور</a></p><p>نشر بواسطة حساب ما في <time datetime="2020-03-24T17:01:12+00:00">Mar 24, 2020 at 10:01am PDT</time></p></blockquote>';
    const story = `<html><head>${ld('2020-03-25T23:40:44+0300')}</head><body><div class="field field--name-node-changed-date">الخميس 26 مارس 2020 00:16</div><div class="field--name-node-title"><h1>${headline}</h1></div><div class="field--name-body">${para}${insta}${para.replace('نص الخبر', 'وتابع الخبر')}</div></body></html>`;
    const article = ex.extract(story, { url: 'https://mubasher.aljazeera.net/news/1' });
    expect(article.published?.iso).toBe('2020-03-25T23:40:44+03:00');
    expect(article.updated?.iso).toBe('2020-03-26T00:16:00+03:00');
  });
});

describe('a BEM state modifier on the story\'s wrapper', () => {
  it('does not make the date under it chrome (`content__inner--hasSidebar`), while a real sidebar still is', () => {
    const story = `<div class="content__inner content__inner--hasSidebar"><article><h1>${headline}</h1><div class="article__text">${para.repeat(3)}</div><div class="article__extra"><span>02 يوليو 2020, 13:15</span></div></article></div>`;
    expect(ex.extract(page(story), { url: 'https://www.vaticannews.va/ar/news/1.html' }).published?.iso).toBe('2020-07-02T13:15:00+02:00');
    const side = `<article><h1>${headline}</h1><div class="article__text">${para.repeat(3)}</div></article><div class="sidebar--hasItems"><span>03 يوليو 2020, 17:30</span></div>`;
    expect(ex.extract(page(side), { url: 'https://www.vaticannews.va/ar/news/1.html' }).published).toBeUndefined();
  });
});

describe('a story set one paragraph per component wrapper (Quintype, React themes)', () => {
  it('is read whole, not just its longest paragraph', () => {
    const texts = ['أطلقت الأمانة اليوم مشروع مسارات المشي بين المزارع، ويمتد المشروع على مساحة واسعة تخدم الأحياء المجاورة كلها.', 'وأوضح المتحدث أن المسارات تمتد لأكثر من اثني عشر كيلومترا، وتضم استراحات ومظلات ونقاطا لمياه الشرب على امتداد الطريق.', 'وأشار إلى أن التصميم راعى الحفاظ على قنوات الري القديمة، وأن العمل استمر ثمانية أشهر بمشاركة شركات محلية.', 'ودعت الأمانة الأهالي إلى المحافظة على المرافق، مؤكدة أن المرحلة الثانية تبدأ مطلع العام المقبل.'];
    const el = (t: string): string => `<div class="arr--element-container"><div class="arr--text-element"><p>${t}</p></div></div>`;
    const html = page(`<h1>${headline}</h1><div class="arr--story-page-card-wrapper">${texts.map(el).join('')}</div><aside class="most-read"><a href="/1">خبر آخر عن مشروع جديد في المدينة يستحق القراءة</a></aside>`);
    expect(ex.extract(html, { url: 'https://sabq.org/saudia/1' }).body.map((b) => ('text' in b ? b.text : b.type))).toEqual(texts);
  });
});

describe('a page built with Elementor, which calls every element a widget', () => {
  const w = (type: string, inner: string): string => `<div class="elementor-element elementor-widget elementor-widget-${type}"><div class="elementor-widget-container">${inner}</div></div>`;
  const html = `<meta property="article:published_time" content="2024-05-02T07:15:00+00:00"><div data-elementor-type="single-post" class="elementor elementor-77 elementor-location-single post-1 post type-post">${w('theme-post-title', `<h1 class="elementor-heading-title">${headline}</h1>`)}${w('post-info', '<ul class="elementor-post-info"><li class="elementor-icon-list-item"><span class="elementor-post-info__item elementor-post-info__item--type-date"><time>مايو 2, 2024</time></span></li><li class="elementor-icon-list-item"><span class="elementor-post-info__item elementor-post-info__item--type-time"><time>10:15 ص</time></span></li></ul>')}${w('theme-post-featured-image', '<figure class="wp-caption"><img src="https://example-news.com/wp-content/uploads/2024/05/lib.jpg" width="800" height="450" alt=""><figcaption class="widget-image-caption wp-caption-text">واجهة المكتبة الجديدة بعد اكتمال أعمال البناء</figcaption></figure>')}${w('theme-post-content', para.repeat(3))}${w('posts', '<article class="elementor-post"><h3 class="elementor-post__title"><a href="/2">بلدية المدينة تطلق حملة لتشجير الشوارع الرئيسية قبل حلول فصل الصيف</a></h3><span class="elementor-post-date">مايو 1, 2024</span></article>')}</div>`;
  it('takes the writer from the meta row\'s own item (`كتب: …`), not the body', () => {
    const row = w('post-info', '<ul class="elementor-post-info"><li class="elementor-icon-list-item"><span class="elementor-post-info__item elementor-post-info__item--type-custom">كتب: خالد العمري</span></li><li class="elementor-icon-list-item"><span class="elementor-post-info__item--type-date">20 مايو، 2020</span></li></ul>');
    const a = ex.extract(page(`${w('theme-post-title', `<h1>${headline}</h1>`)}${row}${w('theme-post-content', para.repeat(3))}`), { url: 'https://example-news.com/?p=1' });
    expect(a.authors).toEqual(['خالد العمري']);
    expect(a.body.every((b) => b.type === 'paragraph')).toBe(true);
  });
  it('reads the story\'s date line, featured picture and caption, and still leaves a list of stories out', () => {
    const a = ex.extract(page(html), { url: 'https://example-news.com/?p=1' });
    // The visible clock against the metadata's UTC instant: +03:00.
    expect(a.published?.iso).toBe('2024-05-02T10:15:00+03:00');
    expect(a.leadImage?.caption).toBe('واجهة المكتبة الجديدة بعد اكتمال أعمال البناء');
    expect(a.body.map((b) => ('text' in b ? b.text : b.type)).join(' ')).not.toContain('تشجير');
  });
});

describe('the Theia Sticky Sidebar plugin\'s wrapper around the story\'s column', () => {
  it('does not make the story\'s own date chrome, and a UTC metadata stamp is shown at the offset the page\'s own stamp gives', () => {
    const story = (dateBox: string): string => `<div class="penci-wide-content"><div class="theiaStickySidebar"><article class="post hentry"><header class="entry-header"><h1 class="entry-title">${headline}</h1>${dateBox}</header><div class="entry-content">${para.repeat(3)}</div></article></div></div><aside class="widget-area"><div class="theiaStickySidebar"><time class="entry-date" datetime="2020-05-07T15:44:39+02:00">2020/05/07</time></div></aside>`;
    const meta = '<meta property="article:published_time" content="2020-04-27T12:02:32+00:00">';
    const shown = ex.extract(page(meta + story('<span class="penci-posted-on"><time class="entry-date published" datetime="2020-04-27T14:02:32+02:00">2020/04/27</time><time class="updated" datetime="2020-04-27T14:02:33+02:00">2020/04/27</time></span>')), { url: 'https://www.example.com/13124392.htm' });
    expect(shown.published?.iso).toBe('2020-04-27T14:02:32+02:00');
    // Saved a second after publishing, shown as a day: no update.
    expect(shown.updated).toBeUndefined();
    // A labelled day first, the stamp elsewhere: the metadata's minute, at the page's offset.
    const labelled = ex.extract(page(meta + story('<div class="post-date">تاريخ النشر: 27 أبريل 2020</div><span class="posted-on"><time class="entry-date published" datetime="2020-04-27T14:02:32+02:00">2020/04/27</time></span>')), { url: 'https://www.example.com/13124392.htm' });
    expect(labelled.published?.iso).toBe('2020-04-27T14:02:32+02:00');
  });
  it('leaves a time saved minutes after the publication, or shown with its clock, an update', () => {
    const story = (updated: string): string => `<article class="post hentry"><header class="entry-header"><h1 class="entry-title">${headline}</h1><time class="entry-date published" datetime="2020-04-27T14:02:32+02:00">2020/04/27</time>${updated}</header><div class="entry-content">${para.repeat(3)}</div></article>`;
    expect(ex.extract(page(story('<time class="updated" datetime="2020-04-27T16:40:00+02:00">2020/04/27</time>')), { url: 'https://www.example.com/1.htm' }).updated?.iso).toBe('2020-04-27T16:40:00+02:00');
    expect(ex.extract(page(story('<time class="updated" datetime="2020-04-27T14:03:00+02:00">2020/04/27 14:03</time>')), { url: 'https://www.example.com/1.htm' }).updated?.iso).toBe('2020-04-27T14:03:00+02:00');
  });
});

describe('what big sites\' current templates set around the story', () => {
  const story = para.repeat(3);
  it('reads a deck classed `article__subhead`, and no dateline as a deck', () => {
    const deck = 'تشمل الخطة استبدال أربعين كيلومترا من الأنابيب القديمة وبناء خزانين احتياطيين';
    expect(ex.extract(page(`<header><h1>${headline}</h1><p class="article__subhead"><em>${deck}</em></p></header><div class="wysiwyg">${story}</div>`), { url: 'https://www.aljazeera.net/news/2023/1/1/x' }).subheadline).toBe(deck);
    expect(ex.extract(page(`<h1>${headline}</h1><div class="article-sub-heading"><span class="article-source">أبوظبي - سكاي نيوز عربية</span></div><div class="article-body">${story}</div>`), { url: 'https://www.skynewsarabia.com/world/1-x' }).subheadline).toBeUndefined();
  });
  it('reads a summary box between the picture and the text as the deck, and not one that opens with a dateline', () => {
    const summary = 'شركات ملاحة تتحدث عن تأخير يصل إلى أسبوع في تسليم الحاويات';
    const story = (box: string): string => page(`<h1>${headline}</h1><div class="article-sub-heading"><span class="article-source">أبوظبي - سكاي نيوز عربية</span></div><div id="first-article-middle"><div class="article-media"><img src="/images/1.jpg" width="800" height="450" alt=""></div><div class="article-content">${box}<div class="article-body">${para}${para.replace('نص الخبر', 'وتابع الخبر')}${para.replace('نص الخبر', 'ويضيف الخبر')}</div></div></div>`);
    const a = ex.extract(story(`<div class="article-summary-cont"><span class="article-summary">${summary}</span></div>`), { url: 'https://www.skynewsarabia.com/business/1-x' });
    expect(a.subheadline).toBe(summary);
    expect(a.body.map((b) => ('text' in b ? b.text : '')).join(' | ')).not.toContain(summary);
    const lead = 'طهران(إسنا) - عقد وزير الطاقة اجتماعا موسعا مع وفد زائر تناول سبل توسيع الربط الكهربائي بين البلدين.';
    const b = ex.extract(story(`<p class="summary" itemprop="description">${lead}</p>`), { url: 'https://ar.isna.ir/news/1/x' });
    expect(b.subheadline).toBeUndefined();
    expect(b.body.map((x) => ('text' in x ? x.text : ''))).toContain(lead);
  });
  it('reads the lead picture, its caption and the lede in the story\'s own header box (`article__header`)', () => {
    const lede = 'أقر المجلس البلدي في العاصمة، اليوم الجمعة، خطة لتوسعة شبكة الحافلات تشمل أربعة خطوط جديدة.';
    const header = (cls: string): string => `<div class="${cls}"><div class="article__info"><span>14:30 GMT 15.03.2024</span></div><h1 class="article__title">${headline}</h1><div class="article__announce"><div class="media"><img src="/img/1086543210.jpg" width="1200" height="675" alt="حافلة كهربائية"><div class="media__photoview-caption">حافلة كهربائية في أحد شوارع العاصمة</div></div></div><div class="article__announce-text">${lede}</div></div>`;
    const body = `<div class="article__body">${para}${para.replace('نص الخبر', 'وتابع الخبر')}${para.replace('نص الخبر', 'ويضيف الخبر')}${para.replace('نص الخبر', 'وختم الخبر')}</div>`;
    const a = ex.extract(page(`<div class="article">${header('article__header')}${body}</div>`), { url: 'https://sarabic.ae/20240315/x-1086543210.html' });
    expect(a.images.map((i) => i.caption)).toContain('حافلة كهربائية في أحد شوارع العاصمة');
    expect(a.body.find((b) => b.type === 'paragraph')).toEqual({ type: 'paragraph', text: lede });
    expect(a.body.map((b) => ('text' in b ? b.text : '')).join(' ')).not.toContain('14:30');
  });
  it('leaves out text only a screen reader reads, and a read-also run past a linked question', () => {
    const box = `<p>اقرأ أيضا:</p><p><span class="screen-reader-text">قائمة 1 من 2</span><a href="/news/1">هل تنجح المدن الصغيرة في جذب الشباب؟</a></p><p>المدن الساحلية تعيد رسم خريطة السياحة</p><div class="list-end"><span class="screen-reader-text">نهاية القائمة الخاصة بالموضوعات</span></div>`;
    const a = ex.extract(page(`<h1>${headline}</h1><div class="wysiwyg">${para}${box}${para.replace('نص الخبر', 'وتابع الخبر')}</div>`), { url: 'https://www.aljazeera.net/opinions/2023/1/1/x' });
    const text = a.body.map((b) => ('text' in b ? b.text : 'items' in b ? b.items.join(' ') : b.type)).join(' | ');
    expect(text).not.toMatch(/قائمة|نهاية القائمة|تنجح المدن|الساحلية/);
  });
  it('leaves out the whole box a read-also title opens, its teaser sentences too, and nothing of the story', () => {
    const teaser = '<p>يعرض المهرجان هذا العام أفلاما من اثنتي عشرة دولة، بينها ثلاثة أفلام عربية.</p>';
    const box = `<div class="simplebox injected-block-holder"><h3 class="box-title">اقرأ المزيد</h3>${teaser}</div>`;
    const later = para.replace('نص الخبر', 'وتابع الخبر');
    const a = ex.extract(page(`<h1>${headline}</h1><div class="field-name-body"><div class="field-item">${para}${box}${later}${para}</div></div>`), { url: 'https://www.independentarabia.com/node/1' });
    const text = a.body.map((b) => ('text' in b ? b.text : b.type)).join(' | ');
    expect(text).not.toContain('اثنتي عشرة دولة');
    expect(text).toContain('وتابع الخبر');
    // A read-also title set straight in the story's own container titles no box: the story's sentences after it stay.
    const inline = ex.extract(page(`<h1>${headline}</h1><div class="field-item">${para}<h3>اقرأ المزيد</h3>${teaser}${later}${para}</div>`), { url: 'https://www.independentarabia.com/node/1' });
    expect(inline.body.map((b) => ('text' in b ? b.text : '')).join(' | ')).toContain('اثنتي عشرة دولة');
    // Nor does a label pasted as a line of its own: the editor's wrapper it opens goes on with the story.
    const pasted = ex.extract(page(`<h1>${headline}</h1><div class="field-item">${para}<div><div>اقرأ أيضا :</div><div><a href="/news/2">عنوان خبر آخر عن المحافظة</a></div>${teaser}</div>${later}</div>`), { url: 'https://www.example.com.eg/news/1' });
    expect(pasted.body.map((b) => ('text' in b ? b.text : '')).join(' | ')).toContain('اثنتي عشرة دولة');
  });
  it('reads a caption past the label a template sets before it, and a picture\'s source line as its credit', () => {
    const fig = (n: number, caption: string): string => `<figure><div><img src="https://ichef.bbci.co.uk/ace/ws/800/cpsprodpb/${n}.jpg" width="800" height="450" alt="صورة"><p role="text"><span>صدر الصورة، </span><span>Getty Images</span></p></div><figcaption><span>التعليق على الصورة، </span><p>${caption}</p></figcaption></figure>`;
    const a = ex.extract(page(`<main role="main"><h1>${headline}</h1>${para}${fig(1, 'تراجع إنتاج الزيتون في عدة مناطق بسبب قلة الأمطار')}${para.replace('نص الخبر', 'وتابع الخبر')}${para}</main>`), { url: 'https://www.bbc.com/arabic/articles/c3g8k2v1dxro' });
    expect(a.images.map((i) => i.caption)).toContain('تراجع إنتاج الزيتون في عدة مناطق بسبب قلة الأمطار');
    const text = a.body.map((b) => ('text' in b ? b.text : '')).join(' | ');
    expect(text).not.toMatch(/صدر الصورة|التعليق على الصورة/);
  });
  it('reads a picture Drupal\'s Scald editor wraps as a widget in the text, with its caption', () => {
    const pic = '<div class="dnd-widget-wrapper context-sdl_editor_representation type-image"><div class="dnd-atom-rendered"><img src="/sites/default/files/styles/large/public/2025/03/12/1.jpg" width="800" height="450" alt=""></div><div class="dnd-caption-wrapper"><div class="meta">لقطة من الفيلم الجديد في مهرجان القاهرة (الخدمة الإعلامية)</div></div></div>';
    const a = ex.extract(page(`<h1>${headline}</h1><div class="field-name-body"><div class="field-item">${para}${pic}${para.replace('نص الخبر', 'وتابع الخبر')}${para}</div></div>`), { url: 'https://www.independentarabia.com/node/1' });
    expect(a.images.map((i) => i.caption ?? '').join(' ')).toContain('لقطة من الفيلم الجديد');
  });
});

describe('a date linked to its archive', () => {
  it('is the story\'s date, read from the box that says "date" around the link, an hAtom `updated` class or not', () => {
    const mh = `<article class="post hentry"><header class="entry-header"><h1 class="entry-title">${headline}</h1><div class="mh-meta entry-meta"><span class="entry-meta-date updated"><i class="fa fa-clock-o"></i><a href="https://www.example.jo/2020/05/">مايو 2, 2020</a></span> <span class="entry-meta-author author vcard"><a class="fn" href="/author/laila/">ليلى الحوراني</a></span> <span class="entry-meta-categories"><a href="/category/culture/" rel="category tag">ثقافة</a></span></div></header><div class="entry-content">${para.repeat(3)}</div></article>`;
    const a = ex.extract(page(mh), { url: 'https://www.example.jo/library-hours/' });
    expect(a.published?.iso).toBe('2020-05-02');
    expect(a.updated).toBeUndefined();
    const newsup = `<h1 class="title single">${headline}</h1><div class="media-body"><span class="mg-blog-date"><i class="fas fa-clock"></i><a href="/2023/05/">مايو 2, 2023</a></span></div><article class="page-content-single">${para.repeat(3)}</article>`;
    expect(ex.extract(page(newsup), { url: 'https://www.example.jo/boats/' }).published?.iso).toBe('2023-05-02');
    // A link to another story stays another story's date.
    const other = newsup.replace('href="/2023/05/"', 'href="/2023/05/02/other-story/"');
    expect(ex.extract(page(other), { url: 'https://www.example.jo/boats/' }).published).toBeUndefined();
  });
});

describe('a byline\'s label glued to the name by markup alone', () => {
  it('is set apart (`<h4><span>بواسطة</span><a>…</a></h4>`: Themeansar\'s themes space them with CSS)', () => {
    const story = `<h1 class="title single">${headline}</h1><div class="media mg-info-author-block"><a class="mg-author-pic" href="/author/haider/"><img src="/avatar.png" alt=""></a><div class="media-body"><h4 class="media-heading"><span>بواسطة</span><a href="/author/haider/">حيدر الساعدي</a></h4><span class="mg-blog-date"> مايو 2, 2023 </span></div></div><article class="page-content-single">${para.repeat(3)}</article>`;
    expect(ex.extract(page(story), { url: 'https://www.example.iq/2023/05/02/boats/' }).authors).toEqual(['حيدر الساعدي']);
  });
});

describe('a writer\'s name closing the story', () => {
  it('is the byline when it stands alone after the paragraphs (pictures and blank lines after it aside); a short closing sentence is not', () => {
    const paras = ['أكدت الوزارة أن العمل جار على قدم وساق، وأن المشروع سينتهي قبل الموعد.', 'وأضاف المسؤول أن التكلفة بلغت مليوني دولار، تمولها الحكومة بالكامل.', 'وأشار إلى أن المرحلة الثانية تبدأ العام المقبل، وتشمل ثلاث مدن.', 'ويذكر أن المشروع هو الأول من نوعه في المنطقة، بحسب البيان.'].map((t) => `<p>${t}</p>`).join('');
    const signed = ex.extract(page(`<h1>${headline}</h1><div class="entry">${paras}<p style="text-align: justify;">لمى الحسن</p><p>&nbsp;</p><div class="gallery"><img src="/uploads/2020/06/site-visit-1.jpg" width="600"></div></div>`), { url: 'https://www.example.sy/news/1' });
    expect(signed.authors).toEqual(['لمى الحسن']);
    expect(signed.body.map((b) => ('text' in b ? b.text : b.type))).not.toContain('لمى الحسن');
    const closing = ex.extract(page(`<h1>${headline}</h1><div class="entry">${paras}<p>والله ولي التوفيق</p></div>`), { url: 'https://www.example.sy/news/1' });
    expect(closing.authors).toEqual([]);
    expect(closing.body.map((b) => ('text' in b ? b.text : b.type))).toContain('والله ولي التوفيق');
  });
  it('is the byline with the place it was filed from, the reprinted paper\'s credit under it staying; an agency so signed stays', () => {
    const paras = ['أكدت الوزارة أن العمل جار على قدم وساق، وأن المشروع سينتهي قبل الموعد.', 'وأضاف المسؤول أن التكلفة بلغت مليوني دولار، تمولها الحكومة بالكامل.', 'وأشار إلى أن المرحلة الثانية تبدأ العام المقبل، وتشمل ثلاث مدن.'].map((t) => `<p>${t}</p>`).join('');
    const texts = (a: { body: Array<{ type: string; text?: string }> }): string[] => a.body.map((b) => b.text ?? b.type);
    const reprint = ex.extract(page(`<h1>${headline}</h1><div class="entry-content">${paras}<p>عطبرة: سامية الطيب حمدان<br /> صحيفة الصيحة</p></div>`), { url: 'https://www.example.com/13124392.htm' });
    expect(reprint.authors).toEqual(['سامية الطيب حمدان']);
    expect(texts(reprint)).not.toContain('عطبرة: سامية الطيب حمدان');
    expect(texts(reprint).at(-1)).toBe('صحيفة الصيحة');
    const filed = ex.extract(page(`<h1>${headline}</h1><div class="entry-content">${paras}<p>الخرطوم - سلمى عثمان</p></div>`), { url: 'https://www.example.com/1.htm' });
    expect(filed.authors).toEqual(['سلمى عثمان']);
    // The paper alone under the story names no writer.
    const paper = ex.extract(page(`<h1>${headline}</h1><div class="entry-content">${paras}<p>نص آخر عن المشروع الجديد في المدينة وأثره على السكان.</p><p>صحيفة الصيحة</p></div>`), { url: 'https://www.example.com/1.htm' });
    expect(paper.authors).toEqual([]);
    const agency = ex.extract(page(`<h1>${headline}</h1><div class="entry-content">${paras}<p>نص آخر عن المشروع الجديد في المدينة وأثره على السكان.</p><p>القاهرة - أ ش أ</p></div>`), { url: 'https://www.example.com/1.htm' });
    expect(texts(agency)).toContain('القاهرة - أ ش أ');
  });
});

describe('a byline between the headline and the body', () => {
  it('is read from a `articleUser` box, and from any short line that opens with a verb of writing', () => {
    const story = (byline: string): string => `<h1 class="sec-head-title">${headline}</h1><span style="font-family:Tahoma">الثلاثاء 12/مايو/2020 - 04:15 م</span><div class="article-container"><figure><img src="/upload/photo/news/32/6/600x338o/151.jpg" alt="صورة"><figcaption></figcaption></figure>${byline}<div class="ni-content">${para}<div><br></div>${para.replace('نص الخبر', 'وتابع الخبر')}</div></div>`;
    expect(ex.extract(page(story('<span class="articleUser">سوهاج – سارة منصور</span>')), { url: 'https://www.example.info/1' }).authors).toEqual(['سارة منصور']);
    const verb = ex.extract(page(story('<span class="meta-x">كتبت - سارة منصور</span>')), { url: 'https://www.example.info/1' });
    expect(verb.authors).toEqual(['سارة منصور']);
    expect(verb.body.map((b) => ('text' in b ? b.text : b.type)).join(' ')).not.toContain('سارة');
  });
});

describe('a byline box whose label stands apart', () => {
  it('gives the name without the label (`<span>تحریر</span> <strong>…</strong>`), and a desk as it stands', () => {
    const story = (box: string): string => `<h1>${headline}</h1><div class="item-text">${para.repeat(2)}</div><ul class="author-id"><li><i class="fa fa-folder"></i> ${box}</li></ul>`;
    expect(ex.extract(page(story('<span>تحریر</span> <strong>زينب موسوي</strong>')), { url: 'https://www.example.ir/news/1' }).authors).toEqual(['زينب موسوي']);
    expect(ex.extract(page(story('<strong>المحرر الاقتصادي</strong>')), { url: 'https://www.example.ir/news/1' }).authors).toEqual(['المحرر الاقتصادي']);
  });
});

describe('the deck after a wrapped headline', () => {
  it('is found past the wrapper and the lead picture\'s box (Drupal fields), and leaves the body', () => {
    const deck = 'اصطف آلاف المواطنين اليوم أمام مكاتب البريد لتسلم المنحة الاستثنائية للأسر';
    const story = `<div class="node"><div class="field field--name-node-title"><h1 class="field-title">${headline}</h1></div><div class="field field--name-field-main-image"><img src="/sites/default/files/2020-03/post.jpg" width="770"><div class="field--name-field-caption">طوابير أمام أحد المكاتب</div></div><div class="field field--name-field-ajmn-summary">${deck}</div><div class="field field--name-body">${para}${para.replace('نص الخبر', 'وتابع الخبر')}</div></div>`;
    const article = ex.extract(page(story), { url: 'https://mubasher.example.net/news/1' });
    expect(article.subheadline).toBe(deck);
    expect(article.body.map((b) => ('text' in b ? b.text : b.type))).not.toContain(deck);
  });
});

describe('an opening line of place and name', () => {
  const story = (opening: string): string => `<h1>${headline}</h1><div class="articleBody"><p>${opening}</p>${para}${para.replace('نص الخبر', 'وتابع الخبر')}</div>`;
  it('is the byline (`عمان - ليث الخوالدة`), while a place and an agency stay as the first line', () => {
    const named = ex.extract(page(story('عمان - ليث الخوالدة')), { url: 'https://www.example.jo/news/1' });
    expect(named.authors).toEqual(['ليث الخوالدة']);
    expect(named.body.map((b) => ('text' in b ? b.text : b.type))).not.toContain('عمان - ليث الخوالدة');
    expect(texts(page(story('موسكو-سانا')), 'https://www.example.jo/news/1')).toContain('موسكو-سانا');
  });

  it('credits the bracketed agency of a dateline (`تونس - (د ب أ)`, with or without its colon) when no writer is named', () => {
    for (const opening of ['تونس - (د ب أ)', 'طهران - (د ب أ):']) {
      const a = ex.extract(page(story(opening)), { url: 'https://www.example.com/news/1' });
      expect(a.authors).toEqual(['د ب أ']);
      expect(a.body.map((b) => ('text' in b ? b.text : b.type))).not.toContain(opening);
    }
    const signed = ex.extract(page(`<h1>${headline}</h1><div class="author">كتب: سامي فؤاد</div><div class="articleBody"><p>تونس - (د ب أ)</p>${para}${para.replace('نص الخبر', 'وتابع الخبر')}</div>`), { url: 'https://www.example.com/news/1' });
    expect(signed.authors).toEqual(['سامي فؤاد']);
  });
});

describe('a story set inside a heading element', () => {
  it('reads the paragraphs of an <h6> or a <br>-split <h2> as paragraphs, while a one-line heading stays one', () => {
    const long = 'أطلقت المديرية اليوم برنامجا جديدا لرعاية المواهب الشابة في المحافظة، يشمل التدريب والمنح والمتابعة الدورية.';
    const short = 'وأشار إلى أن البرنامج يبدأ الشهر المقبل.';
    const kinds = (inner: string) => ex.extract(page(`<h1>${headline}</h1><div class="post-txt">${inner}</div>`), { url: 'https://www.example.com/news/1' }).body.map((b) => b.type);
    expect(kinds(`<h6><p>${long}</p><p>${short}</p></h6>`)).toEqual(['paragraph', 'paragraph']);
    expect(kinds(`<h2><br>${long}<br><br>${short}<br><br>${long.replace('اليوم', 'أمس')}</h2>`)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(kinds(`<p>${long}</p><h2>تفاصيل البرنامج</h2><p>${short}</p>`)).toEqual(['paragraph', 'heading', 'paragraph']);
  });
});

describe('a short paragraph opening with the verb a date label is made of', () => {
  it('stays in the body (`نشرت المطربة صورة…`, `نشر الفنان صورة…`), while `نشر في: …2020` leaves', () => {
    const body = texts(page(`<h1>${headline}</h1><div class="body"><p>نشر في: 12 مارس 2020</p><p>نشرت المطربة صورة جديدة لها عبر حسابها على فيسبوك.</p><p>نشر الفنان صورة من الاستوديو.</p>${para}</div>`));
    expect(body).toContain('نشرت المطربة صورة جديدة لها عبر حسابها على فيسبوك.');
    expect(body).toContain('نشر الفنان صورة من الاستوديو.');
    expect(body).not.toContain('نشر في: 12 مارس 2020');
  });
});

describe("a date line in the article's own footer, its label set against the <time>", () => {
  it('is read: `<footer>` inside the `<article>` is the story\'s, and `<strong>label</strong><time>` reads apart', () => {
    const line = '<div class="publish-date"><strong>تاريخ النشر</strong><time><span>مارس ,18 / 2020 11:37</span><span class="gmt"> GMT</span></time></div>';
    const at = (html: string) => ex.extract(page(html), { url: 'https://www.example.com/news/1' }).published?.iso;
    expect(at(`<article><h1>${headline}</h1>${line}<div class="entry-content">${para}${para}</div></article>`)).toBe('2020-03-18T11:37:00+00:00');
    expect(at(`<article><h1>${headline}</h1><div class="entry-content">${para}${para}</div><footer>${line}</footer></article>`)).toBe('2020-03-18T11:37:00+00:00');
    // The site's footer is still no date line.
    expect(at(`<article><h1>${headline}</h1><div class="entry-content">${para}${para}</div></article><footer>${line}</footer>`)).toBeUndefined();
  });
});

describe('a byline box labelled as the source', () => {
  it('gives the reporter after `المصدر:` and the place', () => {
    const html = page(`<h1>${headline}</h1><div class="author"><span>المصدر: </span> الرياض - محمد العتيبي</div><div class="post-txt">${para}${para.replace('نص الخبر', 'وتابع الخبر')}</div>`);
    expect(ex.extract(html, { url: 'https://www.example.com/news/1' }).authors).toEqual(['محمد العتيبي']);
  });
});

describe("a byline box naming only the site's desk after a place", () => {
  it('gives the desk as shown (`المصدر: دبي - العربية.نت`), not a bracketed dateline, and a reporter still wins', () => {
    const html = (byline: string) => `<html><head><meta property="og:site_name" content="العربية نت"></head><body><div class="article-hdr"><h1>${headline}</h1><div class="author">${byline}</div></div><div id="body-text">${para}${para.replace('نص الخبر', 'وتابع الخبر')}</div></body></html>`;
    const authors = (byline: string) => ex.extract(html(byline), { url: 'https://www.example.net/news/1' }).authors;
    expect(authors('<span>المصدر: </span> دبي - العربية.نت')).toEqual(['العربية.نت']);
    expect(authors('(دبي - العربية.نت)')).toEqual([]);
    expect(authors('<span>المصدر: </span> الرياض - محمد العتيبي')).toEqual(['محمد العتيبي']);
  });
});

describe("the metadata's desk credit after a place", () => {
  // `<script type="application/ld+json">` naming the place and the site as the author, the page showing the same words
  // in a dateline heading above the text, or as a link to the desk's author page.
  const html = (shown: string) => `<html><head><title>${headline} - أخبار المثال</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"${headline}","author":{"@type":"Person","name":"القاهرة ـ أخبار المثال"}}</script></head><body><h1>${headline}</h1>${shown}<div id="text">${para}${para.replace('نص الخبر', 'وتابع الخبر')}</div></body></html>`;
  const authors = (shown: string) => ex.extract(html(shown), { url: 'https://www.example.net/218/1-x' }).authors;

  it('is no byline where the page shows it as a dateline', () => {
    expect(authors('<h6 class="dateline" style="display:block"> القاهرة ـ أخبار المثال</h6>')).toEqual([]);
  });

  it('is the byline as shown where the page links it to an author page or sets it in a byline box', () => {
    expect(authors('<div class="date"><a href="https://www.example.net/author/12/1/x">القاهرة ـ أخبار المثال</a></div>')).toEqual(['أخبار المثال']);
    expect(authors('<div class="byline">القاهرة ـ أخبار المثال</div>')).toEqual(['أخبار المثال']);
  });
});

describe('a byline box the page hides', () => {
  it('names no author (an uploader account), while the same box shown does, with `كتب بواسطة` taken off', () => {
    const html = (style: string) => page(`<h1>${headline}</h1><div class="post-txt">${para}${para.replace('نص الخبر', 'وتابع الخبر')}</div><div class="author"${style}><span class="fa fa-pencil"></span>
كتب بواسطة
سامي فؤاد</div>`);
    expect(ex.extract(html(' style="display: none"'), { url: 'https://www.example.com/news/1' }).authors).toEqual([]);
    expect(ex.extract(html(''), { url: 'https://www.example.com/news/1' }).authors).toEqual(['سامي فؤاد']);
  });
});

describe('an aggregator that credits the outlet it copied', () => {
  it("takes no author from metadata naming that outlet, linked on the page as the source", () => {
    const html = (source: string) => `<html><head><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"صوت المدينة"}}</script></head><body><h1>${headline}</h1>
      <span class="post-source"><a href="${source}">صوت المدينة</a></span><section class="article-content">${para}${para.replace('نص الخبر', 'وتابع الخبر')}</section></body></html>`;
    expect(ex.extract(html('/news/1?source=true'), { url: 'https://www.example.net/news/1' }).authors).toEqual([]);
    expect(ex.extract(html('/sources/3/x'), { url: 'https://www.example.net/news/1' }).authors).toEqual([]);
    expect(ex.extract(html('/about'), { url: 'https://www.example.net/news/1' }).authors).toEqual(['صوت المدينة']);
  });
});

describe('the site named twice in another order', () => {
  it('is no author (`وكالة الأنباء الأردنية (بترا)` against the site name `بترا -وكالة الأنباء الأردنية`)', () => {
    const html = `<html><head><meta name="author" content=" وكالة الأنباء الأردنية (بترا)  "><meta property="og:site_name" content="بترا -وكالة الأنباء الأردنية"></head><body><h1>${headline}</h1>${para}</body></html>`;
    expect(ex.extract(html, { url: 'https://petra.example.jo/news/1' }).authors).toEqual([]);
  });
});

describe('one picture under two addresses, two pictures behind one script', () => {
  it('lists a Drupal style derivative and its original once, and keeps two files an image script serves apart', () => {
    const drupal = `<html><head><meta property="og:image" content="https://www.example.net/sites/default/files/2020-03/post.jpg"></head><body><h1>${headline}</h1><article><img src="/sites/default/files/styles/super_big_teaser/public/2020-03/post.jpg?itok=AbC12dEf" width="770">${para}</article></body></html>`;
    expect(ex.extract(drupal, { url: 'https://www.example.net/news/1' }).images).toHaveLength(1);
    const script = `<html><head><meta property="og:image" content="https://www.example.com/thumbnail.php?file=0_61.jpg"></head><body><h1>${headline}</h1><article><figure><img src="/thumbnail.php?file=authors/rana.jpg" width="300"><figcaption>صورة الكاتبة</figcaption></figure>${para}</article></body></html>`;
    expect(ex.extract(script, { url: 'https://www.example.com/news/1' }).images.map((i) => i.url)).toEqual(['https://www.example.com/thumbnail.php?file=0_61.jpg', 'https://www.example.com/thumbnail.php?file=authors/rana.jpg']);
  });
});

describe('a lazy picture whose template lost its base URL', () => {
  it('gives no image (`data-srcset="&quality=60&w=640 320w"`), where a real candidate still does', () => {
    const html = (srcset: string): string => page(`<h1>${headline}</h1><article><img class="picture__image--lazyload" data-srcset="${srcset}">${para}</article>`);
    expect(ex.extract(html('&amp;quality=60&amp;w=640 320w, &amp;quality=60&amp;w=1280 640w'), { url: 'https://www.example.com/ar/news/1' }).images).toEqual([]);
    expect(ex.extract(html('https://images.example.com/x.jpg?quality=60&amp;w=640 320w'), { url: 'https://www.example.com/ar/news/1' }).images.map((i) => i.url)).toEqual(['https://images.example.com/x.jpg?quality=60&w=640']);
  });
});

describe('captions that name no picture', () => {
  it('a video\'s figcaption and a pull quote in a caption box do not caption the lead image', () => {
    const sentence = 'وأكدت الكاتبة أن الكتابة اليومية عادة تحتاج إلى صبر طويل ومثابرة';
    const head = '<meta property="og:image" content="https://www.example.net/images/lead.jpg">';
    const video = `<html><head>${head}</head><body><h1>${headline}</h1><article><figure class="media-video"><iframe src="https://www.youtube.com/embed/abc"></iframe><figcaption>مشهد من الطوابير أمام المكاتب</figcaption></figure>${para}</article></body></html>`;
    expect(ex.extract(video, { url: 'https://www.example.net/news/1' }).images.map((i) => i.caption)).toEqual([undefined]);
    const quote = `<html><head>${head}</head><body><h1>${headline}</h1><article><p>${sentence}، وهذا ما تقوله دائما لطلابها في الورش.</p><div><table id="captionTable"><tr><td class="TextCaption"><label>"</label>${sentence}<label>"</label></td></tr></table></div>${para}</article></body></html>`;
    expect(ex.extract(quote, { url: 'https://www.example.net/news/1' }).images.map((i) => i.caption)).toEqual([undefined]);
  });
});

describe('a data table in the body', () => {
  it('reads row by row, its short cells joined, while a layout table\'s long cells stay apart', () => {
    const table = '<table><thead><tr><th>البنك</th><th>شراء</th><th>بيع</th></tr></thead><tbody><tr><td>البنك المركزي</td><td>15,97 جم</td><td>16,09 جم</td></tr><tr><td>بنك النخيل</td><td>16,05 جم</td><td>16,15 جم</td></tr></tbody></table>';
    const body = texts(page(`<h1>${headline}</h1><article>${para}${table}${para.replace('نص الخبر', 'وتابع الخبر')}</article>`));
    expect(body).toContain('البنك المركزي 15,97 جم 16,09 جم');
    expect(body).toContain('بنك النخيل 16,05 جم 16,15 جم');
    const long = 'نص طويل في خلية جدول تخطيط قديم، يحمل فقرة كاملة من الخبر، وفيه فواصل ونقاط كثيرة تكفي لتعد فقرة من المتن.';
    const layout = texts(page(`<h1>${headline}</h1><table><tr><td>${long}</td><td>${long.replace('نص طويل', 'ونص آخر')}</td></tr></table>`));
    expect(layout).toContain(long);
  });
});

describe('a source strip under a scraped story', () => {
  it('leaves the body: an outlet and the day it ran', () => {
    const story = `<h1>${headline}</h1><section class="article-content"><div>${para}${para.replace('نص الخبر', 'وتابع الخبر')}</div><div><span>وكالة الأنباء السعودية (واس)</span> <span>سبق</span> <span>2020-03-27</span></div></section>`;
    expect(texts(page(story))).toHaveLength(2);
  });
});

describe('a hash-named picture in two size folders', () => {
  it('is one image, carrying the caption the page gives it', () => {
    const hash = '5e8f2c1a9b7d4e3f6a0b1c2d3e4f5a6b';
    const html = `<html><head><meta property="og:image" content="https://cdn.example.com/images/thumbs/500/news/${hash}.jpg"></head><body><h1>${headline}</h1><article><div class="article-image"><img src="https://cdn.example.com/images/news/${hash}.jpg"><span class="caption">الوزير خلال الافتتاح</span></div>${para}</article></body></html>`;
    const article = ex.extract(html, { url: 'https://www.example.com/news/1' });
    expect(article.images).toHaveLength(1);
    expect(article.leadImage?.caption).toBe('الوزير خلال الافتتاح');
  });

  it('is one image when both names end in the upload\'s hex id after a size prefix and date parts; two ids stay two', () => {
    const html = (og: string) => `<html><head><meta property="og:image" content="${og}"></head><body><h1>${headline}</h1><article><figure><img src="https://www.example.net/temp/thumb/900x450_uploads,2020,02,12,4b7e19c2d0.jpg"><p class="wp-caption-text">الوزير في المؤتمر</p></figure>${para}</article></body></html>`;
    const same = ex.extract(html('https://www.example.net/temp/resized/medium_2020-02-12-4b7e19c2d0.jpg'), { url: 'https://www.example.net/news/1' });
    expect(same.images.map((i) => [i.url, i.caption])).toEqual([['https://www.example.net/temp/thumb/900x450_uploads,2020,02,12,4b7e19c2d0.jpg', 'الوزير في المؤتمر']]);
    const other = ex.extract(html('https://www.example.net/temp/resized/medium_2020-02-12-90ad31f5e7.jpg'), { url: 'https://www.example.net/news/1' });
    expect(other.images).toHaveLength(2);
  });

  it('is one image when a named file sits in two size folders on two hosts; two files stay two', () => {
    const html = (inPage: string) => `<html><head><meta property="og:image" content="https://www.example.net/img/2020/03/exlarge/example-court.jpg"></head><body><h1>${headline}</h1><article><div class="img"><img src="${inPage}"><h6 class="photocaption">محكمة</h6></div>${para}${para}</article></body></html>`;
    const same = ex.extract(html('https://img.example.net/2020/03/normal/example-court.jpg'), { url: 'https://www.example.net/news/1' });
    expect(same.images.map((i) => i.caption)).toEqual(['محكمة']);
    const other = ex.extract(html('https://img.example.net/2020/03/normal/example-minister.jpg'), { url: 'https://www.example.net/news/1' });
    expect(other.images).toHaveLength(2);
  });

  it('is one image when the size folder comes before the date folders (`/img/large/2020/2/23/x.jpg`, `/img/Thumb/2020/2/23/x.jpg`)', () => {
    const html = (og: string) => `<html><head><meta property="og:image" content="${og}"></head><body><h1>${headline}</h1><article><ul class="gallery"><li><img src="https://media.example.com/img/large/2020/2/23/2020_2_23_15_16_56_356.jpg"><p>وصف الصورة</p></li><li><img src="https://media.example.com/img/Thumb/2020/2/23/2020_2_23_15_16_57_684.jpg"><p>وصف الصورة</p></li></ul><div class="details">${para.repeat(3)}</div></article></body></html>`;
    const one = ex.extract(html('https://media.example.com/img/large/2020/2/23/2020_2_23_15_16_57_684.jpg'), { url: 'https://www.example.com/news/1' });
    // The lead picture first, under the URL the page shows it at.
    expect(one.images.map((i) => i.url)).toEqual(['https://media.example.com/img/Thumb/2020/2/23/2020_2_23_15_16_57_684.jpg', 'https://media.example.com/img/large/2020/2/23/2020_2_23_15_16_56_356.jpg']);
    const larger = ex.extract(html('https://media.example.com/img/verylarge/2020/2/23/2020_2_23_15_16_57_684.jpg'), { url: 'https://www.example.com/news/1' });
    expect(larger.images).toHaveLength(2);
    const short = ex.extract(html('https://media.example.com/img/large/2020/2/24/7.jpg').replace('2020_2_23_15_16_57_684.jpg', '7.jpg'), { url: 'https://www.example.com/news/1' });
    expect(short.images).toHaveLength(3);
  });

  it('is one image in two `WxHo` size folders of one folder; a short name in another folder is another image', () => {
    const html = (og: string) => `<html><head><meta property="og:image" content="${og}"></head><body><h1>${headline}</h1><article><div class="mainImg"><img src="https://www.example.com/upload/photo/news/420/4/600x338o/406.jpg?q=3"><div class="caption">الوزير خلال الزيارة</div></div>${para}${para}</article></body></html>`;
    const one = ex.extract(html('https://www.example.com/upload/photo/news/420/4/560x292o/406.jpg'), { url: 'https://www.example.com/news/1' });
    expect(one.images.map((i) => i.caption)).toEqual(['الوزير خلال الزيارة']);
    // The list gives the size the page shows, as the body does.
    const shown = one.body.find((b) => b.type === 'image');
    expect(one.images[0]!.url).toBe('https://www.example.com/upload/photo/news/420/4/600x338o/406.jpg?q=3');
    expect(shown && 'url' in shown ? shown.url : undefined).toBe(one.images[0]!.url);
    const two = ex.extract(html('https://www.example.com/upload/photo/gallery/77/1/560x292o/406.jpg'), { url: 'https://www.example.com/news/1' });
    expect(two.images).toHaveLength(2);
  });
});

describe('one picture under a resizer\'s parameters', () => {
  it('is one image when og:image is a derivative served under the original\'s name (`x.jpg_gen/derivatives/…`)', () => {
    const html = `<html><head><meta property="og:image" content="https://www.example.ae/polopoly_fs/1.386!/image/image.jpg_gen/derivatives/original_640/image.jpg"></head><body><h1>${headline}</h1><figure><img src="https://www.example.ae/polopoly_fs/1.386!/image/image.jpg" alt="الصورة: "></figure><div class="content">${para.repeat(3)}</div></body></html>`;
    expect(ex.extract(html, { url: 'https://www.example.ae/news/1' }).images).toHaveLength(1);
  });

  it('is one image when og:image and the page show two renditions of one asset (`…/x.jpg/_jcr_content/renditions/…`)', () => {
    const asset = 'https://www.example.va/content/dam/site/2020/06/07/church-1.jpg/_jcr_content/renditions/cq5dam.thumbnail.cropped';
    const html = `<html><head><meta property="og:image" content="${asset}.1500.844.jpeg"></head><body><h1>${headline}</h1><figure><img src="${asset}.750.422.jpeg"><figcaption>كنيسة في وسط المدينة</figcaption></figure><div class="content">${para.repeat(3)}</div></body></html>`;
    const images = ex.extract(html, { url: 'https://www.example.va/ar/news/1.html' }).images;
    expect(images).toHaveLength(1);
    expect(images[0]).toMatchObject({ url: `${asset}.750.422.jpeg`, caption: 'كنيسة في وسط المدينة' });
  });

  it('is one image when the page shows an optimiser\'s copy (`xname.jpg,qitok=….pagespeed.ic.<hash>.jpg`) of the og:image', () => {
    const files = 'https://www.example.com/sites/default/files';
    const html = (shown: string) => `<html><head><meta property="og:image:url" content="${files}/2020/02/04/news/fields/image/STATIONVISIT.jpg"></head><body><h1>${headline}</h1><article><div class="featured-image"><img src="${shown}" alt="الوزير خلال الجولة"></div>${para.repeat(3)}</article></body></html>`;
    for (const shown of [
      `${files}/styles/full_node/public/2020/02/04/news/fields/image/xSTATIONVISIT.jpg,qitok=ab12Cd_Q.pagespeed.ic.Zx9Yw8_Vu7.jpg`,
      `${files}/2020/02/04/news/fields/image/640x360xSTATIONVISIT.jpg.pagespeed.ic.Zx9Yw8_Vu7.webp`,
      `${files}/2020/02/04/news/fields/image/STATIONVISIT.jpg.pagespeed.ce.Zx9Yw8_Vu7.jpg`,
    ]) {
      const images = ex.extract(html(shown), { url: 'https://www.example.com/news/1' }).images;
      expect(images.map((i) => i.url)).toEqual([shown]);
    }
    // Another picture the optimiser served is still another picture.
    const other = `${files}/2020/02/04/news/fields/image/xHARBOURTOUR.jpg.pagespeed.ic.Qw1Er2Ty3U.jpg`;
    expect(ex.extract(html(other), { url: 'https://www.example.com/news/1' }).images).toHaveLength(2);
  });

  it('is one image when an image server gives the size as the last path segments after the picture\'s id', () => {
    const server = 'https://www.example.ae/file/GetImageCustom';
    const html = (og: string) => `<html><head><meta property="og:image" content="${server}/${og}"></head><body><h1>${headline}</h1><article><div class="DetailsImage"><img src="${server}/761a21b7-1f2e-4c3d-9a8b-0123456789ab/460/355"></div>${para.repeat(3)}</article></body></html>`;
    expect(ex.extract(html('761a21b7-1f2e-4c3d-9a8b-0123456789ab/400/300'), { url: 'https://www.example.ae/Home/GetPage/1/2' }).images).toHaveLength(1);
    expect(ex.extract(html('99aa21b7-1f2e-4c3d-9a8b-0123456789ab/400/300'), { url: 'https://www.example.ae/Home/GetPage/1/2' }).images).toHaveLength(2);
  });

  it('is one image when og:image is WordPress\'s edited or scaled original and the page shows a size of it', () => {
    const up = 'https://www.example.net/wp-content/uploads/2020/03';
    const html = (og: string) => `<html><head><meta property="og:image" content="${up}/${og}"></head><body><h1>${headline}</h1><article><div class="post-thumbnail"><img src="${up}/market-750x430.jpg" class="wp-post-image"></div>${para.repeat(3)}</article></body></html>`;
    for (const og of ['market-e1584733088345.jpg', 'market-scaled.jpg']) expect(ex.extract(html(og), { url: 'https://www.example.net/news/1' }).images, og).toHaveLength(1);
    expect(ex.extract(html('harbour-e1584733088345.jpg'), { url: 'https://www.example.net/news/1' }).images).toHaveLength(2);
  });

  it('is one image in two of a resizer\'s thumbnails named for its size, offset and mode (`thumb_<id>_700_400_0_0_exact.jpg`)', () => {
    const folder = 'https://files.example-cdn.com/uploads/public/7ab/c12/d34';
    const html = (og: string) => `<html><head><meta property="og:image" content="${folder}/${og}"></head><body><h1>${headline}</h1><article><div><img src="${folder}/thumb_500123_700_400_0_0_exact.jpg"></div>${para.repeat(3)}</article></body></html>`;
    expect(ex.extract(html('thumb_500123_1200_1200_0_0_auto.jpg'), { url: 'https://www.example.com/news/1' }).images).toHaveLength(1);
    expect(ex.extract(html('thumb_500777_1200_1200_0_0_auto.jpg'), { url: 'https://www.example.com/news/1' }).images).toHaveLength(2);
  });

  it('is one image whether the parameters follow `?` or are glued on with `&` after the extension', () => {
    const html = `<html><head><meta property="og:image" content="https://www.example.com/photos/p1.jpg?w=550&h=350&.jpg"></head><body><h1>${headline}</h1><figure class="main-img"><picture><img data-src="https://www.example.com/photos/p1.jpg&w=360&h=202&q=95&img.jpg"></picture></figure><div class="content">${para.repeat(3)}</div></body></html>`;
    expect(ex.extract(html, { url: 'https://www.example.com/news/1' }).images).toHaveLength(1);
  });
});

describe("a columnist's portrait", () => {
  it('is no picture of the story, in the byline box or from a writers folder (og:image too); a story picture beside it stays', () => {
    const html = (og: string, extra = '') => `<html><head><meta property="og:image" content="${og}"></head><body><article><div class="post-writer lg"><div class="img-cont"><img src="/Userfiles/Writers/77.jpg" alt="${headline}"></div><div class="txt-cont"><span>بقلم </span><h5><a href="/Writer/77/x">سامي فؤاد</a></h5></div></div><h1>${headline}</h1><div class="paragraph-list">${extra}${para}${para.replace('نص الخبر', 'وتابع الخبر')}</div></article></body></html>`;
    expect(ex.extract(html('https://www.example.com/UserFiles/Writers/77.jpg'), { url: 'https://www.example.com/737047' }).images).toEqual([]);
    const withPicture = ex.extract(html('https://www.example.com/UserFiles/Writers/77.jpg', '<figure><img src="/Upload/News/2020/6/story.jpg"><figcaption>من الاجتماع</figcaption></figure>'), { url: 'https://www.example.com/737047' });
    expect(withPicture.images.map((i) => i.url)).toEqual(['https://www.example.com/Upload/News/2020/6/story.jpg']);
  });
});

describe('a site\'s stand-in picture', () => {
  const html = (file: string) => `<html><head><meta property="og:image" content="https://www.example.net/wp-content/uploads/2018/09/${file}"></head><body><article><h1>${headline}</h1><figure class="single-featured-image"><img width="780" height="393" src="https://www.example.net/wp-content/uploads/2018/09/${file}" class="wp-post-image" alt="" srcset="https://www.example.net/wp-content/uploads/2018/09/${file} 906w, https://www.example.net/wp-content/uploads/2018/09/${file.replace('.', '-300x151.')} 300w"></figure><div class="entry-content">${para.repeat(3)}</div></article></body></html>`;
  it('is no picture of the story when its name says it is the default (`sitenewsdefaultpsd.jpg`, `default-thumb.jpg`)', () => {
    for (const file of ['sitenewsdefaultpsd.jpg', 'default-thumb.jpg', 'defaultimage.png']) {
      const a = ex.extract(html(file), { url: 'https://www.example.net/2020/04/01/x/' });
      expect(a.images, file).toEqual([]);
      expect(a.leadImage, file).toBeUndefined();
    }
  });
  it('is a picture when `default` is a word of the story (`bond-default.jpg`)', () => {
    expect(ex.extract(html('bond-default.jpg'), { url: 'https://www.example.net/2020/04/01/x/' }).images).toHaveLength(1);
  });
});

describe('an alt that is a file or slot name', () => {
  it('is no alt (`image0`, `IMG_2041`, `photo-3.jpg`); words stay', () => {
    const alt = (a: string) => ex.extract(page(`<article><h1>${headline}</h1><div class="text">${para}<p><img src="/upload/2020/5/a1.jpg" alt="${a}" width="600"></p>${para}</div></article>`), { url: 'https://www.example.com/news/1' }).images[0]?.alt;
    for (const a of ['image0', 'IMG_2041', 'photo-3.jpg']) expect(alt(a), a).toBeUndefined();
    expect(alt('الوزير خلال الجولة')).toBe('الوزير خلال الجولة');
  });
});

describe('a sheet of icons', () => {
  it('is no picture when its name says it is a sheet of icons (`site-social-sprites.jpg`, `share-icons.png`)', () => {
    for (const name of ['site-social-sprites.jpg', 'share-icons.png']) {
      const html = page(`<article><h1>${headline}</h1><div id="articleBody"><p><img src="https://stat.example.net/images/${name}" usemap="#social"></p>${para.repeat(3)}</div></article>`);
      expect(ex.extract(html, { url: 'https://www.example.net/news/1' }).images, name).toEqual([]);
    }
  });
});

describe('a breadcrumb separator above the headline', () => {
  it('is no picture (`arrowBread.png`: a camelCase icon name)', () => {
    const html = page(`<article><div class="articleHeader"><div class="breadcumb"><a href="/">الرئيسية</a><img src="/images/arrowBread.png?2" class="img-responsive"><a href="/s-1">أخبار</a></div><h1>${headline}</h1><span class="newsStoryDate">الأربعاء، 20 مايو 2020 03:00 ص</span></div><div id="articleBody">${para}${para.replace('نص الخبر', 'وتابع الخبر')}</div></article>`);
    expect(ex.extract(html, { url: 'https://www.example.com/news/1' }).images).toEqual([]);
  });
});

describe("a brand button after the story", () => {
  it("is no picture of the story (`<a><img alt=\"example\">` from the site's own host); a linked story picture stays", () => {
    const html = (alt: string) => page(`<h1>${headline}</h1><div id="story">${para}${para.replace('نص الخبر', 'وتابع الخبر')}<div class="arrow"><a href="https://www.example.net/43-more"><img alt="${alt}" src="https://www.example.net/stat/images/imgpsh_fullsize.png"></a></div></div>`);
    expect(ex.extract(html('example'), { url: 'https://www.example.net/news/1' }).images).toEqual([]);
    expect(ex.extract(html('صورة من الاجتماع'), { url: 'https://www.example.net/news/1' }).images).toHaveLength(1);
  });
});

describe('bylines with a place the lexicon does not know, or an agency', () => {
  it('keep the credit of the site and the agencies whole on a page that names the site only in Latin letters', () => {
    const html = `<html><head><meta property="og:site_name" content="alyaum"><title>${headline}</title></head><body><h1>${headline}</h1><a class="aksa-byline">اليوم - وكالات</a>${para.repeat(3)}</body></html>`;
    expect(ex.extract(html, { url: 'https://www.alyaum.com/articles/1/x' }).authors).toEqual(['اليوم - وكالات']);
    expect(ex.extract(html.replace('اليوم - وكالات', 'جوبا - وكالات'), { url: 'https://www.alyaum.com/articles/1/x' }).authors).toEqual(['وكالات']);
  });

  it('keep the person after a one-word place, the agency beside a place (known or not), and part two reporters after a place', async () => {
    const { bylinePerson, coAuthors } = await import('../../src/extract/authors.js');
    expect(bylinePerson('ملوي- سامح عادل', [], undefined)).toBe('سامح عادل');
    expect(bylinePerson('واس - الدمام', [], undefined)).toBe('واس');
    expect(bylinePerson('واس - مكة المكرمة', [], undefined)).toBe('واس');
    // A one-word place the table lacks beside an agency, either side of the dash: the agency.
    expect(bylinePerson('جوبا – وكالات', [], undefined)).toBe('وكالات');
    expect(bylinePerson('وكالات - جوبا', [], undefined)).toBe('وكالات');
    expect(bylinePerson('جوبا - (رويترز)', [], undefined)).toBe('رويترز');
    // The site's name beside the agencies stays one credit.
    expect(bylinePerson('اليوم - وكالات', ['صحيفة اليوم'], undefined)).toBe('اليوم - وكالات');
    // Also when the site names itself only in Latin letters (`og:site_name` alyaum, on alyaum.com): its name spelt in Arabic.
    expect(bylinePerson('اليوم - وكالات', ['alyaum'], 'alyaum.com')).toBe('اليوم - وكالات');
    expect(bylinePerson('جوبا - وكالات', ['alyaum'], 'alyaum.com')).toBe('وكالات');
    expect(coAuthors(bylinePerson('الشرقية- نهى عادل - سامي فؤاد', [], undefined)!)).toEqual(['نهى عادل', 'سامي فؤاد']);
    // Two reporters, and a title before a name, stay as they are.
    expect(coAuthors(bylinePerson('هبة الشاذلي- رامي عبد الحكيم', [], undefined)!)).toEqual(['هبة الشاذلي', 'رامي عبد الحكيم']);
    expect(bylinePerson('م- أحمد سمير', [], undefined)).toBe('م- أحمد سمير');
  });
});

describe('what a related card shows after its picture', () => {
  it('leaves the body with the picture: the other story\'s photo credit and title', () => {
    const card = '<div class="b-inject m-inject-min"><div class="b-inject__media"><a href="/arab_world/202005221045500-other/"><img src="/images/other-story.jpg" width="300"></a></div><div class="b-inject__copy"><span>Mikhail Petrov</span></div><div class="b-inject__content"><a href="/arab_world/202005221045500-other/">عنوان خبر آخر عن الشاحنات على الحدود</a></div></div>';
    const story = `<h1>${headline}</h1><div itemprop="articleBody"><p>${para.slice(3, -4)}</p>${card}<p>${para.slice(3, -4).replace('نص الخبر', 'وتابع الخبر')}</p></div>`;
    const body = texts(page(story));
    expect(body.join(' ')).not.toContain('Mikhail');
    expect(body).toHaveLength(2);
  });
});

describe('a subheading that names what the lead picture shows', () => {
  it('stays in the body though the caption says the same words', () => {
    const story = `<h1>${headline}</h1><div class="article-subject-image"><img src="/uploads/series.jpg" alt="مسلسل الرحلة الطويلة"><p class="cap">مسلسل الرحلة الطويلة</p></div><div class="text">${para}<h2>مسلسل الرحلة الطويلة</h2>${para.replace('نص الخبر', 'وتابع الخبر')}</div>`;
    const article = ex.extract(page(story), { url: 'https://www.example.com/news/1' });
    expect(article.body.filter((b) => b.type === 'heading').map((b) => ('text' in b ? b.text : ''))).toEqual(['مسلسل الرحلة الطويلة']);
  });
});

describe('a meta row of date and byline joined by bars', () => {
  it('leaves the body and gives its name, with no bar left on it', () => {
    const story = `<h1>${headline}</h1><div class="article"><div class="pinfo"><span>منذ 5 ساعات | </span><span>كتب: <a href="/editor/details/1">عمر الشيخ</a> |</span></div>${para}${para.replace('نص الخبر', 'وتابع الخبر')}</div>`;
    const article = ex.extract(page(story), { url: 'https://www.example.com/news/1', now: new Date('2020-03-30T12:00:00Z') });
    expect(article.authors).toEqual(['عمر الشيخ']);
    expect(article.body.map((b) => ('text' in b ? b.text : b.type)).join(' ')).not.toContain('عمر');
  });
});

describe('an agency slug on the last line a <br> starts in the story\'s one paragraph', () => {
  it('is the publication date when the page shows no other', () => {
    const story = `<div class="Artical"><h1>${headline}</h1><div id="BodyArtical"><p>${para.slice(3, -4)}<br>${para.slice(3, -4).replace('نص الخبر', 'وتابع الخبر')}<br>--(وكالة)<br>ن ش/م ك 13/02/2020 18:22:47</p></div></div>`;
    const article = ex.extract(page(story), { url: 'https://petra.gov.jo/Include/InnerPage.jsp?ID=1&lang=ar&name=news' });
    // The seconds the slug gives are kept.
    expect(article.published?.iso).toBe('2020-02-13T18:22:47+02:00');
    expect(article.body.map((b) => ('text' in b ? b.text : '')).join(' ')).not.toContain('13/02/2020');
  });

  it('leaves a date inside a sentence of a <br> line alone', () => {
    const story = `<h1>${headline}</h1><div><p>${para.slice(3, -4)}<br>وكان الوزير قد افتتح في 13/02/2020 مركزا آخر في المحافظة نفسها، بحضور عدد كبير من المسؤولين والأهالي.</p></div>`;
    expect(ex.extract(page(story), { url: 'https://petra.gov.jo/Include/InnerPage.jsp?ID=1&lang=ar&name=news' }).published).toBeUndefined();
  });
});

describe('a deck heading longer than a heading may be', () => {
  const deck = 'افتتح وزير الصحة ثلاثة مراكز صحية جديدة في المحافظة، بحضور عدد كبير من المسؤولين والأهالي، في خطوة تهدف إلى تحسين الخدمات الطبية المقدمة للمواطنين في القرى البعيدة عن المدينة.';
  it('is the subheadline when its class names a deck, though past 150 characters', () => {
    expect(deck.length).toBeGreaterThan(150);
    const story = `<h3><a class="news-detail-title" href="/news/1">${headline}</a></h3><span class="news-detail-timer">الأحد 28 يونيو 2020 - 22:29</span><div class="full-img"><img src="/a.jpg" alt=""></div><h3 class="news-detail-lead">${deck}</h3><div class="news-detail-body">${para}${para.replace('نص الخبر', 'وتابع الخبر')}</div>`;
    const article = ex.extract(page(story), { url: 'https://www.example.net/news/1' });
    expect(article.subheadline).toBe(deck);
    expect(article.body.map((b) => ('text' in b ? b.text : ''))).not.toContain(deck);
  });

  it('is the body’s first paragraph when it ends a sentence and the next paragraph goes on from it', () => {
    const story = (next: string): string => `<h3><a class="news-detail-title" href="/news/1">${headline}</a></h3><span class="news-detail-timer">الأحد 28 يونيو 2020 - 22:29</span><div class="full-img"><img src="/a.jpg" alt=""></div><h3 class="news-detail-lead">${deck}</h3><div class="news-detail-body">${next}${para}</div>`;
    for (const opener of ['وشارك في الافتتاح', 'كما أعلن الوزير', 'من جهته، قال المحافظ']) {
      const article = ex.extract(page(story(para.replace('نص الخبر', opener))), { url: 'https://www.example.net/news/1' });
      expect(article.subheadline).toBeUndefined();
      expect(article.body.filter((b) => b.type === 'paragraph').map((b) => ('text' in b ? b.text : ''))[0]).toBe(deck);
    }
    // A word that only begins like one (`كمال`, `وزير`) goes on from nothing; nor does a deck that ends no sentence.
    for (const opener of ['كمال الدين', 'وزير الصحة']) expect(ex.extract(page(story(para.replace('نص الخبر', opener))), { url: 'https://www.example.net/news/1' }).subheadline).toBe(deck);
    const open = deck.slice(0, -1);
    expect(ex.extract(page(story(para.replace('نص الخبر', 'وشارك في الافتتاح')).replace(deck, open)), { url: 'https://www.example.net/news/1' }).subheadline).toBe(open);
  });

  it('is the body’s first paragraph in a summary box the body field goes on from (a Drupal field under the picture)', () => {
    const lede = 'شهدت المخابز في عدد من المدن زحاما كبيرا صباح اليوم الأربعاء، بعد إعلان السلطات إغلاق المحال التجارية.';
    const story = (opener: string): string => `<h1>${headline}</h1><div class="node__content"><div class="field field--name-field-image"><img src="/lead.jpg" alt="صورة"><div class="field--name-field-caption">زحام أمام أحد المخابز</div></div><div class="field field--name-field-ajmn-summary">${lede}</div><div class="field field--name-body"><p>${opener} مستخدمو منصات التواصل الاجتماعي، في منشورات عديدة، قرار الإغلاق المفاجئ.</p>${para}</div></div>`;
    const paragraphs = (html: string): string[] => ex.extract(page(html), { url: 'https://www.example.net/news/1' }).body.filter((b) => b.type === 'paragraph').map((b) => ('text' in b ? b.text : ''));
    expect(paragraphs(story('وانتقد'))[0]).toBe(lede);
    expect(ex.extract(page(story('وانتقد')), { url: 'https://www.example.net/news/1' }).subheadline).toBeUndefined();
    // A body that opens a story of its own leaves a box this short out of it.
    expect(paragraphs(story('انتقد'))).not.toContain(lede);
  });

  it('stays a paragraph of the body when no class names it a deck', () => {
    const story = `<h1>${headline}</h1><div class="news-detail-body"><h3>${deck}</h3>${para}${para.replace('نص الخبر', 'وتابع الخبر')}</div>`;
    const article = ex.extract(page(story), { url: 'https://www.example.net/news/1' });
    expect(article.subheadline).toBeUndefined();
    expect(article.body.map((b) => ('text' in b ? b.text : ''))[0]).toBe(deck);
  });
});

describe('a web address on its own line', () => {
  it('stays when the paragraph before announces it with a colon', () => {
    const story = `<h1>${headline}</h1><section id="paragraphs">${para}<p>ويمكن للراغبين التسجيل عبر الرابط التالي:</p><p>http://example.org/portal/register</p></section>`;
    expect(texts(page(story))).toContain('http://example.org/portal/register');
  });

  it('still leaves when nothing announces it', () => {
    const story = `<h1>${headline}</h1><section id="paragraphs">${para}${para.replace('نص الخبر', 'وتابع الخبر')}<p>http://example.org/portal/register</p></section>`;
    expect(texts(page(story))).not.toContain('http://example.org/portal/register');
  });
});

describe('a box of related stories whose teasers outweigh a short story', () => {
  const card = (i: number): string =>
    `<div class="viesSlide"><div class="view"><div><img src="/m/${i}.jpg" alt="عنوان قصة أخرى رقم ${i}"><span>عنوان قصة أخرى رقم ${i}</span></div><div class="mask"><h3><a href="/story/${i}/x">عنوان قصة أخرى رقم ${i}</a></h3><p>ملخص طويل لقصة أخرى رقم ${i}، يعرض ما جرى فيها من أحداث، ويشرح أسبابها ونتائجها على نحو مفصل، ويذكر من شارك فيها.</p><a href="/story/${i}/x">المزيد</a></div></div></div>`;
  it('is chrome though it holds most of the page\'s prose', () => {
    const story = `<div class="row contentNew21"><div class="leftCont21"><h1>${headline}</h1><div id="documentcontainer">${para.slice(3, -4)}<br><br>${para.slice(3, -4).replace('نص الخبر', 'وتابع الخبر')}</div></div><div class="relatedNews21">${[1, 2, 3, 4, 5].map(card).join('')}</div></div>`;
    const body = texts(page(story));
    expect(body.join(' ')).not.toContain('قصة أخرى');
    expect(body).toHaveLength(2);
  });

  it('is read when it holds the headline (a template named after its related box)', () => {
    const story = `<div class="related-wrap"><h1>${headline}</h1><div class="text">${para}${para.replace('نص الخبر', 'وتابع الخبر')}${para.replace('نص الخبر', 'وأضاف الخبر')}</div></div><div class="side">${para.replace('نص الخبر', 'خبر جانبي')}</div>`;
    expect(texts(page(story))).toHaveLength(3);
  });
});

describe('a page whose title names only the site and whose h1 is a ticker\'s label', () => {
  it('takes the headline from the heading set right above the story', () => {
    const html = `<html><head><title>وكالة الانباء الاردنية</title><meta property="og:site_name" content="بترا -وكالة الأنباء الأردنية"></head><body><div id="ticker"><h1>الاخبار</h1><a href="/x">خبر آخر في الشريط</a></div><div class="Artical"><div class="TittleArtical"><h3>${headline}</h3></div><div id="BodyArtical">${para}${para.replace('نص الخبر', 'وتابع الخبر')}</div></div></body></html>`;
    expect(ex.extract(html, { url: 'https://petra.gov.jo/Include/InnerPage.jsp?ID=1&lang=ar&name=news' }).headline).toBe(headline);
  });
});

describe('pictures that are no photo of the story', () => {
  it('leaves out a template\'s unfilled placeholder (`{{item.thumb}}`) and a mark its alt names (`المصدر`)', () => {
    const story = `<h1>${headline}</h1><div class="source"><a title="المصدر"><img alt="المصدر" src="/storage/images/source/agency.png"></a></div><div class="article"><img src="{{item.thumb}}" alt="{{item.caption}}"><img data-url="{{item.key}}"><figure><img src="/uploads/2020/06/hospital-opening-88213.jpg"></figure>${para.repeat(3)}</div>`;
    const article = ex.extract(page(story), { url: 'https://www.example.com/news/1' });
    expect(article.images.map((i) => i.url)).toEqual(['https://www.example.com/uploads/2020/06/hospital-opening-88213.jpg']);
  });

  it('takes one picture served in two size-and-quality folders as one, its caption kept', () => {
    const html = `<html><head><title>${headline}</title><meta property="og:image" content="https://cdn.example.com/imageserv/Size728Q40/news/20200101/abc.png"></head><body><h1>${headline}</h1><div class="Lead main_image"><div class="image_title">عينة من الفحوص في المختبر</div><img src="https://cdn.example.com/imageserv/Size728Q100/news/20200101/abc.png" alt="عينة"></div><div class="article_details">${para.repeat(3)}</div></body></html>`;
    const article = ex.extract(html, { url: 'https://www.example.com/news/1' });
    expect(article.images).toHaveLength(1);
    expect(article.images[0]!.caption).toBe('عينة من الفحوص في المختبر');
  });
});

describe('who metadata and blog engines name', () => {
  it('takes no team named in JSON-LD as an author', () => {
    const html = `<html><head><title>${headline}</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"${headline}","author":{"@type":"Person","name":"فريق المثال الإخباري"}}</script></head><body><h1>${headline}</h1><div class="article_details">${para.repeat(3)}</div></body></html>`;
    expect(ex.extract(html, { url: 'https://www.example.com/news/1' }).authors).toEqual([]);
  });

  it('takes the account a blog engine shows as the poster, a login or the site\'s short name though it be', () => {
    const story = (who: string): string => `<html><head><title>${headline} - Cedar News</title></head><body><div class="postmeta"><h2 class="posttitle">${headline}</h2><span class="left">Posted by <a href="/author/${who}/" rel="author">${who}</a> on April 24, 2020</span></div><div class="entry">${para.repeat(3)}</div></body></html>`;
    expect(ex.extract(story('cedro'), { url: 'https://cedarnews.net/news-2/1/' }).authors).toEqual(['cedro']);
    expect(ex.extract(story('cedar'), { url: 'https://cedarnews.net/news-2/1/' }).authors).toEqual(['cedar']);
  });
});

describe('an agency\'s sign-off with its dispatch code on one line', () => {
  it('keeps the sign-off and leaves the code', () => {
    const story = `<h1>${headline}</h1><div class="field-name-body">${para}${para.replace('نص الخبر', 'وتابع الخبر')}<p>(و اص ) <span>090/105/500</span></p></div>`;
    expect(texts(page(story)).at(-1)).toBe('(و اص )');
  });
});

describe('a promo card: a figure and its caption inside a link to another story', () => {
  it('is a teaser though the template indents the link\'s text far past its first characters', () => {
    const card = (i: number): string => `<div class="large-6 columns"><a href="https://www.example.com/news/details/18382${i}">\n${' '.repeat(60)}<figure>\n${' '.repeat(64)}<img src="/Content/images/promo/${i}.png">\n${' '.repeat(64)}<figcaption>\n${' '.repeat(68)}رابط ترويجي إلى قصة أخرى ${i}\n${' '.repeat(64)}</figcaption>\n${' '.repeat(60)}</figure>\n</a></div>`;
    const story = `<h1>${headline}</h1><div id="NewsStory">${para}${para.replace('نص الخبر', 'وتابع الخبر')}<div class="FeatureLinks">${[1, 2, 3, 4].map(card).join('')}</div></div>`;
    const article = ex.extract(page(story), { url: 'https://www.example.com/news/details/1947946' });
    expect(article.images).toHaveLength(0);
    expect(article.body.map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
  });
});

describe('a gallery set after the story\'s text', () => {
  const item = (i: number, caption = true): string =>
    `<div class="item"><a data-fancybox="listGallery" href="/upload/photo/gallery/1/1/${i}.jpg"><img src="/upload/photo/gallery/1/1/${i}.jpg" alt="">${caption ? '<div class="caption">صورة من موقع العمل</div>' : ''}</a></div>`;
  const story = (after: string): string =>
    `<article><div class="block news-post"><h1>${headline}</h1><div class="post-cont"><div class="paragraph-list"><div class="ni-content">${para.repeat(3)}</div></div><div class="adplace"></div></div>${after}</div></article>`;

  it('is the story\'s own: its pictures and captions join the body', () => {
    const article = ex.extract(page(story(`<div class="list-gallery">${item(1)}${item(2)}</div>`)), { url: 'https://www.example.com/news/1' });
    expect(article.body.filter((b) => b.type === 'image').map((b) => ('caption' in b ? b.caption : undefined))).toEqual(['صورة من موقع العمل', 'صورة من موقع العمل']);
  });

  it('is not a banner\'s box (one bare picture), nor anything after a box of text', () => {
    const banner = `<div align="center"><p><img src="/UP/2022010516.jpg" style="width: 300px; height: 250px;"></p></div>`;
    expect(ex.extract(page(story(banner)), { url: 'https://www.example.com/news/1' }).images).toHaveLength(0);
    const later = `<div class="tags"><p>كلمات عن موضوعات أخرى في الموقع، يقرؤها من يريد المزيد.</p></div><div class="list-gallery">${item(1)}${item(2)}</div>`;
    expect(ex.extract(page(story(later)), { url: 'https://www.example.com/news/1' }).body.filter((b) => b.type === 'image')).toHaveLength(0);
  });

  it('is looked for right after the story\'s <article> too, but never past the box holding it', () => {
    const pics = (n: number): string => `<div><img alt="${headline}" src="/upload/photo/gallery/266/7/${n}.jpg"></div>`;
    const after = (tail: string) => page(`<div class="post-cont"><h1>${headline}</h1><article><div class="ni-content">${para.repeat(3)}</div></article>${tail}</div>`);
    const images = (html: string) => ex.extract(html, { url: 'https://www.example.com/news/1' }).body.filter((b) => b.type === 'image').length;
    expect(images(after(`<div id="listable">${pics(1)}${pics(2)}</div>`))).toBe(2);
    expect(images(page(`<div class="post-cont"><h1>${headline}</h1><article><div class="ni-content">${para.repeat(3)}</div></article></div><div id="listable">${pics(1)}${pics(2)}</div>`))).toBe(0);
  });

  it('keeps a slider whose thumbnail strip repeats its slides (`<div class="slider-nav">`), each picture once; a strip of other pictures still vetoes', () => {
    const slide = (i: number): string => `<div class="item-g"><a data-fancybox="gallery" href="/upload/photo/gallery/7/3/${i}.jpg"><img src="/upload/photo/gallery/7/3/${i}.jpg" alt="${headline}"></a></div>`;
    const photo = (nav: string): string => `<div class="photo"><div class="slider slider-post">${slide(1)}${slide(2)}${slide(3)}</div><div class="slider-post-nav">${nav}</div></div>`;
    const urls = (html: string) => ex.extract(page(story(html)), { url: 'https://www.example.com/news/1' }).images.map((i) => i.url.replace('https://www.example.com', ''));
    expect(urls(photo(`${slide(1)}${slide(2)}${slide(3)}`))).toEqual(['/upload/photo/gallery/7/3/1.jpg', '/upload/photo/gallery/7/3/2.jpg', '/upload/photo/gallery/7/3/3.jpg']);
    expect(urls(photo(`${slide(1)}${slide(9)}`))).toEqual([]);
  });

  it('takes the video player set right after the text box as the story\'s, not one after a box of other text or in chrome', () => {
    const player = '<iframe class="youtube-player" src="https://www.youtube.com/embed/abc123XYZ_0"></iframe>';
    const embeds = (after: string) => ex.extract(page(story(after)), { url: 'https://www.example.com/news/1' }).body.filter((b) => b.type === 'embed');
    expect(embeds(player)).toMatchObject([{ type: 'embed', provider: 'youtube' }]);
    expect(embeds(`<div class="tags"><p>كلمات عن موضوعات أخرى في الموقع، يقرؤها من يريد المزيد.</p></div>${player}`)).toHaveLength(0);
    expect(embeds(`<div class="related-videos">${player}</div>`)).toHaveLength(0);
  });
});

describe('a video player a script loads on click', () => {
  const embedsIn = (player: string): unknown[] => {
    const html = page(`<h1>${headline}</h1><div class="content-inner">${para}${player}${para.replace('نص الخبر', 'وتابع الخبر')}${para.replace('نص الخبر', 'وأضاف الخبر')}</div>`);
    return ex.extract(html, { url: 'https://www.example.com/news/1' }).body.filter((b) => b.type === 'embed');
  };

  it('is the video its data attribute, its YouTube id or its <noscript> frame names', () => {
    const url = 'https://www.youtube.com/embed/abc123XYZ_0';
    expect(embedsIn(`<div class="jeg_video_container"><div class="rll-youtube-player" data-src="${url}" data-id="abc123XYZ_0"></div><noscript><iframe src="${url}"></iframe></noscript></div>`)).toEqual([{ type: 'embed', provider: 'youtube', url }]);
    expect(embedsIn('<div class="embed-wrap"><div class="youtube" data-embed="CIYX9Rd_Cms"><div class="play-button"></div></div></div>')).toEqual([{ type: 'embed', provider: 'youtube', url: 'https://www.youtube.com/watch?v=CIYX9Rd_Cms' }]);
    expect(embedsIn('<div class="lyte-wrapper"><div class="lyte" id="WYL_dQw4w9WgXcQ"></div></div>')).toEqual([{ type: 'embed', provider: 'youtube', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' }]);
    expect(embedsIn(`<div class="video-lazy youtube-lazy"><img src="/poster.jpg" alt=""><noscript><iframe width="560" src="${url}"></iframe></noscript></div>`)).toEqual([{ type: 'embed', provider: 'youtube', url }]);
  });

  it('is none in a box that only says youtube: a follow link, a word for an id, a promo with text', () => {
    expect(embedsIn('<div class="social-youtube"><a href="https://www.youtube.com/channel/UC1">تابعونا</a></div>')).toEqual([]);
    expect(embedsIn('<div class="youtube" data-embed="placeholder"></div>')).toEqual([]);
    expect(embedsIn('<div class="youtube-promo" data-id="abc123XYZ_0">اشترك في قناتنا على يوتيوب لتصلك أحدث مقاطع الفيديو والتقارير المصورة</div>')).toEqual([]);
  });
});

describe('a date-classed span read with the label before it', () => {
  it('is the update its label names, not the publication', () => {
    const html = page(`<h1>${headline}</h1><div class="story_info"><b>آخر تحديث:</b> <span class="story_date">26/03/2020 12:20</span></div><div class="story_text">${para}${para.replace('نص الخبر', 'وتابع الخبر')}</div>`);
    const a = ex.extract(html, { url: 'https://www.example.com.jo/news/1' });
    expect(a.updated?.iso).toBe('2020-03-26T12:20:00+02:00');
    expect(a.published).toBeUndefined();
    const shown = html.replace('آخر تحديث:', 'نشر في:');
    expect(ex.extract(shown, { url: 'https://www.example.com.jo/news/1' }).published?.iso).toBe('2020-03-26T12:20:00+02:00');
  });

  it('names no update on a line the page hides', () => {
    const html = page(`<h1>${headline}</h1><div class="stamp"><p> تاريخ النشر <label itemprop="dateModified" class="article-date">09:10 – 2020/01/14</label></p><p class="modeDate" style="display:none"> اخر تعديل <label itemprop="dateCreated" class="article-date">09:10 – 2020/01/14</label></p></div><div class="news-body">${para}${para.replace('نص الخبر', 'وتابع الخبر')}</div>`);
    const a = ex.extract(html, { url: 'https://www.example.eg/news/1' });
    expect(a.published?.iso).toBe('2020-01-14T09:10:00+02:00');
    expect(a.updated).toBeUndefined();
  });
});

describe('a caption that is mostly a date', () => {
  it('is the picture’s when its figure holds the picture, or when it repeats the headline', () => {
    const title = 'سعر اليورو اليوم الثلاثاء 3-3-2020';
    const figure = (caption: string): string => page(`<h1>${title}</h1><div class="entry"><figure class="featured featured-image"><img src="/uploads/2020/03/euro.jpg" alt=""><p class="wp-caption-text">${caption}</p></figure>${para}${para.replace('نص الخبر', 'وتابع الخبر')}</div>`);
    const captions = (html: string) => ex.extract(html, { url: 'https://www.example.net/1290171/' }).images.map((i) => i.caption);
    expect(captions(figure(title))).toEqual([title]);
    expect(captions(figure('الثلاثاء 3-3-2020'))).toEqual(['الثلاثاء 3-3-2020']);
  });
});

describe('a picture in a box its class calls a writer’s', () => {
  it('is the story’s lead picture when the box holds the story, and a portrait when it holds a name', () => {
    const figure = '<div class="img-discri"><img src="/2020/20200201/du_50_1.jpg" alt=""><h3><a href="#">أمطار غزيرة تغمر شوارع المدينة</a></h3></div>';
    const story = page(`<div class="writers-blk-bttm-left"><h1>${headline}</h1>${figure}<div class="text">${para}${para.replace('نص الخبر', 'وتابع الخبر')}${para.replace('نص الخبر', 'وأضاف الخبر')}</div></div>`);
    expect(ex.extract(story, { url: 'https://www.example.com.sa/2020/1.htm' }).leadImage?.url).toBe('https://www.example.com.sa/2020/20200201/du_50_1.jpg');
    const byline = page(`<h1>${headline}</h1><div class="post-writer"><img src="/writers/7.jpg" alt=""><span>سامي عادل</span></div><div class="text">${para}${para.replace('نص الخبر', 'وتابع الخبر')}</div>`);
    expect(ex.extract(byline, { url: 'https://www.example.com.sa/2020/1.htm' }).images).toEqual([]);
  });
});

describe('the lead picture of a story whose headline is set in an h2', () => {
  it('keeps its caption, found from the heading that shows the headline', () => {
    const story = `<div class="article"><h2>${headline}</h2><figure><img src="/uploads/b.jpg" alt="x"><figcaption>تعليق الصورة التجريبي</figcaption></figure><span class="date">16 مايو 2020</span><div class="article-body">${para}${para.replace('نص الخبر', 'وتابع الخبر')}</div></div>`;
    const article = ex.extract(page(story), { url: 'https://www.example.com/news/1' });
    expect(article.images.map((i) => i.caption)).toEqual(['تعليق الصورة التجريبي']);
  });
});

describe('one picture under two schemes', () => {
  it('is listed once: an https og:image and the same file resolved against an http page URL', () => {
    const html = `<html><head><title>${headline}</title><meta property="og:image" content="https://www.example.com/uploads/1/pic.jpg"></head><body><article><h1>${headline}</h1><figure><img src="/uploads/1/pic.jpg"><figcaption>صورة من الموقع</figcaption></figure>${para.repeat(3)}</article></body></html>`;
    const article = ex.extract(html, { url: 'http://www.example.com/A?1' });
    expect(article.images).toHaveLength(1);
    expect(article.images[0]!.caption).toBe('صورة من الموقع');
  });
});

describe('a dateline with its source in brackets and no dash', () => {
  it('leaves the body, its agency the byline, when the place is a known one', () => {
    const story = `<article><h1>${headline}</h1><div itemprop="articleBody"><p>عواصم (وكالات)</p>${para}${para.replace('نص الخبر', 'وتابع الخبر')}</div></article>`;
    const article = ex.extract(page(story), { url: 'https://www.example.ae/news/1' });
    expect(article.authors).toEqual(['وكالات']);
    expect(texts(page(story), 'https://www.example.ae/news/1')).toHaveLength(2);
  });

  it('stays when what stands before the bracket is no place', () => {
    const story = `<article><h1>${headline}</h1><div itemprop="articleBody"><p>قال المتحدث (الرسمي)</p>${para}${para.replace('نص الخبر', 'وتابع الخبر')}</div></article>`;
    expect(texts(page(story), 'https://www.example.ae/news/1')).toHaveLength(3);
  });
});

describe('a headline set in a plain box (no h1 or h2 shows it)', () => {
  it('anchors the deck after it and the lead picture\'s caption under it', () => {
    const html = `<html><head><title>${headline} - صحيفة النجمة</title><meta property="og:title" content="${headline}"></head><body><div class="articleBlock"><div class="title">${headline}</div><input type="hidden" value="x"><div class="Subtitle">سطر فرعي يشرح الخبر بكلمات قليلة أخرى</div><div class="article-img-block"><img src="https://example.com/a.jpg"><div class="singleImageCaption">وصف الصورة التجريبية</div></div><div class="articleBody"><p>${para.slice(3, -4)}<br><br>${para.slice(3, -4).replace('نص الخبر', 'وتابع الخبر')}</p></div></div></body></html>`;
    const article = ex.extract(html, { url: 'https://www.example.com/article/1' });
    expect(article.subheadline).toBe('سطر فرعي يشرح الخبر بكلمات قليلة أخرى');
    expect(article.images.map((i) => i.caption)).toEqual(['وصف الصورة التجريبية']);
  });
});

describe('a byline of the site\'s name and the places a story was filed from', () => {
  it('names no one', async () => {
    const { bylinePerson } = await import('../../src/extract/authors.js');
    expect(bylinePerson('النجمة - الرياض، جدة', ['صحيفة النجمة'], 'example.com')).toBeUndefined();
    expect(bylinePerson('مكة - مكة المكرمة، عدن', [], 'example.com')).toBeUndefined();
    expect(bylinePerson('القاهرة - وليد محمد', [], 'example.com')).toBe('وليد محمد');
  });
});

describe('a lead paragraph in a box of its own just before the body', () => {
  // One sentence, few marks: its vote alone does not reach the score a sibling needs to join.
  const lead = 'الجزائر - أعلن رئيس الجمهورية في اجتماع مجلس الوزراء اليوم عن سلسلة من الإجراءات الجديدة لدعم القطاع الصحي وتحسين الخدمات المقدمة للمواطنين في الولايات الداخلية والجنوبية خاصة.';
  it('joins the body', () => {
    const story = `<h2 class="itemTitle">${headline}</h2><div class="x0"><div class="x1"><p>${lead}</p></div><div class="x2">${['نص', 'وتابع', 'وأضاف', 'وأكد', 'وأشار', 'وختم'].map((w) => para.replace('نص الخبر', `${w} الخبر`).repeat(2)).join('')}</div></div>`;
    expect(texts(page(story))[0]).toBe(lead);
  });

  it('is not a byline-and-date box, shorter than a lead', () => {
    const story = `<h1>${headline}</h1><div class="date"><strong>رامي الشناوي:</strong><br><span>نشر فى : الخميس 14 مايو 2020 - 1:46 م | آخر تحديث : الخميس 14 مايو 2020 - 1:46 م</span></div><div class="eventContent">${['نص', 'وتابع', 'وأضاف', 'وأكد', 'وأشار', 'وختم'].map((w) => para.replace('نص الخبر', `${w} الخبر`).repeat(2)).join('')}</div>`;
    expect(texts(page(story)).join(' ')).not.toContain('مصطفى');
  });
});

describe('an author only metadata names', () => {
  const html = (shown: string): string =>
    `<html><head><title>${headline}</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"${headline}","author":{"@type":"Person","name":"سامي المحرر"}}</script></head><body><h1>${headline}</h1><span class="tie-date">20 ساعة مضت</span><div class="entry">${para.repeat(3)}</div>${shown}</body></html>`;
  it('is no byline when the page never shows the name (a CMS account)', () => {
    expect(ex.extract(html(''), { url: 'https://www.example.com/news/1' }).authors).toEqual([]);
  });
  it('is the byline when the page shows it somewhere the byline rules did not read', () => {
    expect(ex.extract(html('<div class="box"><span>سامي المحرر</span></div>'), { url: 'https://www.example.com/news/1' }).authors).toEqual(['سامي المحرر']);
  });
});

describe('a date the page gives only as a time ago', () => {
  it('says it was counted back from now', () => {
    const story = `<h1>${headline}</h1><div class="date">منذ 21 ساعة</div><div class="text">${para.repeat(3)}</div>`;
    const published = ex.extract(page(story), { url: 'https://www.example.com.eg/news/1', now: new Date('2020-03-21T09:00:00Z') }).published;
    expect(published).toMatchObject({ iso: '2020-03-20T14:00:00+02:00', relative: true });
    const absolute = ex.extract(page(story.replace('منذ 21 ساعة', '20 مارس 2020 2:00 م')), { url: 'https://www.example.com.eg/news/1' }).published;
    expect(absolute?.relative).toBeUndefined();
  });
});

describe('a title that glues a site name the page never states to the headline', () => {
  it('gives the part the page shows alone as the headline, and keeps it out of the body', () => {
    const story = `<div class="col-xs-8"><div class="main_title"><span id="title">وزارة النقل تعلن خطة جديدة للطرق</span>&nbsp;&nbsp;</div><div id="content" class="content">${para.repeat(3)}</div></div>`;
    const html = `<html><head><title>جريدة المثال  - وزارة النقل تعلن خطة جديدة للطرق</title></head><body>${story}</body></html>`;
    const article = ex.extract(html, { url: 'https://www.example.com/viewart.php?art=1' });
    expect(article.headline).toBe('وزارة النقل تعلن خطة جديدة للطرق');
    expect(texts(html, 'https://www.example.com/viewart.php?art=1').join(' ')).not.toContain('وزارة النقل');
  });

  it('parts a title at a colon glued to words on both sides, and keeps a headline\'s own spaced colon and a time', () => {
    const story = (h: string): string => `<div class="card"><div class="card-header"><h4>${h}</h4></div><div class="card-body">${para.repeat(3)}</div></div>`;
    const glued = `<html><head><title>موقع المثال:وزارة النقل تعلن خطة جديدة للطرق</title></head><body>${story('وزارة النقل تعلن خطة جديدة للطرق')}</body></html>`;
    expect(ex.extract(glued, { url: 'https://www.example.com/post/1/' }).headline).toBe('وزارة النقل تعلن خطة جديدة للطرق');
    const own = `<html><head><title>وزير النقل: خطة جديدة للطرق تبدأ الساعة 10:30 صباحا</title></head><body>${story('خطة جديدة للطرق تبدأ الساعة 10:30 صباحا')}</body></html>`;
    expect(ex.extract(own, { url: 'https://www.example.com/post/1/' }).headline).toBe('وزير النقل: خطة جديدة للطرق تبدأ الساعة 10:30 صباحا');
  });
});

describe('a byline whose name is set apart from its label', () => {
  const byline = (name: string): string => `<div class="article-writer"><span>كتب:</span> ${name}</div>`;
  it('reads the name in a heading after `كتب:` inside the story, and drops label and name from the body', () => {
    for (const name of ['<a href="/journalist/12"><h3>سامي عادل</h3></a>', '<h3>سامي عادل</h3>', '<a href="/journalist/12"><h5>سامي عادل</h5></a>']) {
      const html = page(`<article><h1>${headline}</h1>${byline(name)}${para.repeat(3)}</article>`);
      const article = ex.extract(html, { url: 'https://www.example.com.eg/news/1' });
      expect(article.authors).toEqual(['سامي عادل']);
      expect(texts(html).join(' ')).not.toMatch(/كتب|سامي/);
    }
  });

  it('reads a byline box holding the name as an h3 outside the story text, not a title box holding a heading', () => {
    const html = page(`<h1>${headline}</h1>${byline('<a href="/journalist/12"><h3>سامي عادل</h3></a>')}<div class="content">${para.repeat(3)}</div>`);
    expect(ex.extract(html, { url: 'https://www.example.com.eg/news/1' }).authors).toEqual(['سامي عادل']);
    const titled = page(`<h1>${headline}</h1><div class="author-box"><h3>مقالات الرأي</h3></div><div class="content">${para.repeat(3)}</div>`);
    expect(ex.extract(titled, { url: 'https://www.example.com.eg/news/1' }).authors).toEqual([]);
  });
});

describe('a column whose headline names its writer', () => {
  const column = (h1: string, writer = ''): string =>
    `<html><head><title>${h1}</title></head><body><div class="mtitle"><h1>${h1}</h1></div><div class="post-writer"><a rel="nofollow">${writer}</a></div><article>${para.repeat(3)}</article></body></html>`;
  it('takes the name before يكتب: when the page shows no other byline, and keeps the headline whole', () => {
    const a = ex.extract(column('منير الحسيني يكتب: المدارس في زمن الوباء'), { url: 'https://www.example.com.eg/news/1' });
    expect(a.authors).toEqual(['منير الحسيني']);
    expect(a.headline).toBe('منير الحسيني يكتب: المدارس في زمن الوباء');
  });
  it('prefers a byline the page shows', () => {
    expect(ex.extract(column('منير الحسيني يكتب: المدارس في زمن الوباء', 'كتب: سامي عادل'), { url: 'https://www.example.com.eg/news/1' }).authors).toEqual(['سامي عادل']);
  });
});

describe('an opening heading the description runs on from', () => {
  const first = 'توصل فريق من الباحثين إلى أن النوم المتأخر يضعف التركيز لدى التلاميذ في الحصص الصباحية.';
  const second = 'وأشار الباحثون في الدراسة التي شملت مئات التلاميذ إلى أن الهواتف قبل النوم هي السبب الأول في ذلك.';
  const html = (description: string): string =>
    `<html><head><title>${headline}</title><meta property="og:description" content="${description}"></head><body><article><h1>${headline}</h1><div class="full-article__content"><h2>${first}</h2><p>${second}</p>${para.repeat(2)}</div></article></body></html>`;
  it('is the story\'s first paragraph when the description goes on into the next paragraph', () => {
    const a = ex.extract(html(`${first} ${second.slice(0, 60)}`), { url: 'https://www.example.com/news/1' });
    expect(a.subheadline).toBeUndefined();
    expect(a.body[0]).toEqual({ type: 'paragraph', text: first });
  });
  it('is the deck when the description is the heading alone, or says something else, and the next paragraph does not go on from it', () => {
    const own = (d: string): string => html(d).replace(second, second.replace('وأشار', 'أشار'));
    for (const d of [first, 'ملخص آخر للخبر لا يبدأ بالعنوان الفرعي']) expect(ex.extract(own(d), { url: 'https://www.example.com/news/1' }).subheadline).toBe(first);
    // A next paragraph that goes on from it (`وأشار …`) makes it the story's first, whatever the description.
    expect(ex.extract(html(first), { url: 'https://www.example.com/news/1' }).body[0]).toEqual({ type: 'paragraph', text: first });
  });
});

describe('a date line above the headline, teaser cards with dates below the story', () => {
  const card = (n: number): string => `<div class="col-md-6"><div class="card"><div class="card-block"><div class="news-data"><p class="grey-text"><i class="far fa-clock"></i>09/04/2020</p></div><a href="/article.php?id=${n}"><h4 class="card-title">خبر آخر من القسم نفسه رقم ${n}</h4></a></div></div></div>`;
  const html = (icon: string): string =>
    page(`<main><div class="card"><div class="card-block"><div class="news-data"><p class="grey-text">${icon}03/04/2020</p></div><h1 class="card-title">${headline}</h1>${para.repeat(3)}<h4>إقرأ المزيد في: محليات</h4><div class="row">${card(1)}${card(2)}</div></div></div></main>`);
  it('dates the story by its own line, not by the cards of other stories', () => {
    expect(ex.extract(html('<i class="far fa-clock"></i>'), { url: 'https://www.example.com.lb/article.php?id=7' }).published?.iso).toBe('2020-04-03');
  });
  it('reads its own line beside a linked section label, and in a box holding more than a card', () => {
    const own = (box: string): string => page(`<div class="post-head">${box}</div><h1>${headline}</h1><div class="content">${para.repeat(3)}</div>`);
    expect(ex.extract(own('<a href="/section/3"><h3>محليات</h3></a><span class="date">03/04/2020</span>'), { url: 'https://www.example.com.lb/article.php?id=7' }).published?.iso).toBe('2020-04-03');
    const long = `<p>03/04/2020</p><a href="/article.php?id=9"><h4>خبر آخر من القسم نفسه للقراءة</h4></a>${para.repeat(3)}`;
    expect(ex.extract(own(long), { url: 'https://www.example.com.lb/article.php?id=7' }).published?.iso).toBe('2020-04-03');
  });

  it('reads the time the line\'s clock icon gives in its title', () => {
    expect(ex.extract(html('<i class="far fa-clock" title="10:15"></i>'), { url: 'https://www.example.com.lb/article.php?id=7' }).published?.iso).toBe('2020-04-03T10:15:00+03:00');
  });
});

describe('an agency alone on the story\'s first line', () => {
  const html = (line: string): string => page(`<article><h1>${headline}</h1><div class="details"><p>${line}</p>${para.repeat(3)}</div></article>`);
  it('leaves the body and is the byline when no one signs', () => {
    const lines = [['وكالات:', 'وكالات'], ['(رويترز)', 'رويترز'], ['القاهرة - وكالات:', 'وكالات'], ['الوكالات:', 'الوكالات'], ['<strong>روما - الوكالات: </strong>', 'الوكالات'], ['عمّان - وكالات الأنباء', 'وكالات الأنباء']] as const;
    for (const [line, agency] of lines) {
      const a = ex.extract(html(line), { url: 'https://www.example.com.eg/news/1' });
      expect(a.authors).toEqual([agency]);
      expect(texts(html(line))[0]).toBe('نص الخبر هنا، وهو طويل بما يكفي ليعد فقرة من متن المقال، وفيه فواصل ونقاط كثيرة.');
    }
  });
  it('gives way to a writer who signs', () => {
    expect(ex.extract(html('وكالات:').replace('<div class="details">', '<div class="details"><p>كتب: سامي عادل</p>'), { url: 'https://www.example.com.eg/news/1' }).authors).toEqual(['سامي عادل']);
  });
});

describe('an ad slot whose class misspells ad', () => {
  it('keeps a linked banner in `desktop-add_12` out of the body and the images', () => {
    const html = page(`<article><div class="post"><h1>${headline}</h1><div class="desktop-add_12"><a href="https://cars.example.org/x"><img src="https://cdn.example.com/UP/20200101120000123.jpg"></a></div><div class="entry-content">${para.repeat(3)}</div></div></article>`);
    const a = ex.extract(html, { url: 'https://www.example.com/news/1' });
    expect(a.images).toEqual([]);
    expect(a.body.every((b) => b.type === 'paragraph')).toBe(true);
  });
});

describe('a story box named like chrome beside a long list of dated teasers', () => {
  // The site's template names its article page `readmore…` (`#readmorepakkam`), and a sidebar of twenty teasers, each
  // with a date line and a summary, holds nearly half the page's prose.
  const teaser = (i: number) => `<div class="newread-threadsone"><p>السبت ,06 حزيران / يونيو</p><div class="newread-threadtext"><a href="/news/${i}">عنوان خبر آخر رقم ${i}</a> موجز قصير للخبر</div></div>`;
  const html = (storyBox: string) => page(`<div class="readmorefull"><div id="mineflright"><div id="${storyBox}"><h1>${headline}</h1><div id="balmon">${para.repeat(3)}</div></div></div><div id="floleft" class="minerelatednews"><div class="newread-mostread">${Array.from({ length: 20 }, (_, i) => teaser(i)).join('')}</div></div></div><div id="hat"><div class="powerby cop"><p>Maintained and developed by Example Media Group</p></div></div>`);
  it('is the story\'s box when it holds the headline, on a smaller share of the prose than a box without it', () => {
    const a = ex.extract(html('readmorepakkam'), { url: 'https://www.example.net/43/1' });
    expect(a.text).toContain('نص الخبر هنا');
    expect(a.text).not.toContain('Maintained');
  });
  it('reads a hyphenated chrome word only where a part of the name starts (`minenewread-moreright` holds no `read-more`)', () => {
    const reason = (attrs: string) => {
      const el = parseDocument(`<div ${attrs}></div>`).querySelector('div')!;
      return noiseReason(el, 'div');
    };
    expect(reason('id="minenewread-moreright"')).toBeUndefined();
    expect(reason('class="block-read-more"')).toBe('class:read-more');
    expect(reason('class="read-more-link"')).toBe('class:read-more');
  });
});

describe('a byline box in the story\'s own side column', () => {
  // The site's own account as the byline, which only a byline box the page shows gives (the metadata's is left out).
  const box = '<aside class="article-info" itemprop="author" itemscope itemtype="https://schema.org/Person"><div class="info"><span class="byline" itemprop="name"><a class="more-by-author" href="/article/author/site1">مصر اليوم</a></span></div></aside>';
  const html = (wrap: (inner: string) => string) => page(wrap(`<div class="row"><section class="floating-social">${box}</section><section class="article-body"><header><h1>${headline}</h1></header>${para.repeat(3)}</section></div>`)).replace('</head>', '<meta property="og:site_name" content="مصر اليوم"></head>');
  it('is the byline when the `<aside>` is inside the story\'s `<article>`', () => {
    expect(ex.extract(html((x) => `<article>${x}</article>`), { url: 'https://www.example.com/news/1' }).authors).toEqual(['مصر اليوم']);
  });
  it('is no byline in an `<aside>` of the page outside the story\'s article', () => {
    expect(ex.extract(html((x) => `<div class="main">${x}</div>`), { url: 'https://www.example.com/news/1' }).authors).toEqual([]);
  });
});

describe('a class named in camelCase', () => {
  const reason = (cls: string) => noiseReason(parseDocument(`<div class="${cls}"></div>`).querySelector('div')!, 'div');
  it('names chrome by a short word set as a hump of its own (`advRightBig`, `topNav`, `postTags`)', () => {
    expect(reason('advRightBig bigbig')).toBe('class:adv');
    expect(reason('topNav')).toBe('class:nav');
    expect(reason('postTags')).toBe('class:tags');
    // A longer word inside a camelCase name says too little: a page's main column may be its `leftSideBar`.
    expect(reason('leftSideBar')).toBeUndefined();
    expect(reason('noAds')).toBeUndefined();
  });
  it('keeps the ad column\'s linked picture out of the story\'s images', () => {
    const html = `<html><head><meta property="og:image" content="https://www.example.com/Content/Upload/large/lead.jpg"></head><body><div class="row contentNew21"><div class="col-lg-9 leftCont21"><h1 class="detailsTitle">${headline}</h1><div id="imagecontainer"><div class="imgarticle"><img alt="${headline}" src="https://www.example.com/Content/Upload/large/lead.jpg"></div><div class="imgDesc"><span>لاعبو الفريق يحتفلون بالفوز</span></div></div><div id="documentcontainer">${para.repeat(3)}</div></div><div class="col-lg-3 rightCont21"><div class="advRightBig bigbig"><div class="users-block"><div class="user-data"><a href="https://www.example.com/stories/t/53270/0" target="_blank"><img alt="" src="/UP/files/poster1.png"></a></div></div></div></div></div></body></html>`;
    expect(ex.extract(html, { url: 'https://www.example.com/story/1' }).images.map((i) => i.url)).toEqual(['https://www.example.com/Content/Upload/large/lead.jpg']);
  });
});

describe('a picture set beside ad slots in a box of its own', () => {
  const story = (box: string) => page(`<article><h1>${headline}</h1><div class="article-image"><img src="/images/thumbs/752/news/a1b2c3d4e5f6a7b8c9d0.jpg" alt="عمال في موقع العمل"><span class="caption">عمال المحاجر في موقع العمل</span></div>${box}<div class="details">${para.repeat(3)}</div></article>`);
  it('is the ad box\'s own creative, no picture of the story', () => {
    for (const slot of ['<div id="Ad.Plus-728x90-1"></div>', '<ins class="adsbygoogle" data-ad-slot="2"></ins>', '<div id="div-gpt-ad-1234-0"></div>']) {
      const a = ex.extract(story(`<div class="blog"><div class="custom">${slot}<p><img alt="" src="/images/images/white-strip.JPG" style="width: 336px; height: 100px;"></p></div></div>`), { url: 'https://www.example.com/news/1' });
      expect(a.images.map((i) => i.caption)).toEqual(['عمال المحاجر في موقع العمل']);
    }
  });
  it('stays when it has an alt or the box holds text (a story\'s own box with an ad slot in it)', () => {
    const withAlt = ex.extract(story('<div class="custom"><ins class="adsbygoogle"></ins><p><img alt="المصنع من الداخل" src="/images/news/factory-inside.jpg"></p></div>'), { url: 'https://www.example.com/news/1' });
    expect(withAlt.images).toHaveLength(2);
    const inText = ex.extract(story(`<div class="custom"><ins class="adsbygoogle"></ins><p><img alt="" src="/images/news/factory-inside.jpg"></p>${para}</div>`), { url: 'https://www.example.com/news/1' });
    expect(inText.images).toHaveLength(2);
  });
  it('reads three boxes up, counting the nodes of the boxes inside: a large box is a layout box', () => {
    const url = 'https://www.example.com/news/1';
    // The slot sits in the third box up, beside the second; the picture's own box holds nothing else.
    const nested = (spans: number) => story(`<div class="outer"><ins class="adsbygoogle"></ins><div class="mid"><p><img alt="" src="/images/images/white-strip.JPG"></p>${'<span></span>'.repeat(spans)}</div></div>`);
    expect(ex.extract(nested(5), { url }).images).toHaveLength(1);
    expect(ex.extract(nested(33), { url }).images).toHaveLength(1); // the third box still within its limit
    // The second box alone fits in the limit, the third with it does not: no ad box, the picture stays.
    expect(ex.extract(nested(34), { url }).images).toHaveLength(2);
    expect(ex.extract(nested(60), { url }).images).toHaveLength(2);
  });
});

describe('a figure holding a <picture> and a plain line', () => {
  it('reads the line as the picture\'s caption, above the headline or in the story', () => {
    const figure = '<figure><picture><source srcset="/a.webp"><img src="/a.jpg" alt="x"></picture><span>البابا خلال لقائه بالوفد في الفاتيكان</span></figure>';
    for (const html of [page(`<article>${figure}<h1>${headline}</h1><div class="text">${para.repeat(2)}</div></article>`), page(`<article>${figure}<h1>${headline}</h1>${para.repeat(2)}</article>`)]) {
      const a = ex.extract(html, { url: 'https://www.example.va/ar/news/1.html' });
      expect(a.images.map((i) => i.caption)).toEqual(['البابا خلال لقائه بالوفد في الفاتيكان']);
      expect(texts(html, 'https://www.example.va/ar/news/1.html').join(' ')).not.toContain('البابا');
    }
  });
});

describe('a page that writes its clocks minute first', () => {
  const html = (clock: string): string =>
    page(`<header><span class="topfont"> 21 يناير 2020 - ${clock} </span></header><div><h2>${headline}</h2></div><div><h3 class="redtextcolor">20 يناير 2020 - 3 : 18 </h3></div><h6>${para.repeat(3)}</h6>`);
  it('reads an ambiguous `3 : 18` as 18:03 when another clock on the page can only be minute first (`53 : 15`)', () => {
    expect(ex.extract(html('53 : 15'), { url: 'https://www.example.com.eg/news/1' }).published?.iso).toBe('2020-01-20T18:03:00+02:00');
  });
  it('reads it hour first without that evidence, or against a clock that can only be hour first', () => {
    expect(ex.extract(html('10 : 15'), { url: 'https://www.example.com.eg/news/1' }).published?.iso).toBe('2020-01-20T03:18:00+02:00');
    expect(ex.extract(html('15 : 53'), { url: 'https://www.example.com.eg/news/1' }).published?.iso).toBe('2020-01-20T03:18:00+02:00');
  });
});

describe('a visible time the page labels GMT beside zoneless metadata', () => {
  const html = (ld: string): string =>
    `<html><head><title>${headline}</title><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"${ld}"}</script></head><body><h1>${headline}</h1><dd class="published"><span>GMT</span> <span>21:37 2020 الأربعاء ,08 كانون الثاني / يناير</span></dd><div id="balmon">${para.repeat(3)}</div></body></html>`;
  const warned = (ld: string): boolean => ex.extract(html(ld), { url: 'https://www.example.com.lb/1154/213731' }).diagnostics.warnings.some((w) => w.code === 'date.metadata-offset-mismatch');
  it('raises no offset warning when the metadata shows the same clock (written in GMT too)', () => {
    expect(ex.extract(html('2020-01-08 21:37:31'), { url: 'https://www.example.com.lb/1154/213731' }).published?.iso).toBe('2020-01-08T23:37:00+02:00');
    expect(warned('2020-01-08 21:37:31')).toBe(false);
  });
  it('still warns when metadata with its own offset is hours off', () => {
    expect(warned('2020-01-08T21:37:31+02:00')).toBe(true);
  });
});

describe('a short syndicated story', () => {
  const story = (lead: string, after = '') =>
    page(`<div class="col-sm-9 div_story"><h1 class="main-entry-title">${headline}</h1><div class="entry-blog-meta"><p>التاريخ</p><span class="entry-date">3/25/2020 11:12:35 PM</span></div>
      <div class="entry-summary" id="body-story-div"><div id="story_body">(<a href="https://feed.example.com">FEEDNET</a>- Gulf Daily) ${lead}</div></div>${after}
      <div class="entry-summary" id="News_Disclaimer"><b>إخلاء المسؤولية القانونية:</b><br> تقدم الشبكة هذه المواد كما وردت من مصادرها دون أي ضمان صريح أو ضمني، ولا تتحمل أي مسؤولية عن محتوى المواقع المرتبطة بها أو عن دقة ما تنشره. للاستفسار يرجى مراجعة الجهة المزودة للخبر مباشرة.</div>
      <div class="post-meta"><p>Category</p><span class="cats"></span><p>Date</p><span>3/25/2020</span></div></div>`);

  it('leaves out a disclaimer box that outweighs the one paragraph, and the meta row\'s bare labels', () => {
    const body = texts(story('<p>قررت البلدية إغلاق الحدائق العامة لمدة أسبوعين للحد من انتشار المرض في المدينة.</p>'), 'https://www.example.com/arabic/1/x');
    expect(body).toEqual(['قررت البلدية إغلاق الحدائق العامة لمدة أسبوعين للحد من انتشار المرض في المدينة.']);
  });

  it('reads the name a stamp\'s field label leads to, set in a list (`(… ) المصدر: <ul><li>دبي ـ فلان</li></ul>`)', () => {
    const html = story(`المصدر: <ul> <li> دبي ـ سامر خليل </li> </ul> التاريخ: 19 مارس 2020 ${para.repeat(3)}`);
    const article = ex.extract(html, { url: 'https://www.example.com/arabic/1/x' });
    expect(article.authors).toEqual(['سامر خليل']);
    expect(article.body.some((b) => b.type === 'list')).toBe(false);
  });

  it('keeps a one-word subheading that is not a meta row\'s label over a date', () => {
    const body = texts(page(`<h1>${headline}</h1><div class="content">${para}<h3>التاريخ</h3><p>تعود المدينة إلى العصر الروماني، وقد شهدت حضارات متعاقبة تركت آثارها في كل مكان.</p>${para}</div>`));
    expect(body).toContain('التاريخ');
  });
});

describe('a name set in bold beside the date line', () => {
  const story = (name: string) =>
    page(`<div class="innerNews"><h1>${headline}</h1><div class="image"><img src="/uploads/1.jpg"></div><div class="date"><strong class="newsAuthor"></strong>${name}<br><span>نشر فى : الخميس 18 يونيو 2020 - 1:26 م | آخر تحديث : الخميس 18 يونيو 2020 - 1:26 م</span></div><div class="eventContent">${para.repeat(3)}</div></div>`);
  const authors = (name: string) => ex.extract(story(name), { url: 'https://www.example.com.eg/news/1' }).authors;

  it('is the byline, with or without a colon after it', () => {
    expect(authors('<strong>يونس الطحان</strong>')).toEqual(['يونس الطحان']);
    expect(authors('<strong>\nرامي الشناوي:\n</strong>')).toEqual(['رامي الشناوي']);
  });

  it('leaves the body when the box of the story holds the date line too', () => {
    const p = (i: number): string => `<p>نص الفقرة رقم ${i} من الخبر، وهو طويل بما يكفي ليعد فقرة من متن المقال، وفيه فواصل كثيرة.</p>`;
    const html = page(`<div class="innerNews"><h1>${headline}</h1><div class="image"><img src="/uploads/1.jpg"></div><div class="date"><strong>يونس الطحان</strong><br><span>نشر فى : الخميس 18 يونيو 2020 - 1:26 م</span></div><div class="eventContent eventContentNone">${p(1)}${p(2)}${p(3)}</div></div>`);
    const article = ex.extract(html, { url: 'https://www.example.com.eg/news/1' });
    expect(article.authors).toEqual(['يونس الطحان']);
    expect(texts(html)).toEqual(['image', 'نص الفقرة رقم 1 من الخبر، وهو طويل بما يكفي ليعد فقرة من متن المقال، وفيه فواصل كثيرة.', 'نص الفقرة رقم 2 من الخبر، وهو طويل بما يكفي ليعد فقرة من متن المقال، وفيه فواصل كثيرة.', 'نص الفقرة رقم 3 من الخبر، وهو طويل بما يكفي ليعد فقرة من متن المقال، وفيه فواصل كثيرة.']);
  });

  it('is not a linked section, a single word or a label', () => {
    expect(authors('<a href="/section/1"><strong>أخبار مصر</strong></a>')).toEqual([]);
    expect(authors('<strong>عاجل</strong>')).toEqual([]);
    expect(authors('<strong>تاريخ النشر</strong>')).toEqual([]);
  });
});

describe('a stats box inside the story container', () => {
  const stats = (rows: string[][], title = 'الحالة اليوم'): string =>
    `<ul class="statsList"><li><div class="right">${title}</div></li>${rows.map(([k, v]) => `<li><div class="right">${k}</div><div class="left">${v}</div></li>`).join('')}</ul>`;
  const story = (box: string): string => page(`<div class="article"><h1>${headline}</h1><div id="NewsStory">${para.repeat(3)}<div class="box"><div class="columns">${box}</div></div></div></div>`);

  it('leaves out a list pairing short labels with figures in boxes of their own, however deep it sits', () => {
    const html = story(stats([['إصابات', '2,191'], ['تعافٍ', '488'], ['وفيات', '164']]) + stats([['إصابات', '1,946,781'], ['وفيات', '121,710']], 'حول العالم'));
    const article = ex.extract(html, { url: 'https://www.example.com.eg/news/1' });
    expect(article.body.map((b) => b.type)).toEqual(['paragraph']);
    expect(article.diagnostics.removed.filter((r) => r.reason === 'boilerplate:stats')).toHaveLength(2);
  });

  it('keeps a list of sentences with number badges, and a list with one figure', () => {
    const steps = `<ol><li><div class="n">12</div><div>اغسل يديك بالماء والصابون مدة عشرين ثانية على الأقل.</div></li><li><div class="n">13</div><div>ارتد الكمامة في الأماكن المزدحمة والمغلقة.</div></li></ol>`;
    expect(texts(story(steps))).toContain('list');
    expect(texts(story(stats([['إصابات', '2,191'], ['وفيات', 'لا توجد']])))).toContain('list');
  });
});

describe('a subheading the story sets twice', () => {
  const p = (i: number): string => `<p>هذه الفقرة رقم ${i} من نص الخبر، وهي طويلة بما يكفي لتعد فقرة من متن المقال، وفيها فواصل.</p>`;
  const story = (inner: string): string => page(`<article><h1>${headline}</h1><div class="entry-content">${inner}</div></article>`);

  it('is kept both times over new paragraphs or a new picture', () => {
    expect(texts(story(`${p(1)}<h2>تفاصيل الجدول الجديد</h2>${p(2)}${p(3)}<h2>تفاصيل الجدول الجديد</h2>${p(4)}`)).filter((t) => t === 'تفاصيل الجدول الجديد')).toHaveLength(2);
    expect(texts(story(`${p(1)}<h2>تفاصيل الجدول الجديد</h2>${p(2)}${p(3)}<h2>تفاصيل الجدول الجديد</h2><figure><img src="/uploads/table.jpg"></figure>`)).filter((t) => t === 'تفاصيل الجدول الجديد')).toHaveLength(2);
  });

  it('is a repeat right after itself, or over a second copy of paragraphs already met', () => {
    expect(texts(story(`${p(1)}<h2>تفاصيل الجدول الجديد</h2><h2>تفاصيل الجدول الجديد</h2>${p(2)}`)).filter((t) => t === 'تفاصيل الجدول الجديد')).toHaveLength(1);
    const copy = `<h3>تفاصيل الجدول الجديد</h3>${p(1)}${p(2)}`;
    expect(texts(story(`${p(0)}${copy}<hr><div class="tools">A A A</div>${copy}`)).filter((t) => t === 'تفاصيل الجدول الجديد')).toHaveLength(1);
  });
});

describe('a picture whose link opens a lightbox', () => {
  const story = (link: string): string =>
    `<html><head><meta property="og:image" content="https://cdn.example.com/images/news/2020/04/thumbnails/600x314/f0a1b2c3d4e5.jpg"></head><body><div class="article">${link}<h1>${headline}</h1><div class="article-date">الثلاثاء 07 أبريل 2020</div><div id="articletext">${para.repeat(3)}</div></div></body></html>`;
  const figure = '<figure><img src="https://cdn.example.com/images/news/2020/04/thumbnails/main/f0a1b2c3d4e5.jpg" alt="صورة"><figcaption>وزير النقل خلال جولته في الميناء</figcaption></figure>';

  it('is the story\'s picture, caption and all, though its class says popup or modal', () => {
    for (const cls of ['popup-images', 'image-popup', 'modal-link']) {
      const article = ex.extract(story(`<a class="${cls}" href="/big/f0a1b2c3d4e5.jpg?v=2">${figure}</a>`), { url: 'https://www.example.com/news/1' });
      expect(article.images.map((i) => [i.url, i.caption])).toEqual([['https://cdn.example.com/images/news/2020/04/thumbnails/main/f0a1b2c3d4e5.jpg', 'وزير النقل خلال جولته في الميناء']]);
    }
  });

  it('is still chrome when the popup link leads to a page, not a picture', () => {
    const article = ex.extract(story(`<a class="popup-images" href="/subscribe">${figure}</a>`), { url: 'https://www.example.com/news/1' });
    expect(article.images.map((i) => i.caption ?? null)).toEqual([null]);
  });
});

describe('an agency named by the metadata and shown only in the source line', () => {
  const story = (meta: string, shown: string) =>
    `<html><head><title>${headline}</title><meta name="author" content="${meta}"></head><body><article><h1>${headline}</h1><div class="metadata">${shown}<div class="publish-date">التاريخ: 12 مايو 2020</div></div>${para.repeat(3)}</article></body></html>`;
  const authors = (meta: string, shown: string) => ex.extract(story(meta, shown), { url: 'https://www.example.ae/news/1' }).authors;

  it('is the story\'s source, not its byline', () => {
    expect(authors('وام', '<div class="source"><span class="label">المصدر:</span><ul><li>وام</li></ul></div>')).toEqual([]);
    expect(authors('رويترز', '<div class="source"><span class="label">المصدر:</span> رويترز</div>')).toEqual([]);
  });

  it('is the byline when the page shows it as one, and a person the metadata names stays', () => {
    expect(authors('وام', '<span class="writeBy">وام</span>')).toEqual(['وام']);
    expect(authors('فاتن صبح', '<div class="source"><span class="label">المصدر:</span><ul><li>فاتن صبح</li></ul></div>')).toEqual(['فاتن صبح']);
  });
});

describe('a <time> that shows a clock and gives its instant in UTC, on a site whose zone is unknown', () => {
  const timed = (datetime: string, shown: string): string =>
    page(`<article><h1>${headline}</h1><ul class="footer"><li class="time"><time datetime="${datetime}">${shown}</time></li></ul><section>${para.repeat(3)}</section></article>`);

  it('is the shown clock at the offset the two differ by', () => {
    const a = ex.extract(timed('2020-06-07T13:07:35.000Z', '07-06-2020 | 16:07'), { url: 'https://www.example.com/articles/1/' });
    expect(a.published).toMatchObject({ iso: '2020-06-07T16:07:00+03:00', precision: 'minute' });
    expect(ex.extract(timed('2020-06-07T13:07:35.000Z', '07-06-2020 | 16:07')).published?.iso).toBe('2020-06-07T16:07:00+03:00');
  });

  it('stays a day when the two differ by no offset a zone has, and the site’s zone rules when known', () => {
    expect(ex.extract(timed('2020-06-07T13:00:35.000Z', '07-06-2020 | 16:07'), { url: 'https://www.example.com/articles/1/' }).published?.iso).toBe('2020-06-07');
    expect(ex.extract(timed('2020-06-07T13:07:35.000Z', '07-06-2020 | 16:07'), { url: 'https://www.example.com.eg/articles/1/' }).published?.iso).toBe('2020-06-07T16:07:00+02:00');
  });
});

describe('Drupal’s `submitted` box under the headline', () => {
  it('gives the byline beside the date it holds', () => {
    const html = page(`<div class="node"><h1>${headline}</h1><div class="submitted"><span>سامي نادر</span> <span>15/05/2020 - 20:56</span></div><div class="content">${para.repeat(3)}</div></div>`);
    const a = ex.extract(html, { url: 'https://www.example.com.eg/node/1' });
    expect(a.authors).toEqual(['سامي نادر']);
    expect(a.published?.iso).toBe('2020-05-15T20:56:00+02:00');
  });
});

describe('a desk credit naming the paper before the places it filed from', () => {
  const story = (credit: string): string =>
    `<html><head><title>${headline} - صحيفة مكة</title><meta property="og:site_name" content="صحيفة مكة"><meta name="author" content="${credit}"></head><body><h1>${headline}</h1><div class="author"><a href="/author/10008/1/x">${credit}</a></div><div class="content">${para.repeat(3)}</div></body></html>`;

  it('is the byline as shown when the first part names the site', () => {
    expect(ex.extract(story('مكة - الطائف، جدة'), { url: 'https://makkahnewspaper.com/article/1' }).authors).toEqual(['مكة - الطائف، جدة']);
  });

  it('is still a reporter when a person is named, and nothing when the places name no site', () => {
    expect(ex.extract(story('سامي النجار - جدة'), { url: 'https://makkahnewspaper.com/article/1' }).authors).toEqual(['سامي النجار']);
    expect(ex.extract(story('الطائف - جدة'), { url: 'https://makkahnewspaper.com/article/1' }).authors).toEqual([]);
  });
});

describe('a wire story’s end marker', () => {
  it('leaves the body as a sign-off, in either spelling and with a desk code', () => {
    for (const end of ['انتهى', 'انتهی', '(انتهى)', 'انتهى ** 2344']) {
      const html = page(`<h1>${headline}</h1><div class="item-text">${para.repeat(2)}<p>${end}</p></div>`);
      expect(texts(html).join(' ')).not.toContain('انته');
    }
  });

  it('is only the word alone: a sentence that opens with it stays', () => {
    const html = page(`<h1>${headline}</h1><div class="item-text">${para.repeat(2)}<p>انتهى الاجتماع بعد ساعتين من النقاش.</p></div>`);
    expect(texts(html)).toContain('انتهى الاجتماع بعد ساعتين من النقاش.');
  });
});

describe('pictures of the site’s theme', () => {
  it('are no story picture: a theme folder’s promo, a front end’s icon beside the date', () => {
    const html = page(`<h1>${headline}</h1><div><img src="/assets/img/41.png"> 05/02/2020 - 09:14 AM</div><div class="content">${para.repeat(3)}<img src="https://www.example.com/sites/all/themes/site/images/promo.jpg"></div>`);
    expect(ex.extract(html, { url: 'https://www.example.com/news/1' }).images).toEqual([]);
  });

  it('leave uploads kept under an assets folder alone', () => {
    const html = page(`<h1>${headline}</h1><figure><img src="https://www.example.ae/assets/images/news/750x425/2020/3/2020311090412A5.jpg"><figcaption>صورة من الموقع</figcaption></figure><div class="content">${para.repeat(3)}</div>`);
    expect(ex.extract(html, { url: 'https://www.example.ae/article/1' }).images.map((i) => i.caption)).toEqual(['صورة من الموقع']);
  });

  it('one upload with www. and without is one picture', () => {
    const html = `<html><head><meta property="og:image" content="https://example.com/assets/2020-06-21/images/512204_1.jpg"></head><body><h1>${headline}</h1><figure><img src="http://www.example.com/assets/2020-06-21/images/512204_1.jpg"></figure><div class="content">${para.repeat(3)}</div></body></html>`;
    expect(ex.extract(html, { url: 'https://www.example.com/post.php?id=1' }).images).toHaveLength(1);
  });
});

describe('site zones the masthead settles', () => {
  it('reads a Lebanese paper published in America on US Pacific time', () => {
    expect(zoneForHost('www.beiruttimes.com')).toBe('America/Los_Angeles');
    const html = page(`<h1>${headline}</h1><div><font color="#a3a3a3"> 05/02/2020 - 09:14 AM</font></div><div id="article">${para.repeat(3)}</div>`);
    expect(ex.extract(html, { url: 'https://www.beiruttimes.com/article/1' }).published?.iso).toBe('2020-05-02T09:14:00-07:00');
  });
});

describe('a picture linked to another site inside the story', () => {
  it('is a sponsor’s banner, not the story’s picture; one linked to its own file elsewhere stays', () => {
    const html = page(`<h1>${headline}</h1><div id="article"><a href="http://www.translator-ads.example.net/document-translation/"><img alt="Translation" src="/images/5b1f0c2a9e7d4a33.jpg"></a>${para.repeat(2)}<a href="https://cdn.example.org/photos/big/p1.jpg"><img src="https://cdn.example.org/photos/small/p1.jpg"></a>${para}</div>`);
    const images = ex.extract(html, { url: 'https://www.beirut-daily.example.com/article/1' }).images.map((i) => i.url);
    expect(images).toEqual(['https://cdn.example.org/photos/small/p1.jpg']);
  });

  it('is the story’s when the link stays on the site, a subdomain included', () => {
    const html = page(`<h1>${headline}</h1><div id="article"><a href="https://media.example.com/gallery/12"><img src="https://media.example.com/photos/p2.jpg"></a>${para.repeat(3)}</div>`);
    expect(ex.extract(html, { url: 'https://www.example.com/article/1' }).images.map((i) => i.url)).toEqual(['https://media.example.com/photos/p2.jpg']);
  });
});

describe('a poster’s login shown as the byline, linked to its own author page', () => {
  const story = (link: string, meta = ''): string =>
    `<html><head><title>${headline}</title>${meta}</head><body><h1>${headline}</h1><div class="post-meta"><a class="post-author-a" href="${link}"><span class="post-author-name">By <b>${link.split('/').filter(Boolean).pop()}</b></span></a></div><div class="entry-content">${para.repeat(3)}</div></body></html>`;

  it('is the byline as shown', () => {
    expect(ex.extract(story('/author/karimz/'), { url: 'https://www.example.com/news/1/' }).authors).toEqual(['karimz']);
  });

  it('is nobody when it is a CMS’s own login, or a handle only the metadata names', () => {
    expect(ex.extract(story('/author/admin/'), { url: 'https://www.example.com/news/1/' }).authors).toEqual([]);
    const hidden = `<html><head><title>${headline}</title><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"hmansour"}}</script></head><body><h1>${headline}</h1><div class="entry-content">${para.repeat(3)}</div></body></html>`;
    expect(ex.extract(hidden, { url: 'https://www.example.com/news/1/' }).authors).toEqual([]);
  });
});

describe('one picture under other names', () => {
  const one = (og: string, shown: string, url = 'https://www.example.com/news/1'): number =>
    ex.extract(`<html><head><meta property="og:image" content="${og}"></head><body><h1>${headline}</h1><figure><img src="${shown}"><figcaption>صورة من الموقع</figcaption></figure><div class="content">${para.repeat(3)}</div></body></html>`, { url }).images.length;

  it('is one image across size suffixes after `_`, Drupal styles on cloud storage, and a site’s hosts', () => {
    expect(one('https://vid.example.net/images/2019/10/02/ab12/ab12_16x9_600x338.JPG', 'https://vid.example.net/images/2019/10/02/ab12/ab12_16x9_1200x676.JPG?width=960')).toBe(1);
    expect(one('https://media.example.com/Drupal/02site-400/2020-06/000_7QK2XW.jpg', 'https://media.example.com/Drupal/02site-400/styles/892x501/s3/2020-06/000_7QK2XW.jpg?itok=ab')).toBe(1);
    expect(one('https://www.example.org/UploadCache/libfiles/517/2/600x338o/318.jpg', 'https://www.example.com/UploadCache/libfiles/517/2/600x338o/318.jpg')).toBe(1);
  });

  it('is one image when a long file name in one folder is served from a CDN and from the page’s own host', () => {
    expect(one('http://i.cdn.example.net/site/2013/8/3/city.parade/Gal.city.parade.jpg_-1_-1.jpg', 'Gal.city.parade.jpg_-1_-1.jpg', 'http://www.example.com/2013/8/3/city.parade/index.html')).toBe(1);
  });

  it('keeps two pictures whose short names only match, on two sites', () => {
    expect(one('https://www.example.org/photos/12.jpg', 'https://www.other-site.com/photos/12.jpg')).toBe(2);
  });
});

describe('banners in the story', () => {
  it('are no story picture: a strip five times wider than high, by attributes or by style, or a picture linked to a tag page', () => {
    const html = page(`<h1>${headline}</h1><div class="content">${para.repeat(2)}<a href="/tag/كورونا"><img src="https://www.example.com/uploads/2020/05/corona-campaign.jpg"></a><img src="https://www.example.com/uploads/2020/05/strip.gif" width="731" height="88"><p><img src="https://www.example.com/uploads/2020/05/strip2.jpg" style="width: 600px; height: 100px;"></p>${para}</div>`);
    expect(ex.extract(html, { url: 'https://www.example.com/news/1' }).images).toEqual([]);
  });

  it('leave a strip linked to its own file alone (a screenshot of a quoted post that opens full-size), not one linked elsewhere', () => {
    const strip = (href: string) => page(`<h1>${headline}</h1><div class="content">${para.repeat(2)}<p> <a href="${href}" target="_blank"><br/><img src='https://www.example.com/uploads/2020/06/Y_1a9c.JPG' Width='459' Height='68'/><br/></a></p>${para}</div>`);
    expect(ex.extract(strip('https://www.example.com/uploads/2020/06/Y_1a9c.JPG'), { url: 'https://www.example.com/news/1' }).images).toHaveLength(1);
    expect(ex.extract(strip('https://ads.example.net/click?id=9'), { url: 'https://www.example.com/news/1' }).images).toEqual([]);
  });

  it('leave a wide photograph of the story alone', () => {
    const html = page(`<h1>${headline}</h1><div class="content">${para.repeat(2)}<img src="https://www.example.com/uploads/2020/05/panorama.jpg" width="1200" height="400">${para}</div>`);
    expect(ex.extract(html, { url: 'https://www.example.com/news/1' }).images).toHaveLength(1);
  });
});

describe('pictures of a newspaper template\'s buttons', () => {
  const url = 'https://www.example.com/viewart.php?art=126439';
  const others = `<div class="col-xs-4"><div class="main_title">اخبار اخرى من نفس المصدر</div><ul><li><a href="viewart.php?art=1">خبر آخر من الموقع نفسه...</a></li><li><a href="viewart.php?art=2">وخبر ثالث من الموقع...</a></li></ul></div>`;
  const html = (toolbar: string, content = '') =>
    page(`<div><div class="container-fluid"><div id="body" class="row"><div class="col-xs-9"><div><div class="row">${others}<div class="col-xs-8"><div class="main_title"><span id="title">${headline}</span></div><div id="sub_title" class="sub_title">تاريخ النشر: الثلاثاء 07-01-2020</div>${toolbar}<div id="content" class="content">${content}${para.repeat(3)}</div></div></div></div></div></div></div></div>`);

  it('is none when a size attribute says 20px: a button, as the browser draws it', () => {
    const tools = '<div id="sub_title1" class="sub_title"><img id="incfont" src="images/zin.png" width="20px" /><img id="decfont" src="images/zout.png" width="20px" /></div>';
    expect(ex.extract(html(tools), { url }).images).toEqual([]);
    // A percentage is no size in pixels: the story's picture stays.
    const photo = '<p><img src="/uploads/2020/01/kirkuk-families.jpg" width="95%" alt="عائلات في المدينة"></p>';
    expect(ex.extract(html('', photo), { url }).images.map((i) => i.url)).toEqual(['https://www.example.com/uploads/2020/01/kirkuk-families.jpg']);
  });
});

describe('the section', () => {
  it('is the first of the categories a CMS lists in one field', () => {
    const html = `<html><head><title>${headline}</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"${headline}","articleSection":"محليات, آخر الأخبار, منوعات"}</script></head><body><h1>${headline}</h1><div class="content">${para.repeat(3)}</div></body></html>`;
    expect(ex.extract(html, { url: 'https://www.example.com/news/1' }).section).toBe('محليات');
    const meta = `<html><head><title>${headline}</title><meta property="article:section" content="رياضة"></head><body><h1>${headline}</h1><div class="content">${para.repeat(3)}</div></body></html>`;
    expect(ex.extract(meta, { url: 'https://www.example.com/news/1' }).section).toBe('رياضة');
  });
});

describe('the tags', () => {
  const tagged = (keywords: string, title = headline): string[] =>
    ex.extract(`<html><head><title>${title} - المثال نيوز</title><meta property="og:site_name" content="المثال نيوز"><meta name="keywords" content="${keywords}"></head><body><h1>${title}</h1><div class="content">${para.repeat(3)}</div></body></html>`, { url: 'https://www.example.com/news/1' }).tags;

  it('leave out marks with no letter and the site’s own name', () => {
    expect(tagged('., كورونا, المثال نيوز, فيروس كورونا')).toEqual(['كورونا', 'فيروس كورونا']);
  });

  it('are none when the keywords are the title cut into words', () => {
    const title = 'وزير الصحة: افتتاح 3 مراكز صحية جديدة و40% من الأسرة جاهزة';
    expect(tagged('وزير,الصحة:,افتتاح,3,مراكز,صحية,جديدة,و40,%,من,الأسرة,جاهزة', title)).toEqual([]);
    expect(tagged('الصحة,المحافظة,المراكز,الوزير,الافتتاح')).toEqual(['الصحة', 'المحافظة', 'المراكز', 'الوزير', 'الافتتاح']);
  });

  it('are none when the keywords are the opening text cut into words, the small words left out, one stray added', () => {
    expect(tagged('نص, الخبر, هنا, وهو, طويل, بما, يكفي, ليعد, فقرة, متن, المقال, مثال')).toEqual([]);
    // A mark with no letter among them is no stray.
    expect(tagged('نص, ., الخبر, هنا, طويل, مثال')).toEqual([]);
    // The same words out of the text's order are a list someone chose: kept.
    expect(tagged('فقرة, المقال, نص, طويل, الخبر, متن')).toEqual(['فقرة', 'المقال', 'نص', 'طويل', 'الخبر', 'متن']);
    // Two strays in six are too many for a cut.
    expect(tagged('نص, الخبر, هنا, طويل, كورونا, مصر')).toEqual(['نص', 'الخبر', 'هنا', 'طويل', 'كورونا', 'مصر']);
  });

  it('are none when the keywords are what the site calls itself on every page', () => {
    expect(tagged('صحيفة, أونلاين, أخبار, البحرين, جريدة, رأي')).toEqual([]);
    expect(tagged('news, newspaper, موقع إخباري, الأردن')).toEqual([]);
    expect(tagged('أخبار, كورونا, صحيفة الأهرام')).toEqual(['أخبار', 'كورونا', 'صحيفة الأهرام']);
  });

  it('leave out a template\'s placeholder', () => {
    expect(tagged('كورونا, تاغ, مصر, featured')).toEqual(['كورونا', 'مصر']);
  });
});

describe('the section', () => {
  const section = (metas: string) =>
    ex.extract(`<html><head><title>${headline}</title>${metas}</head><body><h1>${headline}</h1><div class="content">${para.repeat(3)}</div></body></html>`, { url: 'https://www.example.com/news/1' }).section;

  it('is no flag a CMS files posts under: the next category is', () => {
    expect(section('<meta property="article:section" content="featured"><meta property="article:section" content="رياضة">')).toBe('رياضة');
    expect(section('<meta property="article:section" content="Uncategorized">')).toBeUndefined();
    expect(section('<meta property="article:section" content="featured, فن">')).toBe('فن');
    expect(section('<meta property="article:section" content="محليات, آخر الأخبار">')).toBe('محليات');
  });
});

describe('the site’s name spelt in the title', () => {
  it('is the title that is only the domain in Arabic letters, when no metadata names the site', () => {
    const html = `<html><head><title>المثال</title></head><body><h1>${headline}</h1><div class="content">${para.repeat(3)}</div></body></html>`;
    expect(ex.extract(html, { url: 'https://www.almithal.com/articles/1' }).site.name).toBe('المثال');
    // Another site's domain: the title names no one.
    expect(ex.extract(html, { url: 'https://www.example.com/articles/1' }).site.name).toBeUndefined();
  });
});

describe('the site’s name', () => {
  it('is no address a metadata field holds instead of a name', () => {
    const html = `<html><head><title>${headline} - المصري اليوم</title><meta property="twitter:site" content="//www.example.com"><meta name="application-name" content="المصري اليوم"></head><body><h1>${headline}</h1><div class="content">${para.repeat(3)}</div></body></html>`;
    expect(ex.extract(html, { url: 'https://www.example.com/news/1' }).site.name).toBe('المصري اليوم');
    const only = html.replace('<meta name="application-name" content="المصري اليوم">', '');
    expect(ex.extract(only, { url: 'https://www.example.com/news/1' }).site.name ?? '').not.toContain('//');
  });

  it('is the name an og:site_name sets beside the site’s address', () => {
    const html = `<html><head><title>${headline}</title><meta property="og:site_name" content="http://radio.example.net | إذاعة المثال العربية"></head><body><h1>${headline}</h1><div class="content">${para.repeat(3)}</div></body></html>`;
    expect(ex.extract(html, { url: 'http://radio.example.net/news/1' }).site.name).toBe('إذاعة المثال العربية');
  });
});

describe('a kicker set right above the headline', () => {
  const titled = (above: string): string | undefined =>
    ex.extract(page(`<div class="titles-container">${above}<h1 class="title"><span>${headline}</span></h1></div><div class="text">${para.repeat(3)}</div>`), { url: 'https://www.example.com/news/1' }).subheadline;

  it('is the subheadline when its class names a deck', () => {
    expect(titled('<div class="sub-title"><span>خلال جولة تفقدية صباح اليوم</span></div>')).toBe('خلال جولة تفقدية صباح اليوم');
    expect(titled('<h2 class="subtitle"><a>بعد جولة استمرت ثلاث ساعات</a></h2>')).toBe('بعد جولة استمرت ثلاث ساعات');
  });

  it('is not a section label, a link to another page, or a box no class names a deck', () => {
    expect(titled('<div class="sub-title">محليات</div>')).toBeUndefined();
    expect(titled('<h2 class="subtitle"><a href="/section/local">أخبار المحافظات والمدن</a></h2>')).toBeUndefined();
    expect(titled('<div class="breadcrumb-box">خلال جولة تفقدية صباح اليوم</div>')).toBeUndefined();
  });

  it('is not the site\'s own rubric (`تقارير النهار`: a desk word and the site\'s name), while a kicker that mentions the site is', () => {
    const branded = (above: string): string | undefined =>
      ex.extract(
        `<html><head><title>${headline} - عربي ودولي - النهار</title><meta property="og:site_name" content="النهار"></head><body><article>${above}<h1 class="title">${headline}</h1><div class="articlecontent">${para.repeat(3)}</div></article></body></html>`,
        { url: 'https://www.example.ae/news/1' },
      ).subheadline;
    expect(branded('<h3 class="sub-title" itemprop="alternativeHeadline">تقارير النهار</h3>')).toBeUndefined();
    expect(branded('<h3 class="sub-title">حوارات «النهار» الخاصة</h3>')).toBeUndefined();
    expect(branded('<h3 class="sub-title">في جولة ميدانية لمراسل النهار بين الحقول</h3>')).toBe('في جولة ميدانية لمراسل النهار بين الحقول');
    expect(branded('<h3 class="sub-title">تقارير ميدانية مصورة</h3>')).toBe('تقارير ميدانية مصورة');
  });
});

describe('a byline that names the site itself', () => {
  const story = (byline: string, extra = ''): string =>
    `<html><head><title>${headline} | صحيفة النهار الجديد</title><meta property="og:site_name" content="صحيفة النهار الجديد"></head><body><h1>${headline}</h1>${byline}<div class="content">${extra}${para.repeat(3)}</div></body></html>`;

  it('is the byline as shown when nothing else names anyone', () => {
    expect(ex.extract(story('<div class="pinfo">كتب: <a href="/editor/details/524">صحيفة النهار الجديد</a></div>'), { url: 'https://www.example.com/news/1' }).authors).toEqual(['صحيفة النهار الجديد']);
  });

  it('gives way to an agency the story names, and keeps a desk credit in parts as shown', () => {
    expect(ex.extract(story('<div class="author">صحيفة النهار الجديد</div>', '<p>عواصم (وكالات)</p>'), { url: 'https://www.example.com/news/1' }).authors).toEqual(['وكالات']);
    expect(ex.extract(story('<a class="articleAuthor">صحيفة النهار الجديد - متابعات</a>'), { url: 'https://www.example.com/news/1' }).authors).toEqual(['صحيفة النهار الجديد - متابعات']);
    expect(ex.extract(story('<div class="author"><span>المصدر: </span> صحيفة النهار الجديد - وكالات</div>'), { url: 'https://www.example.com/news/1' }).authors).toEqual(['صحيفة النهار الجديد - وكالات']);
  });
});

describe('a metadata picture named for the site itself', () => {
  it('is the site’s logo, no picture of the story', () => {
    const html = `<html><head><meta property="og:image" content="https://assets.mithal.ae/uploads/2016/12/medium-MITHAL_ar.png"></head><body><h1>${headline}</h1><div class="content">${para.repeat(3)}</div></body></html>`;
    expect(ex.extract(html, { url: 'http://mithal.ae/ar/details/1' }).images).toEqual([]);
    expect(ex.extract(html.replace('medium-MITHAL_ar.png', 'medium-2020-03-visit.png'), { url: 'http://mithal.ae/ar/details/1' }).images).toHaveLength(1);
  });
});

describe('a picture with a larger copy named on its tag', () => {
  it('is listed at the larger copy', () => {
    const html = page(`<h1>${headline}</h1><figure><img class="lazyload" src="https://www.example.com/wp-content/uploads/2020/02/pic-330x186.jpeg" data-original-large="https://www.example.com/wp-content/uploads/2020/02/pic-768x432.jpeg"></figure><div class="content">${para.repeat(3)}</div>`);
    expect(ex.extract(html, { url: 'https://www.example.com/news/1' }).images.map((i) => i.url)).toEqual(['https://www.example.com/wp-content/uploads/2020/02/pic-768x432.jpeg']);
  });
});

describe('the story’s <time>s inside its own permalink', () => {
  const dated = (meta = ''): string =>
    `<html><head><title>${headline}</title>${meta}</head><body><article><h1>${headline}</h1><div class="meta"><a rel="bookmark" href="https://www.example.com/p/1/"><time class="entry-date published" datetime="2020-04-27T00:21:17+02:00">منذ أسبوعين</time> <time class="updated" datetime="2020-04-28T15:40:00+02:00">منذ أسبوع</time></a></div><div class="entry-content">${para.repeat(3)}</div></article></body></html>`;

  it('give both dates by their datetime, not a relative time counted back from now', () => {
    const a = ex.extract(dated(), { url: 'https://www.example.com/p/1/', now: new Date('2026-11-26T12:00:00Z') });
    expect(a.published?.iso.slice(0, 16)).toBe('2020-04-27T00:21');
    expect(a.updated?.iso.slice(0, 16)).toBe('2020-04-28T15:40');
  });

  it('still skip a <time> in a link to another story', () => {
    const other = `<html><head><title>${headline}</title></head><body><article><h1>${headline}</h1><div class="entry-content">${para.repeat(3)}</div></article><aside><a href="https://www.example.com/p/2/"><time class="published" datetime="2020-03-01T10:00:00+02:00">1 مارس 2020</time></a></aside></body></html>`;
    expect(ex.extract(other, { url: 'https://www.example.com/p/1/' }).published).toBeUndefined();
  });
});

describe('the site’s name only the title gives', () => {
  it('is the part the title sets beside the headline', () => {
    const html = `<html><head><title>${headline} - بوابة النخيل</title></head><body><h1>${headline}</h1><div class="content">${para.repeat(3)}</div></body></html>`;
    expect(ex.extract(html, { url: 'https://www.example-news.com/news/1' }).site).toEqual({ name: 'بوابة النخيل', domain: 'example-news.com' });
  });

  it('is none when the title adds nothing or several parts', () => {
    const bare = `<html><head><title>${headline}</title></head><body><h1>${headline}</h1><div class="content">${para.repeat(3)}</div></body></html>`;
    expect(ex.extract(bare, { url: 'https://www.example-news.com/news/1' }).site.name).toBeUndefined();
    const parts = bare.replace(`<title>${headline}</title>`, `<title>${headline} - أخبار مصر | بوابة النخيل</title>`);
    expect(ex.extract(parts, { url: 'https://www.example-news.com/news/1' }).site.name).toBeUndefined();
  });
});

describe('a picture’s alt text', () => {
  it('is none when it is only a label waiting for its value, and kept otherwise', () => {
    const shot = (alt: string) => ex.extract(page(`<h1>${headline}</h1><figure class="detailsmedia"><img src="https://www.example.ae/polopoly_fs/1.2!/image/image.jpg" alt="${alt}"></figure><div class="content">${para.repeat(3)}</div>`), { url: 'https://www.example.ae/news/1' }).images[0];
    expect(shot('الصورة: ')?.alt).toBeUndefined();
    expect(shot('الصورة: محطة القطار الجديدة')?.alt).toBe('الصورة: محطة القطار الجديدة');
    expect(shot('محطة القطار الجديدة')?.alt).toBe('محطة القطار الجديدة');
  });
});

describe('a lone picture right after the story’s text', () => {
  const after = (alt: string) =>
    ex.extract(page(`<article><h1>${headline}</h1><div class="content"><div class="show-parags"><div class="ni-content">${para.repeat(3)}</div></div><div style="padding:2px;"><img alt="${alt}" src="/upload/photo/gallery/7/1/41.jpg"></div></div></article>`), { url: 'https://www.example.com/news/1' }).images;

  it('is the story’s when its alt is the headline', () => {
    expect(after(headline).map((i) => i.url)).toEqual(['https://www.example.com/upload/photo/gallery/7/1/41.jpg']);
  });

  it('is a banner’s box when nothing ties it to the story', () => {
    expect(after('إعلان')).toEqual([]);
  });
});

describe('an agency the page shows only in a source box above the text', () => {
  const story = (box: string): string =>
    `<html><head><title>${headline}</title></head><body><article itemscope itemtype="http://schema.org/NewsArticle"><h1>${headline}</h1><div class="bg-light-gray"><p class="source entry-source">المصدر: <span class="text-primary">رويترز </span></p></div><div class="entry-content" itemprop="articleBody">${para.repeat(3)}</div><footer>${box}</footer></article></body></html>`;

  it('is the story’s source, not its byline, though a hidden author box names it', () => {
    expect(ex.extract(story('<div itemprop="author" itemscope itemtype="https://schema.org/Person" class="d-none entry-author vcard author"><span itemprop="name">رويترز </span></div>'), { url: 'https://www.example.com/economy/1' }).authors).toEqual([]);
  });

  it('leaves a shown byline box alone', () => {
    expect(ex.extract(story('<div class="entry-author author">سامي النجار</div>'), { url: 'https://www.example.com/economy/1' }).authors).toEqual(['سامي النجار']);
  });
});

describe('a contact button beside the byline’s name', () => {
  const byline = (beside: string): string[] =>
    ex.extract(page(`<article><header><h1>${headline}</h1><div class="post-meta"><span class="meta-author-wrapper"><a href="/author/sami/" class="author-name">سامي فؤاد</a> ${beside}</span></div></header><div class="entry-content">${para.repeat(3)}</div></article>`), { url: 'https://www.example.com/news/1' }).authors;

  it('is no part of the name: a mailto link with a screen-reader label, or with a label of its own', () => {
    expect(byline('<a href="mailto:x@example.com" class="author-email-link"><span class="screen-reader-text">Send an email</span></a>')).toEqual(['سامي فؤاد']);
    expect(byline('<a href="mailto:x@example.com">راسل الكاتب</a>')).toEqual(['سامي فؤاد']);
    expect(byline('<span class="sr-only">Author profile</span>')).toEqual(['سامي فؤاد']);
  });

  it('leaves a second name beside the first alone', () => {
    expect(byline('و<a href="/author/mona/">منى كمال</a>')).toEqual(['سامي فؤاد', 'منى كمال']);
  });
});

describe('a deck set after the story’s meta strip', () => {
  const deck = 'لاعب سابق يروي قصة عودته إلى الملاعب بعد غياب طويل بسبب الإصابة.';
  const story = (between: string, box = `<div class="teaser" itemprop="description">${deck}</div>`): string | undefined =>
    ex.extract(
      page(`<article><div class="article-container"><div class="article-header"><header><h1>${headline}</h1></header></div>${between}${box}<div class="body" itemprop="articleBody">${para.repeat(3)}</div></div></article>`),
      { url: 'https://www.example.com/ar/news/1' },
    ).subheadline;
  const strip =
    '<div class="article-meta"><div itemprop="author"><div class="name">كتب | سامي فؤاد</div></div><div class="update"><span>آخر تحديث</span> <time datetime="2020-05-19T14:29:36Z">19/5/2020</time></div></div>' +
    '<div class="actions-bar"><time datetime="2020-05-19T13:09:26Z"><span>15:09</span> <span>19/5/2020</span></time><span class="label">التعليقات</span><span>()</span></div>' +
    '<div class="actions-container"><div class="picture"><noscript><img src="/p.png" alt="p"></noscript></div></div>' +
    '<div class="tags-list"><ul><li><a href="/ar/league">الدوري الممتاز</a></li></ul></div>';

  it('is the subheadline past the byline, the date bar, the picture box and the tags', () => {
    expect(story(strip)).toBe(deck);
  });

  it('needs a box that says it is the deck, and stops at the story’s text', () => {
    expect(story(strip, `<div class="box">${deck}</div>`)).toBeUndefined();
    expect(story(`${strip}<p>${'فقرة طويلة من نص الخبر تسبق الملخص وتزيد على مئة وعشرين حرفا بكثير، فلا تعد من شريط البيانات أبدا. '.repeat(2)}</p>`)).toBeUndefined();
  });

  it('may be shorter than a sentence when its box names it the deck, three words at least', () => {
    expect(story(strip, '<div class="teaser" itemprop="description">الإصابات تلاحق المهاجم</div>')).toBe('الإصابات تلاحق المهاجم');
    expect(story(strip, '<div class="teaser" itemprop="description">الإصابات مجددا</div>')).toBeUndefined();
    expect(story(strip, '<div class="box">الإصابات تلاحق المهاجم</div>')).toBeUndefined();
  });
});

describe('a deck in the headline\'s own block (an aggregator\'s title box of spans)', () => {
  const deck = 'اصبروا قليلا وسنتجاوز الأزمة معا';
  const title = 'الرئيس يوجه رسالة لسكان المدينة ويؤكد:';
  const html = (subClass: string) =>
    `<html><head><title>${title}</title></head><body><div class="main"><div style="padding-bottom: 20px"><span id="referer"></span>\n<span class="articletitle">${title}</span>\n<br /><span class="${subClass}">${deck}</span>\n<div style="padding-top: 10px;"><a href="/author/x" class="articleauthor link">ق و</a> <span class="articlenewspaper">نشر في <a href="/paper">الصحيفة</a> يوم 26 - 03 - 2020</span></div></div><div><span class="articlecontent">${para.repeat(3)}</span></div></div></body></html>`;

  it('is read after the span that shows the headline, its class naming it a subtitle run together', () => {
    const a = ex.extract(html('articlesubtitle'), { url: 'https://www.example.com/paper/127892' });
    expect(a.headline).toBe(title);
    expect(a.subheadline).toBe(deck);
  });

  it('is none when the span after the headline does not name itself a deck', () => {
    expect(ex.extract(html('articlenote'), { url: 'https://www.example.com/paper/127892' }).subheadline).toBeUndefined();
  });
});

describe('an agency’s Latin initials as the byline', () => {
  const byline = (name: string): string[] =>
    ex.extract(page(`<h1 id="page-title">${headline}</h1><div class="node"><div class="submitted"><span>${name}</span> <span>18/06/2020 - 20:41</span></div><div class="content">${para.repeat(3)}</div></div>`), { url: 'https://www.example.info/news/node/1' }).authors;

  it('is the credit as shown, in capitals (`SPS`, `AFP`)', () => {
    expect(byline('SPS')).toEqual(['SPS']);
    expect(byline('AFP')).toEqual(['AFP']);
  });

  it('is not a login in lower case, nor a CMS’s own in capitals', () => {
    expect(byline('sps')).toEqual([]);
    expect(byline('ADMIN')).toEqual([]);
  });
});

describe('renditions of one numbered upload in sibling folders', () => {
  const data = 'https://data.example.com/data/news/2020/02/19';
  const images = (og: string, shown: string) =>
    ex.extract(`<html><head><meta property="og:image" content="${og}"></head><body><div class="blog-post"><h1>${headline}</h1><div class="articleMainImage"><img src="${shown}" alt="${headline}"><div class="article_image_caption">الوزير خلال الجولة (أرشيف)</div></div><div id="articleText">${para.repeat(3)}</div></div></body></html>`, { url: 'https://www.example.com/news/2020/02/19/1' }).images;

  it('are one picture: the share copy (`facebook_waterMark/<n>.png`) and the one shown (`Croped/<n>.jpg`)', () => {
    const list = images(`${data}/facebook_waterMark/20200219085851.png`, `${data}/Croped/20200219085851.jpg`);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ url: `${data}/Croped/20200219085851.jpg`, caption: 'الوزير خلال الجولة (أرشيف)' });
  });

  it('are two pictures when the numbers differ, or the name is no long number', () => {
    expect(images(`${data}/facebook_waterMark/20200219085851.png`, `${data}/Croped/20200219090012.jpg`)).toHaveLength(2);
    expect(images(`${data}/share/photo.png`, `${data}/shown/photo.jpg`)).toHaveLength(2);
  });
});

describe('a gallery of picturefill slides', () => {
  const cdn = 'https://cdn.example.com/images';
  const slide = (id: string, caption = '') =>
    `<li><span class="img" data-picture data-alt="صورة من الافتتاح"><span data-src="${cdn}/${id}/320x180.jpg"></span><span data-src="${cdn}/${id}/700x414.jpg" data-media="(min-width: 600px)"></span><noscript><img src="${cdn}/${id}/320x180.jpg"></noscript></span><h3 class="caption">${caption}</h3></li>`;
  const images = () =>
    ex.extract(`<html><head><meta property="og:image" content="${cdn}/11/22/860x484.jpg"></head><body><h1>${headline}</h1><ul class="inplace-slider">${slide('11/22')}${slide('33/44', 'حديقة الحي بعد ترميمها')}</ul>${para.repeat(3)}</body></html>`, { url: 'https://www.example.com/news/1' }).images;

  it('reads each slide’s picture, so a caption stays with its own slide, not the lead', () => {
    const list = images();
    expect(list.map((i) => [i.url, i.caption])).toEqual([
      [`${cdn}/11/22/700x414.jpg`, undefined],
      [`${cdn}/33/44/700x414.jpg`, 'حديقة الحي بعد ترميمها'],
    ]);
    expect(list[0]?.alt).toBe('صورة من الافتتاح');
  });
});

describe('the site’s desk after a place, in the metadata and in the source line alone', () => {
  const story = (extra = '') =>
    `<html><head><title>${headline}</title><meta property="og:site_name" content="الواحة"><script type="application/ld+json">{"@type":"NewsArticle","headline":"${headline}","author":{"@type":"Person","name":"دبي ـ الواحة"}}</script></head><body><article><h1>${headline}</h1>${extra}<div class="content">${para.repeat(3)}</div><div class="source">المصدر: دبي ـ الواحة</div></article></body></html>`;

  it('is the story’s source, not its byline', () => {
    expect(ex.extract(story(), { url: 'https://www.example.ae/world/1' }).authors).toEqual([]);
  });

  it('is the desk’s credit when a byline box shows it', () => {
    expect(ex.extract(story('<div class="author">دبي ـ الواحة</div>'), { url: 'https://www.example.ae/world/1' }).authors).toEqual(['الواحة']);
  });
});

describe('a writer named above the text with a footnote mark (an opinion page of translated columns)', () => {
  const url = 'https://www.example.ae/2020-03-26/1.html';
  const column = (name: string, footnote: string) =>
    page(`<div class="DetailsArticleCont"><h1 class="DetailsTitle">${headline}</h1><div class="DetailsPubDate">تاريخ النشر: 26/03/2020</div><div class="DetailsArticleSummary"><div style="color: #000000;"><strong>${name}</strong></div><div style="color: #000000;"><strong><br /></strong></div><div style="color: #000000;">${para.repeat(4)}${footnote}</div></div></div>`);

  it('is the byline, out of the text, while the footnote stays the text\'s last line', () => {
    const a = ex.extract(column('سامي خليل *', '<p><strong>* وكالة الأنباء الدولية</strong></p>'), { url });
    expect(a.authors).toEqual(['سامي خليل']);
    expect(a.text).not.toContain('سامي خليل');
    expect(a.body.at(-1)).toMatchObject({ type: 'paragraph', text: '* وكالة الأنباء الدولية' });
  });

  it('is no byline without the footnote the mark points to', () => {
    const a = ex.extract(column('سامي خليل *', ''), { url });
    expect(a.authors).toEqual([]);
  });
});

describe('a date line in a box the template names a post box', () => {
  it('votes for no box: the lead picture between it and a short story keeps its caption', () => {
    const teaser = (n: number) => `<div class="item-li"><a href="/39588${n}/x"><div class="img-cont"><img src="/up/${n}.jpg" alt="خبر آخر ${n}"></div><div class="txt-cont"><h3>افتتاح معرض الكتاب في القاعة الكبرى بعد أعمال التجديد ${n}</h3></div></a></div>`;
    const html = page(
      `<article class="cont"><h1 class="primary-title">${headline}</h1>` +
        `<div class="post-info"><div class="time"><div class="time"> 01:10 م - السبت 18 أبريل 2020 </div></div></div>` +
        `<div class="main-img"><img src="/up/lead.jpg" alt="مبنى المستشفى"><div class="caption">مبنى المستشفى الجديد</div></div>` +
        `<div class="post-info"><div class="post-writer"><span>كتب </span><h5>سامي الأحمدي</h5></div></div>` +
        `<div class="paragraph-list"><p>قال مدير المستشفى إن الأقسام الجديدة تعمل منذ الصباح.</p><br><div class="related-inline">${teaser(1)}${teaser(2)}</div>` +
        `<p>وأضاف أن المرضى نقلوا إلى المبنى الجديد على مراحل، دون توقف الخدمة.</p><p>وتضم الأقسام ثلاثين سريرا.</p></div></article>`,
    );
    const a = ex.extract(html, { url: 'https://www.example.com/3959019' });
    expect(a.images.map((i) => i.caption)).toContain('مبنى المستشفى الجديد');
    expect(a.body.filter((b) => b.type === 'paragraph').map((b) => (b as { text: string }).text)).toEqual([
      'قال مدير المستشفى إن الأقسام الجديدة تعمل منذ الصباح.',
      'وأضاف أن المرضى نقلوا إلى المبنى الجديد على مراحل، دون توقف الخدمة.',
      'وتضم الأقسام ثلاثين سريرا.',
    ]);
  });
});

describe('a byline box that sets the writer’s job after the name', () => {
  it('gives the name alone', () => {
    const box = `<div class="article-head__author"><div class="opinion__author"><div class="image"><a href="/writer/karim/" data-bg="/up/k.jpg"></a></div></div><div><em><a href="/writer/karim/">كريم بوزيدي</a><span>صحافي بالقسم الرياضي</span></em></div></div>`;
    const a = ex.extract(page(`<article><h1>${headline}</h1>${box}<div class="the-content">${para.repeat(3)}</div></article>`), { url: 'https://www.example.dz/sport/1' });
    expect(a.authors).toEqual(['كريم بوزيدي']);
  });
});

describe('a picture’s description box beside it in a media box', () => {
  it('is its caption (`…__media-desc`), though the picture is a link’s lazy background', () => {
    const media = `<div class="article-head__media"><div class="article-head__media-content"><div class="image"><em class="image__copyright">ح.م</em><a class="zoom-image" href="/up/lead-9999x9999.jpg" data-bg="/up/lead-600x400.jpg"></a></div><div class="article-head__media-desc"><p>الحارس في حصة التدريب الأولى</p></div></div></div>`;
    const html = `<html><head><title>${headline}</title><meta property="og:image" content="https://www.example.dz/up/lead.jpg"></head><body><article><h1>${headline}</h1>${media}<div class="the-content">${para.repeat(3)}</div></article></body></html>`;
    const a = ex.extract(html, { url: 'https://www.example.dz/sport/1' });
    expect(a.images.map((i) => i.caption)).toContain('الحارس في حصة التدريب الأولى');
    expect(JSON.stringify(a.body)).not.toContain('الحارس في حصة');
  });
});

describe('a headline whose class says author (a columnist page’s template)', () => {
  it('is no byline; the source box’s reporter is, less the place after a bullet', () => {
    const html = page(
      `<h3 class="authorpage sub-title" itemprop="alternativeHeadline">قوارب تقليدية تعود إلى الخور بعد الترميم</h3><h1 class="authorpage title" itemprop="headline name">${headline}</h1>` +
        `<div id="articledetails" class="articlecontent"><div class="metadata"><div class="source"><span class="label">المصدر:</span><ul><li>رنا يوسف ■بيروت</li></ul></div></div>${para.repeat(3)}</div>`,
    );
    expect(ex.extract(html, { url: 'https://www.example.ae/1.1332470' }).authors).toEqual(['رنا يوسف']);
  });
});

describe('a meta row and a reading-time bar in the story box, and the links to the next and previous stories', () => {
  const LINES = [
    'افتتحت البلدية المكتبة العامة بعد ترميم استمر عامين، وسط حضور لافت من الطلاب.',
    'وقال رئيس البلدية إن المكتبة ستفتح أبوابها يوميا حتى العاشرة مساء، طوال أيام الأسبوع.',
    'وتضم المكتبة قاعة للأطفال وأرشيفا رقميا للصحف المحلية، يتيح للباحثين تصفحها مجانا.',
  ];
  const story = `<h1><span class="article_details_title">${headline}</span></h1>` +
    `<div class="article_details_author_container"><a href="/news/category/29/story-item/ar" class="article_details_category"><span>منوعات</span></a></div>` +
    `<div class="article_details_date"><span>2026-01-08 | 12:42</span></div>` +
    `<div class="article_details_body" itemprop="articleBody"><div class="article_details_time_to_read_bar"><span class="time_to_read">2</span><sup>min</sup></div>` +
    `<div class="LongDesc"><div>${LINES.join('<br><br>')}</div></div>` +
    `<div class="article_details_prev_next"><div class="article_details_next"><a class="u-imgLink" href="/news/1/x/ar"></a><span class="article_details_prev_next_image_text">التالي</span><span>قصة أخرى عن مهرجان الصيف في المدينة</span></div>` +
    `<div class="article_details_prev"><a class="u-imgLink" href="/news/2/y/ar"></a><span class="article_details_prev_next_image_text">السابق</span><span>قصة ثالثة عن معرض الكتاب السنوي</span></div></div></div>`;
  const a = ex.extract(page(story), { url: 'https://www.lbcgroup.tv/news/lifestyle/898682/x/ar' });

  it('take no part in the body', () => {
    const body = a.body.map((b) => ('text' in b ? b.text : b.type));
    expect(body).toEqual(LINES);
  });

  it('give no byline from a box that shows only the link to the section', () => {
    expect(a.authors).toEqual([]);
  });
});

describe('a theme’s hidden author microdata (`<div style="display:none" class="vcard author">`)', () => {
  const story = (style: string) =>
    `<html><head><title>${headline}</title><meta itemprop="author" content="Nabil Haddad"></head><body><article><h1>${headline}</h1><p class="post-meta"><span class="tie-date">November 9, 2020</span></p>` +
    `<div${style} class="vcard author" itemprop="author" itemscope itemtype="http://schema.org/Person"><strong class="fn" itemprop="name"><a href="https://www.example.com/author/nabil/" title="Posts by Nabil Haddad" rel="author">Nabil Haddad</a></strong></div>` +
    `<div class="entry">${para.repeat(3)}</div></article></body></html>`;
  it('names no byline: not its box, not its author link, not the metadata it repeats', () => {
    expect(ex.extract(story(' style="display:none"'), { url: 'https://www.example.com/2020/11/09/x/' }).authors).toEqual([]);
  });
  it('names the byline when the page shows it', () => {
    expect(ex.extract(story(''), { url: 'https://www.example.com/2020/11/09/x/' }).authors).toEqual(['Nabil Haddad']);
  });
});

describe('a gallery whose slides set their captions as headings in a script’s link', () => {
  it('gives each picture its caption, the agency after a bullet as its credit, and no slide counter', () => {
    const slide = (n: number, alt: string) =>
      `<li itemprop="image" itemscope itemtype="https://schema.org/ImageObject"><div class="media"><img itemprop="url" src="/polopoly_fs/1.${n}!/image/image.jpg" alt="${alt}"></div>` +
      (alt ? `<div class="text"><h3><a href="javascript:void(0);">${alt}</a></h3></div>` : '') + `</li>`;
    const gallery = `<figure class="dmedia"><ul id="articlegallery">${slide(1, 'السفينة أثناء رفعها إلى الحوض الجاف. ■ أ.ف.ب')}${slide(2, 'نجار يثبت الألواح الجديدة على الهيكل')}${slide(3, '')}</ul><div class="totalcountholder"><span class="slidercounter">صورة</span></div></figure>`;
    const a = ex.extract(page(`<article><h1>${headline}</h1>${gallery}<div class="content">${para.repeat(3)}</div></article>`), { url: 'https://www.emaratalyoum.com/1.1332470' });
    expect(a.images.map((i) => [i.caption, i.credit])).toEqual([
      ['السفينة أثناء رفعها إلى الحوض الجاف.', 'أ.ف.ب'],
      ['نجار يثبت الألواح الجديدة على الهيكل', undefined],
      [undefined, undefined],
    ]);
    expect(JSON.stringify(a.body)).not.toContain('صورة');
  });

  it("keeps a story's subheading that repeats an in-body picture's alt (one SEO keyword in both)", () => {
    const keyword = 'أسعار الذهب اليوم في مصر';
    const html = page(`<article><h1>${headline}</h1><div class="entry-content">${para}<p><img src="/wp-content/uploads/2020/05/gold.jpg" alt="${keyword}" width="640" height="360"></p><p>تابع <a href="/tag/gold">${keyword}</a> لحظة بلحظة</p><div class="ads"></div><h3 class="plain">${keyword}</h3>${para.replace('نص الخبر', 'نص آخر')}${para.replace('نص الخبر', 'نص ثالث')}</div></article>`);
    expect(texts(html, 'https://www.example.com/2020/05/gold/')).toContain(keyword);
  });
});

describe('a slider picture that keeps its caption in its own attribute (`<img caption="…">`)', () => {
  it('gives the caption, its credit split off', () => {
    const slider = `<div class="owl-carousel"><div class="item"><img src="/uploads/images/2020/12/01/937359.jpg" alt="" caption="عمال يفرزون التمور في أحد المصانع (رويترز)"></div><div class="item"><img src="/uploads/images/2020/12/01/937360.jpg" alt="" caption=" "></div></div>`;
    const a = ex.extract(page(`<article><h1>${headline}</h1>${slider}<div class="content">${para.repeat(3)}</div></article>`), { url: 'https://www.alyaum.com/articles/6291787/x' });
    expect(a.images.map((i) => [i.caption, i.credit])).toEqual([['عمال يفرزون التمور في أحد المصانع', 'رويترز'], [undefined, undefined]]);
  });
});

describe('a headline set in an h2, no h1 on the page', () => {
  it('reads the date and byline of the header box that holds it as the story\'s, not the site\'s', () => {
    const header = `<div class="article_header"><h2 id="article_title">${headline}</h2>`
      + '<div class="subinfo"><span class="author"><a href="/press/author/143/">سهام بن علي</a></span> <time datetime="2020-06-14 18:22">14 جوان 2020 18:22</time></div></div>';
    const html = page(`<div id="top"><a href="/">الرئيسية</a></div><div id="article_container">${header}<div id="article_body_content">${para.repeat(3)}</div></div>`);
    const article = ex.extract(html, { url: 'https://www.example.dz/press/article/171452/' });
    expect(article.headline).toBe(headline);
    expect(article.authors).toEqual(['سهام بن علي']);
    expect(article.published?.iso).toBe('2020-06-14T18:22:00+01:00');
  });
});

describe('an agency story\'s opening and closing lines', () => {
  it('takes the reporter of a place-paper-reporter opening line, and leaves out a tatweel rule and the desk\'s slug under the story', () => {
    const html = `<html><head><title>${headline}</title><meta property="og:site_name" content="الدستور"></head><body><h1>${headline}</h1><div class="article-body">`
      + `<p>عمان - الدستور - سلمى الخطيب</p>${para}${para.replace('نص الخبر', 'وتابع الخبر')}${para.replace('نص الخبر', 'ويضيف الخبر')}<p>ــــــــ</p><p>م.ع/ ف.ع</p></div></body></html>`;
    const article = ex.extract(html, { url: 'https://www.example.jo/article/1489210' });
    expect(article.authors).toEqual(['سلمى الخطيب']);
    expect(article.text).not.toMatch(/سلمى|ــــ|م\.ع/);
    expect(article.body.filter((b) => b.type === 'paragraph')).toHaveLength(3);
  });
});

describe('a writer card with a job line', () => {
  it('takes the name, not the job line the card sets nearer the headline', () => {
    const card = '<div class="writer-card"><a class="writer-name" href="/writers/77">هند سالم العتيبي</a></div><h1>' + headline + '</h1><span class="writer-title">كاتب ومحلل اقتصادي</span>';
    const html = page(`<article>${card}<div class="entry-content">${para}${para.replace('نص الخبر', 'وتابع الخبر')}</div></article>`);
    expect(ex.extract(html, { url: 'https://www.example.sa/2021/05/01/article_1.html' }).authors).toEqual(['هند سالم العتيبي']);
  });
});

describe('a page whose scripts fill in the story', () => {
  it('gives no body, and says so, rather than the newsletter prompt left as the only prose', () => {
    const html = page(`<nav><a href="/">الرئيسية</a><a href="/local">محليات</a></nav><main><h1 class="Article_title__x1"></h1><div class="Article_body__x2"></div>`
      + '<div class="Newsletter_box__Ij4Kl"><p>سجل بريدك الإلكتروني لتصلك أبرز الأخبار صباح كل يوم</p><input type="email"><button>اشترك</button></div></main><footer>جميع الحقوق محفوظة</footer>');
    const article = ex.extract(html, { url: 'https://www.example.com.kw/article/1-x' });
    expect(article.text).toBe('');
    expect(article.diagnostics.warnings.map((w) => w.code)).toContain('body.empty');
  });
});

describe('a day written with dots', () => {
  const ld = (published: string, modified: string) =>
    `<script type="application/ld+json">{"@type":"NewsArticle","headline":"${headline}","datePublished":"${published}","dateModified":"${modified}"}</script>`;
  const story = (dateBox: string, head: string) =>
    `<html><head><title>${headline}</title>${head}</head><body><article><h1>${headline}</h1>${dateBox}<div class="rich-text">${para}${para.replace('نص الخبر', 'وتابع الخبر')}</div></article></body></html>`;

  it('is no clock: `14.03.2024` confirms no metadata time, so a later dateModified is no update shown', () => {
    const html = story('<span class="publication"><time datetime="2024-03-14T18:20:00Z">14.03.2024</time></span>', ld('2024-03-14T18:20:00Z', '2024-03-14T19:02:00Z'));
    const article = ex.extract(html, { url: 'https://www.example.com/ar/story/a-68512345' });
    expect(article.published?.iso.slice(0, 10)).toBe('2024-03-14');
    expect(article.updated).toBeUndefined();
  });

  it('reads the clock the next box shows beside the day, which confirms the metadata\'s update', () => {
    const box = '<div class="publish-date-time"><time class="date" itemprop="datePublished" datetime="2020-03-24T17:32:42+02:00">24.03.20</time><span class="date">05:32 مساءً EET</span></div>';
    const article = ex.extract(story(box, ld('2020-03-24T15:32:42+00:00', '2020-03-24T15:37:37+00:00')), { url: 'https://www.example.com/2020/03/24/x/' });
    expect(article.published?.text).toBe('24.03.20 05:32 مساءً EET');
    expect(article.updated?.iso).toBe('2020-03-24T17:37:37+02:00');
  });
});

describe('France 24\'s and Anadolu\'s article shapes', () => {
  const url = 'https://www.example.com/ar/middle-east/20240312-x';
  const p2 = para.replace('نص الخبر', 'وتابع الخبر');
  const p3 = para.replace('نص الخبر', 'ويضيف الخبر');

  it('keeps the subheading right after a read-also box, and takes a `chapo` box as the deck', () => {
    const chapo = '<p class="t-content__chapo">يقول مزارعون في القرى الحدودية إن القصف حرمهم من الوصول إلى حقولهم هذا الموسم.</p>';
    const box = '<div class="m-em-article-ref"><p class="m-em-article-ref__title">اقرأ أيضا</p><a href="/ar/x"><span>نازحون يعودون إلى قراهم لتفقد منازلهم</span></a></div>';
    const html = page(`<article><h1>${headline}</h1>${chapo}<div class="t-content__body">${para}${box}<h2>خسائر تتجاوز الموسم الواحد</h2>${p2}${p3}</div></article>`);
    const article = ex.extract(html, { url });
    expect(article.subheadline).toMatch(/^يقول مزارعون/);
    expect(article.body.map((b) => (b as { text?: string }).text)).toContain('خسائر تتجاوز الموسم الواحد');
    expect(article.text).not.toMatch(/يقول مزارعون|نازحون/);
  });

  it('reads `نص: فرانس24` beside a reading time as the brand, its digits and all', () => {
    const byline = '<div class="m-author-n-reading-time"><div class="m-from-author"><span class="m-from-author__label">نص: </span><a class="m-from-author__name" href="/ar/auteur/x/">فرانس24</a></div><p class="m-author-n-reading-time__reading-time">4 دقائق</p></div>';
    const article = ex.extract(page(`<article><h1>${headline}</h1>${byline}<div class="t-content__body">${para}${p2}${p3}</div></article>`), { url });
    expect(article.authors).toEqual(['فرانس24']);
  });

  it('takes the reporter of a `city/ name/ agency` opening line out of the body, and the agency\'s wire note with it', () => {
    const note = '<p class="detay-haber-not">الأخبار المنشورة على الموقع الإلكتروني للوكالة جزء مختصر مما يقدم للمشتركين عبر نظام تدفق الأخبار.</p>';
    const html = page(`<article><h1>${headline}</h1><div class="detay-icerik"><p><strong>أنقرة/ هاني السعيد/ الأناضول</strong></p>${para}${p2}${p3}${note}</div></article>`);
    const article = ex.extract(html, { url: 'https://www.aa.com.tr/ar/x/1234567' });
    expect(article.authors).toEqual(['هاني السعيد']);
    expect(article.text).not.toMatch(/هاني السعيد|نظام تدفق/);
  });
});

describe('a deck the page\'s description names', () => {
  const deck = 'الموازنة الجديدة تلحظ زيادات محدودة للقطاع العام وتؤجل ملف الودائع إلى قانون منفصل';
  const head = `<title>${headline}</title><meta name="description" content="${deck}">`;
  const p2 = para.replace('نص الخبر', 'وتابع الخبر');

  it('is the subheadline when it stands under the headline in a plain box, the story in a box of its own', () => {
    const html = `<html><head>${head}</head><body><article><h1 class="text-2xl font-bold">${headline}</h1><p class="text-lg text-gray-600">${deck}</p>`
      + `<div class="flex text-sm"><a href="/author/x">سامر حداد</a></div><div class="article-body">${para}${p2}</div></article></body></html>`;
    const article = ex.extract(html, { url: 'https://www.example.com/politics/2025/03/14/x' });
    expect(article.subheadline).toBe(deck);
    expect(article.text).not.toContain(deck);
  });

  it('is the story\'s first paragraph when more paragraphs follow it (a site copies its lead into the description)', () => {
    const html = `<html><head>${head}</head><body><article><h1>${headline}</h1><p>${deck}</p>${para}${p2}</article></body></html>`;
    const article = ex.extract(html, { url: 'https://www.example.com/politics/2025/03/14/x' });
    expect(article.subheadline).toBeUndefined();
    expect(article.text).toContain(deck);
  });
});

describe('a deck under the lead video', () => {
  it('is read past the player\'s box, as past a picture\'s', () => {
    const deck = 'في الجمعة الأولى بعد العيد يفترش باعة الكتب الأرصفة وسط إقبال لافت من الزوار';
    const player = `<div class="video-player"><video controls poster="/p.jpg"><source src="/v.mp4"></video><div class="video-title">${headline}</div></div>`;
    const html = page(`<div class="news-details"><h1>${headline}</h1>${player}<h2 class="news-subtitle">${deck}</h2><div class="news-content">${para}${para.replace('نص الخبر', 'وتابع الخبر')}</div></div>`);
    const article = ex.extract(html, { url: 'https://www.example.tv/news/video/1' });
    expect(article.subheadline).toBe(deck);
  });
});

describe('boxes named for one thing that hold another', () => {
  it('reads a text cell named a caption that holds the story\'s paragraphs as the story', () => {
    const cell = `<table><tr><td class="NewsItemHeadline">${headline}</td></tr><tr><td class="NewsItemCaption">${para}${para.replace('نص الخبر', 'وتابع الخبر')}${para.replace('نص الخبر', 'ويضيف الخبر')}</td></tr></table>`;
    const article = ex.extract(page(cell), { url: 'https://www.example.tn/Portal-ar/1' });
    expect(article.body.filter((b) => b.type === 'paragraph')).toHaveLength(3);
    // One line and a spacer paragraph under a picture are its caption still.
    const figure = '<div class="image"><img src="/1.jpg"><div class="caption-field"><p>المخرجة خلال تسلمها الجائزة (أ ف ب)</p><p>&nbsp;</p></div></div>';
    const captioned = ex.extract(page(`<article><h1>${headline}</h1>${figure}<div class="body">${para}</div></article>`), { url: 'https://www.example.com/a/2' });
    expect(captioned.images.map((i) => i.caption)).toContain('المخرجة خلال تسلمها الجائزة');
  });

  it('leaves the city boxed after the name, and passes over a card\'s e-mail to its name', () => {
    const box = '<div class="author-box"><div class="author-details"><a class="author-name" href="/author/7">مريم الكعبي</a><span class="author-place">دبي</span></div></div>';
    expect(ex.extract(page(`<article><h1>${headline}</h1>${box}<div class="body">${para}</div></article>`), { url: 'https://www.example.com/a/1' }).authors).toEqual(['مريم الكعبي']);
    const card = '<div class="writer-card"><a class="writer-name" href="/writer/3">د. سعاد العنزي</a><span class="column-name">نافذة</span><span class="writer-email">s.anzi@example.com.kw</span></div>';
    expect(ex.extract(page(`<article>${card}<h1>${headline}</h1><div class="body">${para}</div></article>`), { url: 'https://www.example.com.kw/ar/opinion/1/' }).authors).toEqual(['د. سعاد العنزي']);
  });
});

describe('pan-Arab magazines\' lines', () => {
  const p2 = para.replace('نص الخبر', 'وتابع الخبر');
  it('leaves out a read-also label addressed to both genders, an opinion disclaimer, and reads a contributors box', () => {
    const html = page(`<article><h1>${headline}</h1><div class="c-article-contributors">بقلم: نادين سركيس</div><div class="body">${para}<p>اقرأ/ي أيضًا:</p><p><a href="/x">عنوان قصة أخرى من الموقع</a></p>${p2}`
      + '<p>الآراء الواردة في هذا المقال لا تعبّر بالضرورة عن رأي الموقع.</p></div></article>');
    const article = ex.extract(html, { url: 'https://www.example.com/culture/1' });
    expect(article.authors).toEqual(['نادين سركيس']);
    expect(article.text).not.toMatch(/اقرأ|الآراء الواردة|قصة أخرى/);
  });
});

describe('a box under the story', () => {
  it("leaves out a support appeal and the heading left over it, and keeps a subheading with text after it", () => {
    const appeal = `<div class="article-nas-box"><h4>منبر مستقل</h4><p>نحن بحاجة إلى دعمك لنواصل إنتاج قصص لا تُروى في مكان آخر. انضمّ إلى مجتمع قرائنا اليوم.</p><a href="/join" class="btn">انضم</a></div>`;
    const html = page(`<article><h1>${headline}</h1><div class="article-body">${para}<h3>ما بعد الإغلاق</h3>${para.replace('نص الخبر', 'نص آخر')}</div>${appeal}</article>`);
    const body = texts(html, 'https://www.example.net/society/1');
    expect(body).toContain('ما بعد الإغلاق');
    expect(body).not.toContain('منبر مستقل');
    expect(body.join(' ')).not.toContain('بحاجة إلى دعمك');
  });
});
