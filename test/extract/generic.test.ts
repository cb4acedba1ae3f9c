/**
 * The generic extractor end to end on a page of our own that carries the traps real
 * Arabic news pages set: header clock, ticker, menu, share bar, read-also box and inline
 * read-also line, ad slot, byline inside the body, <br><br> paragraphs, a tweet, a lazy
 * image, promo line, tags, most-read with dates, poll, related cards, comments, footer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/index.js';
import { FIXTURES, FIXTURE_NOW } from '../fixtures.js';

const html = readFileSync(join(FIXTURES, 'generic', 'news-site.html'), 'utf8');
const url = 'https://www.example-news.com.eg/news/2023/06/12/weather-report';
const article = createExtractor({ adapters: [] }).extract(html, { url, now: FIXTURE_NOW });
const paragraphs = article.body.filter((b) => b.type === 'paragraph').map((b) => (b as { text: string }).text);

describe('generic extractor on a trap-laden page', () => {
  it('finds the headline without the site name', () => {
    expect(article.headline).toBe('موجة حارة تضرب القاهرة والأرصاد تحذر المواطنين');
    expect(article.site).toEqual({ name: 'أخبار المثال', domain: 'example-news.com.eg' });
    expect(article.adapter).toBe('generic');
  });

  it('reads the visible date line in Cairo summer time (+03:00 in June 2023)', () => {
    expect(article.published).toMatchObject({ iso: '2023-06-12T13:15:00+03:00', precision: 'minute', source: 'page' });
    expect(article.updated).toMatchObject({ iso: '2023-06-12T15:40:00+03:00', precision: 'minute', source: 'page' });
  });

  it('keeps every article paragraph in order, the <br><br> ones split, the agency credit kept', () => {
    expect(paragraphs).toEqual([
      'أعلنت الهيئة العامة للأرصاد الجوية، اليوم الإثنين، أن البلاد تتعرض لموجة شديدة الحرارة تستمر حتى نهاية الأسبوع، مع ارتفاع ملحوظ في نسب الرطوبة على السواحل الشمالية.',
      'وقالت الهيئة في بيان إن درجات الحرارة العظمى في القاهرة الكبرى ستتراوح بين 39 و41 درجة مئوية، وإن الإحساس بالحرارة سيكون أعلى من ذلك في ساعات الظهيرة.',
      'ونصحت الهيئة المواطنين بعدم التعرض المباشر لأشعة الشمس، والإكثار من شرب المياه، وارتداء الملابس القطنية الفاتحة، خاصة كبار السن والأطفال.',
      'وأشارت الهيئة إلى أن الرياح ستكون معتدلة على أغلب الأنحاء، وقد تنشط أحيانا على مناطق من الصحراء الغربية.',
      'وتوقعت أن تبدأ درجات الحرارة في الانخفاض التدريجي مع بداية الأسبوع المقبل (أ ش أ).',
    ]);
  });

  it('keeps the subheading and the list as typed blocks', () => {
    expect(article.body).toContainEqual({ type: 'heading', level: 2, text: 'نصائح للمواطنين' });
    expect(article.body).toContainEqual({
      type: 'list',
      ordered: false,
      items: ['تجنب الخروج بين الحادية عشرة صباحا والرابعة عصرا.', 'شرب لترين من الماء على الأقل يوميا.'],
    });
  });

  it('turns the tweet into an embed block with no tweet text', () => {
    expect(article.body).toContainEqual({ type: 'embed', provider: 'twitter', url: 'https://twitter.com/example/status/1234567890' });
    expect(article.text).not.toContain('تغريدة');
  });

  it('takes the byline out of the body into authors', () => {
    expect(article.authors).toEqual(['حسن عبد الله']);
    expect(article.text).not.toContain('كتب');
  });

  it('finds both captions, splits the credits, resolves the lazy image', () => {
    expect(article.leadImage).toMatchObject({ url: 'https://www.example-news.com.eg/images/2023/06/heat-main.jpg', caption: 'زحام في وسط القاهرة وقت الظهيرة', credit: 'تصوير: محمود سمير' });
    expect(article.images).toContainEqual(expect.objectContaining({ url: 'https://www.example-news.com.eg/images/2023/06/heat-beach.jpg', caption: 'مصطافون على أحد الشواطئ', credit: 'رويترز' }));
  });

  it.each([
    'الإثنين 20 نوفمبر 2023', 'الرئيسية', 'وزير المالية', 'شارك', 'اقرأ أيضا', 'نصائح للوقاية', 'أسعار المراوح', 'إعلان',
    'تابعوا صفحتنا', 'الكلمات الدالة', 'الأكثر قراءة', 'سعر الدولار', 'شارك برأيك', 'هل تؤيد', 'أخبار ذات صلة',
    'أمطار خفيفة', 'أضف تعليقك', 'جميع الحقوق محفوظة', 'نشر في', 'آخر تحديث', 'زحام في وسط القاهرة',
  ])('keeps "%s" out of the body', (noise) => {
    expect(article.text).not.toContain(noise);
  });

  it('explains what it removed', () => {
    const reasons = article.diagnostics.removed.map((r) => r.reason);
    expect(reasons).toEqual(expect.arrayContaining(['boilerplate:read-also', 'byline']));
  });
});

describe('authors from itemprop markup', () => {
  it('reads a Person item\'s name, not its whole box, and the box itself when it has no name', () => {
    const para = '<p>نص الخبر هنا، وهو طويل بما يكفي ليعد فقرة من متن المقال، وفيه فواصل ونقاط كثيرة.</p>';
    const page = (author: string) => `<html><head><title>خبر</title></head><body><article><h1>عنوان الخبر</h1>${author}${para.repeat(4)}</article></body></html>`;
    const ex = createExtractor({ adapters: [] });
    const nested = ex.extract(page('<div itemprop="author" itemscope><span class="role">مراسل</span> <span itemprop="name">منى سالم</span></div>'));
    expect(nested.authors).toContain('منى سالم');
    expect(nested.authors).not.toContain('مراسل منى سالم');
    expect(ex.extract(page('<span itemprop="author">كريم فؤاد</span>')).authors).toContain('كريم فؤاد');
  });
});

describe('authors from links to author pages and from markup in JSON-LD', () => {
  const para = '<p>نص الخبر هنا، وهو طويل بما يكفي ليعد فقرة من متن المقال، وفيه فواصل ونقاط كثيرة.</p>';
  const page = (afterH1: string, end = '', head = '') =>
    `<html><head><title>خبر</title>${head}</head><body><article><h1>عنوان الخبر</h1>${afterH1}${para.repeat(4)}</article>${end}</body></html>`;
  const ex = createExtractor({ adapters: [] });

  it('takes the names of author-page links right under the headline, co-authors in the same box', () => {
    expect(ex.extract(page('<h6>بقلم <a href="/editor/5210/name">هالة الزيني</a></h6>')).authors).toEqual(['هالة الزيني']);
    const two = page('<div class="info"><a href="https://example.com/author/sara/">سارة أحمد</a> و<a href="https://example.com/author/ali/">علي حسن</a></div>');
    expect(ex.extract(two).authors).toEqual(['سارة أحمد', 'علي حسن']);
  });

  it('ignores author links far below the headline (related stories) and in related boxes', () => {
    const far = page('', `<div>${'<div><span>x</span></div>'.repeat(100)}<a href="/writers/7">كاتب آخر</a></div>`);
    expect(ex.extract(far).authors).toEqual([]);
    const related = page('<div class="related-news"><a href="/author/x/">كاتب الخبر المجاور</a></div>');
    expect(ex.extract(related).authors).toEqual([]);
    expect(ex.extract(page('<p><a href="/news/123">خبر آخر</a></p>')).authors).toEqual([]);
  });

  it('ignores author links that title a box or credit the picture', () => {
    const boxTitle = page('', '<div class="col-4"><div class="title"><a href="/writer/0/articles"><h2>مقالات</h2></a></div></div>');
    expect(ex.extract(boxTitle).authors).toEqual([]);
    const photo = page('<div class="img"><img src="/a.jpg"><span class="imgauther">تصوير: <a href="/editor/details/257">كريم سعد</a></span></div>');
    expect(ex.extract(photo).authors).toEqual([]);
  });

  it('reads the name out of byline markup a CMS wrote into the JSON-LD author', () => {
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"عنوان الخبر","author":{"@type":"Person","name":"&lt;a href=&#39;https://example.com/editor/details/9&#39;&gt;هالة مصطفى&lt;/a&gt;"}}</script>`;
    // Shown on the page in a box no byline rule reads: metadata names the page never shows are no byline.
    expect(ex.extract(page('<div class="box">هالة مصطفى</div>', '', ld)).authors).toEqual(['هالة مصطفى']);
  });

  it('reads the name of a Person box that also holds the writer\'s role line', () => {
    const box = '<div class="article-author" itemprop="author" itemscope><div itemprop="name">كتب | هشام فريد</div><div class="role">محرر صحفي</div></div>';
    expect(ex.extract(page(box)).authors).toEqual(['هشام فريد']);
  });

  it('does not take the source newspaper an aggregator puts in its JSON-LD author for a byline', () => {
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"عنوان الخبر","author":{"@type":"Person","name":"صحيفة المثال الإلكترونية"}}</script>`;
    expect(ex.extract(page('', '', ld)).authors).toEqual([]);
  });

  it('passes over the link to a columnist\'s archive that sits beside the name', () => {
    const writer = '<div class="writer-box"><div class="writer-info"><h4 class="writer-name"><a href="/opinion/writer/12">سلمى الكواري</a></h4>'
      + '<a class="writer-more" href="/opinion/writer/12">مقالات الكاتب</a></div></div>';
    const html = `<html><head><title>مقال</title></head><body><article>${writer}<h1>عنوان المقال</h1>${para.repeat(4)}</article></body></html>`;
    expect(ex.extract(html).authors).toEqual(['سلمى الكواري']);
  });

  it('reads a byline box whose class names its creator', () => {
    expect(ex.extract(page('<h3 class="postcreator">نادر فهمي</h3>')).authors).toEqual(['نادر فهمي']);
  });
});

describe('microdata written out as text', () => {
  it('keeps publisher, logo and author boxes and bare URL lines out of the body', () => {
    const para = '<p>نص الخبر هنا، وهو طويل بما يكفي ليعد فقرة من متن المقال، وفيه فواصل ونقاط كثيرة.</p>';
    const meta =
      '<div class="article-meta"><div itemprop="image">https://cdn.example.com/img/2020/03/1044423427.jpg</div>' +
      '<div itemprop="publisher" itemscope itemtype="http://schema.org/Organization"><div itemprop="name">شبكة المثال الإخبارية</div>' +
      '<div itemprop="logo" itemscope><div itemprop="url">https://cdn.example.com/i/logo.png</div></div></div>' +
      '<div itemprop="author" itemscope itemtype="http://schema.org/Organization"><div itemprop="name">المثال</div></div></div>';
    const html = `<html><head><title>خبر</title></head><body><article><h1>عنوان الخبر</h1>${para.repeat(4)}${meta}</article></body></html>`;
    const text = createExtractor({ adapters: [] })
      .extract(html)
      .body.map((b) => ('text' in b ? b.text : ''))
      .join('\n');
    expect(text).toContain('نص الخبر هنا');
    expect(text).not.toContain('https://');
    expect(text).not.toContain('شبكة المثال الإخبارية');
    expect(text).not.toContain('المثال\n');
    expect(text.endsWith('المثال')).toBe(false);
  });
});

describe('a caption that repeats the image alt', () => {
  it('reads the short line under the lead image that says what its alt says as the caption, not a paragraph', () => {
    const para = '<p>نص الخبر هنا، وهو طويل بما يكفي ليعد فقرة من متن المقال، وفيه فواصل ونقاط كثيرة.</p>';
    const html = `<html><head><title>خبر</title></head><body><h1>عنوان الخبر</h1>
      <div class="col-12"><div class="subject-image"><img src="/img/lead.jpg" alt="إجراءات مكافحة الفيروس"></div></div>
      <div class="col-12"><div class="subject-title"><p>إجراءات مكافحة الفيروس</p></div></div>
      <div class="article-body">${para.repeat(4)}</div></body></html>`;
    const article = createExtractor({ adapters: [] }).extract(html, { url: 'https://example.com/news/1' });
    expect(article.images.map((i) => i.caption)).toEqual(['إجراءات مكافحة الفيروس']);
    const image = article.body.find((b) => b.type === 'image') as { caption?: string } | undefined;
    expect(image?.caption).toBe('إجراءات مكافحة الفيروس');
    expect(article.body.filter((b) => b.type === 'paragraph').map((b) => (b as { text: string }).text)).not.toContain('إجراءات مكافحة الفيروس');
  });
});

describe('the dateline a story opens with', () => {
  it('leaves the body when it stands alone before the first paragraph with the colon that leads into it, and only then', () => {
    const para = '<p>نص الخبر هنا، وهو طويل بما يكفي ليعد فقرة من متن المقال، وفيه فواصل ونقاط كثيرة.</p>';
    const html = (opening: string): string => `<html><head><title>خبر</title></head><body><h1>عنوان الخبر</h1><div class="article-body">
      <p>${opening}</p>${para.repeat(3)}<p>مصر - السودان:</p>${para}</div></body></html>`;
    const texts = (opening: string): string[] =>
      createExtractor({ adapters: [] }).extract(html(opening), { url: 'https://example.com/news/1' }).body.map((b) => ('text' in b ? b.text : ''));
    expect(texts('طشقند ـ (وكالة المثال):')).not.toContain('طشقند ـ (وكالة المثال):');
    expect(texts('طشقند ـ (وكالة المثال):')).toContain('مصر - السودان:');
    // As a line of its own with no colon, the page shows it as the story's first line (agency style: `موسكو-سانا`).
    expect(texts('موسكو-وكالة المثال')).toContain('موسكو-وكالة المثال');
  });
});

describe('a subheadline without an adapter', () => {
  const para = '<p>نص الخبر هنا، وهو طويل بما يكفي ليعد فقرة من متن المقال، وفيه فواصل ونقاط كثيرة.</p>';
  const page = (opening: string) =>
    `<html><head><title>خبر</title></head><body><h1>عنوان الخبر</h1><div class="article-body">${opening}${para.repeat(4)}<h2>ما بعد الفقرات</h2>${para.replace('نص الخبر', 'نص آخر')}</div></body></html>`;
  const ex = createExtractor({ adapters: [] });

  it('takes a sentence-like heading that opens the body as the subheadline, out of the body', () => {
    const article = ex.extract(page('<h3>الحديقة الجديدة تضم ممرا للمشاة وركنا لألعاب الأطفال</h3>'));
    expect(article.subheadline).toBe('الحديقة الجديدة تضم ممرا للمشاة وركنا لألعاب الأطفال');
    expect(article.body.filter((b) => b.type === 'heading').map((b) => (b as { text: string }).text)).toEqual(['ما بعد الفقرات']);
  });

  it('leaves a section title that opens the body, and headings after text, where they are', () => {
    const article = ex.extract(page('<h3>التفاصيل</h3>'));
    expect(article.subheadline).toBeUndefined();
    expect(article.body.filter((b) => b.type === 'heading').map((b) => (b as { text: string }).text)).toEqual(['التفاصيل', 'ما بعد الفقرات']);
  });
});
