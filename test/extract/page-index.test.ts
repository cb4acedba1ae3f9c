import { describe, expect, it } from 'vitest';
import { collectPageIndex, indexPage, type PageIndex } from '../../src/extract/page-index.js';
import { parseDocument } from '../../src/parse/index.js';
import { selectAll, selectOne } from '../../src/parse/select.js';
import { hasClassToken, hasIndex, invalidateIndex } from '../../src/parse/element-index.js';
import { listFixtures } from '../fixtures.js';
import { indexView as view } from './index-view.js';

function gathered(html: string): { doc: Document; index: PageIndex | undefined } {
  const collector = collectPageIndex();
  const doc = parseDocument(html, collector);
  return { doc, index: collector.finish(doc) };
}

describe('page index gathered while parsing', () => {
  it.each(listFixtures().map((f) => [`${f.site}/${f.name}`, f.html]))('equals the walked index: %s', (_name, html) => {
    const { doc, index } = gathered(html);
    expect(index, 'the parser did not rearrange this page').toBeDefined();
    expect(view(index!)).toEqual(view(indexPage(doc)));
  });

  it('reads a page in document order: metas, JSON-LD, title, h1 positions, dated lines, bylines, author links', () => {
    const html = `<!DOCTYPE html><html lang="ar" dir="rtl"><head><title>الموقع</title><meta property="og:title" content="عنوان">
      <link rel="canonical" href="https://example.com/a/1"><script type="application/ld+json">{"@type":"NewsArticle"}</script></head>
      <body><header>الأحد 1 يناير 2023</header><h1>عنوان الخبر</h1><div class="author-name">كتب: سامي</div><a href="/editor/12/sami">سامي</a><a href="/editorial/">رأي</a>
      <p>نشر في <span>17 نوفمبر 2015</span></p><p itemprop="articleBody">نص</p></body></html>`;
    const { doc, index } = gathered(html);
    expect(index).toBeDefined();
    expect(view(index!)).toEqual(view(indexPage(doc)));
    expect(index!.title).toBe('الموقع');
    expect(index!.canonical).toBe('https://example.com/a/1');
    expect(index!.jsonLd).toEqual(['{"@type":"NewsArticle"}']);
    expect(index!.lang).toBe('ar');
    expect(index!.datedLines.map((d) => d.el.localName)).toEqual(['header', 'p']);
    expect(index!.bylines.map((b) => b.el.getAttribute('class'))).toEqual(['author-name']);
    expect(index!.authorLinks.map((l) => l.el.getAttribute('href'))).toEqual(['/editor/12/sami']);
  });

  it('notes a link to an author\'s page by a path segment naming writers, in any case, and no other', () => {
    const hrefs = ['/Writers/77/', 'https://example.com/news/authors/12/', '/a/kuttab/5/x', '/AUTHOR/sami/', '/katibs/1/',
      '/katibat/1/', '/authorship/1/', '/editorial/5', '/%D8%A7/author', 'author/1/', '/co-author/1/', 'https://writer.example.com/x/'];
    const html = `<body>${hrefs.map((h, i) => `<a href="${h}">رابط ${i}</a>`).join('')}</body>`;
    const { doc, index } = gathered(html);
    expect(view(index!)).toEqual(view(indexPage(doc)));
    expect(index!.authorLinks.map((l) => l.el.getAttribute('href'))).toEqual(['/Writers/77/', 'https://example.com/news/authors/12/', '/a/kuttab/5/x', '/AUTHOR/sami/', '/katibs/1/']);
  });

  it('keeps no linked date, so a linked date does not hide the block\'s own (other stories are linked)', () => {
    const html = `<body><ul><li><a href="/n/1">خبر آخر 2020</a></li><li><a href="/n/2"><span>12 مارس 2020</span></a></li></ul>
      <div class="meta"><a href="/archive/2020">أرشيف 2020</a> نشر في 17 نوفمبر 2020</div></body>`;
    const { doc, index } = gathered(html);
    expect(view(index!)).toEqual(view(indexPage(doc)));
    expect(index!.datedLines.map((d) => [d.el.className, d.inline.localName])).toEqual([['meta', 'div']]);
  });

  it('keeps no date of a story card that is one link (most-read lists: <a><p class="time">…</p><p>title</p></a>)', () => {
    const html = `<body><ul class="side-nav"><li><a href="/news/1"><p class="time">20-06-2020</p><p>عنوان خبر آخر</p></a></li>
      <li><a href="/news/2"><div><p class="time">19-06-2020</p></div></a></li></ul><p class="date">21-06-2020</p></body>`;
    const { doc, index } = gathered(html);
    expect(view(index!)).toEqual(view(indexPage(doc)));
    expect(index!.datedLines.map((d) => d.el.className)).toEqual(['date']);
  });

  it('keeps the first 1,000 <time> elements in document order, however many the page holds (each is read by the date engine)', () => {
    const times = Array.from({ length: 1500 }, (_, i) => `<li><time datetime="2020-03-01T10:00:00+02:00" id="t${i}">1 مارس 2020</time></li>`).join('');
    const { doc, index } = gathered(`<body><h1>عنوان</h1><ul>${times}</ul></body>`);
    expect(view(index!)).toEqual(view(indexPage(doc)));
    expect(index!.times).toHaveLength(1000);
    expect(index!.times[0]!.id).toBe('t0');
    expect(index!.times[999]!.id).toBe('t999');
  });

  it('keeps the first 1,000 h1s and h2s with their positions, however many the page nests (each is compared with the headline)', () => {
    const { doc, index } = gathered(`<body>${'<h1><h2><div>عنوان '.repeat(1500)}</body>`);
    expect(view(index!)).toEqual(view(indexPage(doc)));
    expect(index!.h1s).toHaveLength(1000);
    expect(index!.h1Positions).toHaveLength(1000);
    expect(index!.h2s).toHaveLength(1000);
    expect(index!.h2Positions).toHaveLength(1000);
    expect(index!.h1Positions[999]).toBeLessThan(index!.h2Positions[999]!);
  });

  it('skips an SVG title and keeps the page title', () => {
    const { index } = gathered('<html><body><svg><title>icon</title></svg><title>late</title></body></html>');
    expect(index).toBeDefined();
    expect(index!.title).toBe('late');
  });

  it.each([
    ['misnested formatting (adoption agency)', '<body><b>1<p>2 يناير 2020</b>3</p></body>'],
    ['foster parenting', '<body><table><tr>نص 1 يناير 2020<td>x</td></tr></table></body>'],
    ['a template', '<body><template><h1>t</h1><p>1 يناير 2020</p></template><h1>real</h1></body>'],
    ['a second body tag adding an itemprop', '<body><p>x</p><body itemprop="articleBody"><p>y</p>'],
  ])('leaves a rearranged tree to the walk: %s', (_name, html) => {
    const { doc, index } = gathered(html);
    expect(index).toBeUndefined();
    expect(indexPage(doc).h1s.length).toBe(html.includes('<h1>real') ? 1 : 0);
  });

  it('keeps gathering when a second body tag only adds a class', () => {
    const html = '<html><body><h1>a</h1><body class="home"><p>نشر في 1 يناير 2020</p></body></html>';
    const { doc, index } = gathered(html);
    expect(index).toBeDefined();
    expect(view(index!)).toEqual(view(indexPage(doc)));
  });
});

describe('element index gathered while parsing', () => {
  const selectors = ['p', 'div p', '.eventContent p', '#articleBody', 'h1, h2', 'img[src]', 'meta[property="og:title"]', 'a[href*="/news/"]', 'article p:first-child', '[id^=div-gpt-ad]', 'div[id^="a"], [id^=m] p', '[id^=""]'];
  it.each(listFixtures().slice(0, 6).map((f) => [`${f.site}/${f.name}`, f.html]))('answers selectors like querySelectorAll: %s', (_name, html) => {
    const collector = collectPageIndex({ elements: true });
    const doc = parseDocument(html, collector);
    expect(collector.finish(doc)).toBeDefined();
    for (const s of selectors) expect(selectAll(doc, s), s).toEqual(Array.from(doc.querySelectorAll(s)));
  });

  it('answers an id-prefix selector from the id keys, in document order', () => {
    const html = '<body><div id="div-gpt-ad-2"><p>1</p></div><section id="main"><div id="div-gpt-ad-1">x</div><div id="div-gpt">y</div></section><p id="div-gpt-ad-3">z</p></body>';
    const collector = collectPageIndex({ elements: true });
    const doc = parseDocument(html, collector);
    collector.finish(doc);
    const scoped = ['#main div', '#main > div', 'body #main [id^=div-gpt]', '#main + p', '#main ~ p', '#main div, p', '#div-gpt-ad-2 p', '#nothing p', 'section#main:not(.x) div'];
    for (const s of ['[id^=div-gpt-ad]', 'div[id^="div-gpt-ad"]', 'section [id^=div-gpt]', '[id^=div-gpt-ad], #main', '[id^=nothing]', ...scoped]) {
      expect(selectAll(doc, s), s).toEqual(Array.from(doc.querySelectorAll(s)));
    }
    expect(selectAll(doc, '[id^=div-gpt-ad]').map((e) => e.id)).toEqual(['div-gpt-ad-2', 'div-gpt-ad-1', 'div-gpt-ad-3']);
  });

  it('answers class selectors from whole class attributes split on demand, in document order', () => {
    const html = '<body><p class="a b">1</p><p class="b">2</p><div class="b  a"><p class="a">3</p></div><p class="A">4</p><p class="b a b">5</p><p class="ab">6</p><p class="a">7</p></body>';
    const collector = collectPageIndex({ elements: true });
    const doc = parseDocument(html, collector);
    collector.finish(doc);
    for (const s of ['.a', '.b', '.a.b', 'p.a', 'div .a', '.b, .a', '.A', '.ab', '.c']) {
      expect(selectAll(doc, s), s).toEqual(Array.from(doc.querySelectorAll(s)));
    }
    expect(selectAll(doc, '.a').map((e) => `${e.localName}${e.textContent}`)).toEqual(['p1', 'div3', 'p3', 'p5', 'p7']);
  });

  it('finds a class token anywhere in a class attribute, after a longer word holding it and between any spaces', () => {
    const html = '<body><p class="xa\ta">1</p><p class="\na\u00a0c">2</p><p class="aa-a">3</p><p class="c\fa">4</p><p class=" a">5</p><p class="d\ufeffa">6</p></body>';
    const collector = collectPageIndex({ elements: true });
    const doc = parseDocument(html, collector);
    collector.finish(doc);
    for (const s of ['.a', '.c', '.xa', '.aa-a', 'p.a.c', '.x', '.d']) expect(selectAll(doc, s), s).toEqual(Array.from(doc.querySelectorAll(s)));
    expect(selectAll(doc, '.a').map((e) => e.textContent)).toEqual(['1', '2', '4', '5', '6']);
    expect(hasClassToken('xa\ta', 'a')).toBe(true);
    expect(hasClassToken('xa ab', 'a')).toBe(false);
    expect(hasClassToken('', 'a')).toBe(false);
  });

  it('answers a tag under a class from the class\'s subtrees, nested scopes once, in document order', () => {
    const links = (n: number, p: string) => Array.from({ length: n }, (_, i) => `<a href="/${p}${i}">${p}${i}</a>`).join('');
    const html = `<body><nav>${links(30, 'n')}</nav><div class="tags">${links(2, 't')}<div class="tags x">${links(2, 'u')}</div><span>${links(1, 'v')}</span></div>${links(5, 'm')}<ul class="tags"><li>${links(1, 'w')}</li></ul><div class="tags"></div></body>`;
    const collector = collectPageIndex({ elements: true });
    const doc = parseDocument(html, collector);
    collector.finish(doc);
    for (const s of ['.tags a', 'div.tags a', '.tags > a', '.x a', 'ul.tags li a', '.tags span a, nav a', '.none a', '.tags + a']) {
      expect(selectAll(doc, s), s).toEqual(Array.from(doc.querySelectorAll(s)));
      expect(selectOne(doc, s), s).toBe(doc.querySelector(s));
    }
    expect(selectAll(doc, '.tags a').map((e) => e.textContent)).toEqual(['t0', 't1', 'u0', 'u1', 'v0', 'w0']);
    doc.querySelector('ul.tags')!.remove();
    expect(selectAll(doc, '.tags a').map((e) => e.textContent)).toEqual(['t0', 't1', 'u0', 'u1', 'v0']);
  });

  it('answers a query under an element by walking that subtree when the document has no index', () => {
    const html = '<body><div id="side"><p class="x">0</p></div><article><p class="x">1</p><div><p class="x y">2</p></div></article><p class="x">3</p></body>';
    const doc = parseDocument(html);
    const article = doc.querySelector('article')!;
    for (const s of ['.x', 'p.x', 'div .x', '.y, p', '#side p']) {
      expect(selectAll(article, s), s).toEqual(Array.from(article.querySelectorAll(s)));
      expect(selectOne(article, s), s).toBe(article.querySelector(s));
    }
    expect(hasIndex(doc)).toBe(false);
    expect(selectAll(doc, '.x')).toHaveLength(4); // a query on the document builds the index
    expect(hasIndex(doc)).toBe(true);
    article.querySelector('div')!.remove();
    expect(selectAll(doc, '.x').map((e) => e.textContent)).toEqual(['0', '1', '3']); // removed elements are not answered
    invalidateIndex(doc);
    expect(selectAll(article, '.x').map((e) => e.textContent)).toEqual(['1']);
  });
});
