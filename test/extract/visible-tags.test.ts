/**
 * The tags a page shows as a list of links to tag pages, read when its metadata declares none: the shapes of real
 * Arabic news templates (an ASP.NET portal's `div.post-tags > ul > li > a[href*="kw="]` under a `الكلمات المفتاحية`
 * heading, a list of `h3 > a[href^="/tags/"]`, `a[rel="tag"]` with no label, hashtags), with our own text.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/index.js';
import { collectPageIndex } from '../../src/extract/page-index.js';
import { visibleTags } from '../../src/extract/metadata/visible-tags.js';
import { parseDocument } from '../../src/parse/index.js';

const ex = createExtractor({ adapters: [] });
const headline = 'افتتاح ثلاثة مراكز صحية جديدة في المحافظة خلال الشهر المقبل';
const para = '<p>نص الخبر هنا، وهو طويل بما يكفي ليعد فقرة من متن المقال، وفيه فواصل ونقاط كثيرة.</p>';
const url = 'https://www.example.com/news/1';
const page = (body: string, head = ''): string =>
  `<html><head><title>${headline} - المثال نيوز</title><meta property="og:site_name" content="المثال نيوز">${head}</head><body>${body}</body></html>`;
const story = (after: string, before = ''): string => page(`${before}<h1>${headline}</h1><div class="content">${para.repeat(3)}</div>${after}`);
const tagsOf = (html: string): string[] => ex.extract(html, { url }).tags;
const kw = (name: string, n: number): string => `<li><a href="/list.aspx?kwn=${encodeURIComponent(name)}&amp;kw=${n}" target="_blank">${name}</a></li>`;
const portalList = `<div class="block"><h3> الكلمات المفتاحية </h3><div class="post-tags"><ul>${kw('المراكز الصحية', 11)}${kw('وزارة الصحة', 12)}${kw('المثال نيوز', 13)}</ul></div></div>`;

describe('the tags a page shows', () => {
  it('are the list of tag links under the story, less the site’s own name', () => {
    expect(tagsOf(story(portalList))).toEqual(['المراكز الصحية', 'وزارة الصحة']);
  });

  it('are read from links set in headings, with the list’s label beside them, and from rel="tag" with no label', () => {
    const inHeadings = `<div class="tags"><i class="fa fa-tags"></i>${['الرعاية الأولية', 'المستشفيات'].map((t) => `<h3><a href="https://www.example.com/tags/${encodeURIComponent(t)}">${t}</a></h3>`).join('')}</div>`;
    expect(tagsOf(story(inHeadings))).toEqual(['الرعاية الأولية', 'المستشفيات']);
    const labelled = '<div class="tag"><strong>المزيد عن: </strong> <a href="list.aspx?kw=201&amp;t=x">الصحة</a> <a href="list.aspx?kw=571&amp;t=y">المحافظة</a></div>';
    expect(tagsOf(story(labelled))).toEqual(['الصحة', 'المحافظة']);
    const rel = '<div class="news-tags"><a rel="tag" href="/focuses/7/">الصحة العامة</a><a rel="tag" href="/focuses/8/">المحافظات</a></div>';
    expect(tagsOf(story(rel))).toEqual(['الصحة العامة', 'المحافظات']);
  });

  it('are the list itself when its box goes on with other stories (a `<ul>` in an aside, under its label)', () => {
    const item = (t: string): string => `<li class="tag topics" data-label="${t}"><a class="follow"><i class="fa fa-plus"></i></a>\n\t\t<a class="tagname" href="/tagged/topics/${encodeURIComponent(t)}-12-63/1-30/">${t}</a>\n\t</li>\t`;
    const aside = `<aside class="rs_skip"><div class="tagsTitle">المواضيع</div><ul class="tags">${item('المراكز الصحية')}${item('المحافظة')}</ul><div class="related"><h3>موضوعات قد تعجبك</h3>${'<a href="/news/2">خبر آخر من الموقع عن موضوع مختلف تماما</a>'.repeat(6)}</div></aside>`;
    expect(tagsOf(story(aside))).toEqual(['المراكز الصحية', 'المحافظة']);
  });

  it('are hashtags without their mark, their underscores spaces', () => {
    const hashtags = '<div class="box tags"><span>كلمات دالّة</span><a href="/ar/tags/1">#الصحة</a> , <a href="/ar/tags/2">#وزارة_الصحة</a></div>';
    expect(tagsOf(story(hashtags))).toEqual(['الصحة', 'وزارة الصحة']);
  });

  it('are not a site’s trending list above the headline: the story’s list below it is', () => {
    const trending = `<div class="keywordsDiv">${['الطقس', 'أسعار الذهب', 'الدوري'].map((t, i) => `<a href="/tags/${i}">${t}</a>`).join('')}</div>`;
    const own = `<div class="keywordsDiv"><a href="/tags/9">المراكز الصحية</a></div>`;
    expect(tagsOf(story(own, trending))).toEqual(['المراكز الصحية']);
    expect(tagsOf(story('', trending))).toEqual([]);
  });

  it('are not links to tag pages within a sentence, nor a tag cloud, nor a list with other words beside it', () => {
    const inline = `<div class="more"><p>قال الوزير إن <a href="/tag/x" rel="tag">المراكز</a> ستفتتح قريبا بعد اكتمال التجهيزات.</p></div>`;
    expect(tagsOf(story(inline))).toEqual([]);
    const cloud = `<aside class="widget widget_tag_cloud"><div class="tagcloud"><a href="/tag/a" class="tag-cloud-link">رياضة</a><a href="/tag/b" class="tag-cloud-link">فن</a></div></aside>`;
    expect(tagsOf(story(cloud))).toEqual([]);
    const menu = `<div class="columns"><a href="/tag/today">زي النهاردة</a> عدد اليوم الأرشيف</div>`;
    expect(tagsOf(story(menu))).toEqual([]);
  });

  it('are not a list of stories’ titles', () => {
    const titles = `<div class="tags"><a href="/tags/1">وزير الصحة يتفقد المراكز الجديدة ويعد بافتتاح ثلاثة أخرى خلال أسابيع</a></div>`;
    expect(tagsOf(story(titles))).toEqual([]);
  });

  it('give way to the metadata’s tags, and outrank the keywords meta', () => {
    const declared = `<meta property="article:tag" content="الصحة">`;
    expect(tagsOf(page(`<h1>${headline}</h1><div class="content">${para.repeat(3)}</div>${portalList}`, declared))).toEqual(['الصحة']);
    const keywords = `<meta name="keywords" content="أخبار, سياسة, فن, رياضة">`;
    expect(tagsOf(page(`<h1>${headline}</h1><div class="content">${para.repeat(3)}</div>${portalList}`, keywords))).toEqual(['المراكز الصحية', 'وزارة الصحة']);
    expect(tagsOf(page(`<h1>${headline}</h1><div class="content">${para.repeat(3)}</div>`, keywords))).toEqual(['أخبار', 'سياسة', 'فن', 'رياضة']);
  });

  it('are no list a link to a tag page sits in with a whole story beside it', () => {
    const block = `<div><a href="/tags/1">الصحة</a>${para.repeat(50)}</div>`;
    const collector = collectPageIndex();
    const doc = parseDocument(story(block), collector);
    expect(visibleTags(collector.finish(doc)!.tagLinks, undefined)).toEqual([]);
  });

  it('are a list of searches for its words under a label, one box per tag (`div.row > div.col-xs-3 > a`)', () => {
    const labelled = '<div class="article-tags-area">الكلمات المتعلقة: <a href="Search.php?K=الصحة">الصحة</a> <a href="Search.php?K=المحافظة">المحافظة</a></div>';
    expect(tagsOf(story(labelled))).toEqual(['الصحة', 'المحافظة']);
    const boxes = `<div class="row">${['الصحة', 'المراكز الطبية', 'المحافظة'].map((t) => `<div class="col-xs-3"><a href="/search?q=${t}"><div class="pill">${t}</div></a></div>`).join('')}</div>`;
    expect(tagsOf(story(boxes))).toEqual(['الصحة', 'المراكز الطبية', 'المحافظة']);
  });

  it('are not the site footer’s hot topics, but are a post’s own footer in its <article>', () => {
    const hot = `<footer class="site-footer"><h4>موضوعات ساخنة</h4><div class="la-footer-tags">${['الدوري', 'الطقس', 'الذهب'].map((t, i) => `<a href="/tags/${i}">${t}</a>`).join('')}</div></footer>`;
    expect(tagsOf(story(hot))).toEqual([]);
    const post = page(`<article><h1>${headline}</h1><div class="entry-content">${para.repeat(3)}</div><footer class="entry-footer"><span class="tags-links"><a href="/tag/a/" rel="tag">الصحة</a>، <a href="/tag/b/" rel="tag">المحافظة</a></span></footer></article>`);
    expect(tagsOf(post)).toEqual(['الصحة', 'المحافظة']);
  });

  it('are no template expression a script never filled in', () => {
    const angular = '<div class="moreAbout"><div class="linkMore"><a class="text" href="/Search/keyword?criteria={{article.title}}">{{article.title}}</a></div></div>';
    expect(tagsOf(story(angular))).toEqual([]);
  });
});

describe('the keywords meta', () => {
  const keywords = (content: string, title = headline): string[] =>
    ex.extract(`<html><head><title>${title}</title><meta name="keywords" content="${content}"></head><body><h1>${title}</h1><div class="content">${para.repeat(3)}</div></body></html>`, { url }).tags;

  it('is no tag when it is the title itself, and keeps a name the title holds', () => {
    expect(keywords(headline)).toEqual([]);
    expect(keywords('مراكز صحية جديدة في المحافظة, الصحة')).toEqual(['مراكز صحية جديدة في المحافظة', 'الصحة']);
  });

  it('loses a tail that is the title cut into single words, and keeps the tags chosen before it', () => {
    expect(keywords('المراكز الصحية, وزارة الصحة, افتتاح, ثلاثة, مراكز, صحية, جديدة')).toEqual(['المراكز الصحية', 'وزارة الصحة']);
  });

  it('loses markup a CMS pasted into the value, entity-encoded or not', () => {
    expect(keywords('منبر, حر<br></b>&nbsp;ثقافة وإعلام')).toEqual(['منبر', 'حر ثقافة وإعلام']);
    expect(keywords('الصحة, &lt;b&gt;المحافظة&lt;/b&gt;')).toEqual(['الصحة', 'المحافظة']);
  });

  it('is none when it is the site’s name cut at a comma', () => {
    const html = `<html><head><title>${headline} - إخوان أونلاين - الموقع الرسمي</title><meta name="keywords" content="إخوان، أونلاين"></head><body><h1>${headline}</h1><div class="content">${para.repeat(3)}</div></body></html>`;
    expect(ex.extract(html, { url }).tags).toEqual([]);
  });
});
