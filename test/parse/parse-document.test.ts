/**
 * The parse layer must build the tree the HTML standard prescribes (what Chromium's
 * DevTools shows): we compare our linkedom tree with parse5's own default tree on
 * markup that exercises the tree-construction rules, and spot-check the famous cases.
 */
import { describe, expect, it } from 'vitest';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { parseHTML } from 'linkedom';
import { parseDocument } from '../../src/parse/index.js';

type P5Node = DefaultTreeAdapterMap['node'];

const nsMark = (ns: string): string => (ns === 'http://www.w3.org/1999/xhtml' ? '' : ` {${ns.split('/').pop()}}`);

function dumpParse5(node: P5Node, depth = 0, out: string[] = []): string[] {
  for (const child of (node as any).childNodes ?? []) {
    const pad = '  '.repeat(depth);
    if (child.nodeName === '#text') out.push(`${pad}"${child.value}"`);
    else if (child.nodeName === '#comment') out.push(`${pad}<!--${child.data}-->`);
    else if (child.nodeName === '#documentType') out.push(`${pad}<!DOCTYPE ${child.name}>`);
    else {
      const attrs = child.attrs.map((a: any) => ` ${a.prefix ? `${a.prefix}:` : ''}${a.name}="${a.value}"`).join('');
      out.push(`${pad}<${child.tagName}${attrs}${nsMark(child.namespaceURI)}>`);
      dumpParse5(child.tagName === 'template' ? child.content : child, depth + 1, out);
    }
  }
  return out;
}

function dumpDom(node: any, depth = 0, out: string[] = []): string[] {
  for (const child of node.childNodes ?? []) {
    const pad = '  '.repeat(depth);
    if (child.nodeType === 3) out.push(`${pad}"${child.data}"`);
    else if (child.nodeType === 8) out.push(`${pad}<!--${child.data}-->`);
    else if (child.nodeType === 10) out.push(`${pad}<!DOCTYPE ${child.name}>`);
    else if (child.nodeType === 1) {
      const attrs = Array.from(child.attributes as ArrayLike<any>).map((a) => ` ${a.name}="${a.value}"`).join('');
      out.push(`${pad}<${child.localName}${attrs}${nsMark(child.namespaceURI)}>`);
      dumpDom(child.localName === 'template' ? child.content : child, depth + 1, out);
    }
  }
  return out;
}

const TRICKY: Record<string, string> = {
  'implicit tbody': '<table><tr><td>خلية</td></tr></table>',
  'auto-closed p': '<p>أولى<p>ثانية<div>كتلة</div>',
  'p inside p': '<p>خارج<p>داخل</p>بعد</p>',
  'misnested formatting (adoption agency)': '<b>1<i>2</b>3</i>4',
  'misnested across blocks': '<a href="/x">رابط<div>كتلة</div>ذيل</a>',
  'foster parenting': '<table>نص<tr><td>خلية</td></tr></table>',
  template: '<template><p>داخل القالب</p></template><p>خارج</p>',
  'unclosed li and dd': '<ul><li>أ<li>ب</ul><dl><dt>م<dd>ت</dl>',
  'head elements in body': '<body><title>عنوان</title><meta charset=utf-8><p>نص',
  'svg and math': '<svg viewBox="0 0 1 1"><title>أيقونة</title><path d="M0"/></svg><math><mi>x</mi></math>',
  'foreign content and its integration points': '<svg><foreignObject><p>نص <b>عريض</b></p></foreignObject><desc><i>وصف</i></desc><g><font color="red">خط</font></g></svg><math><mi><b>س</b></mi><annotation-xml encoding="text/html"><div>ع</div></annotation-xml></math><p>بعد</p>',
  'HTML breaking out of svg': '<div><svg><circle/><p>خرج</p><rect/></svg></div>',
  'comments in every place': '<!--قبل--><html><!--رأس--><head><title>ع<!--لا--></title></head><body><!--جسم--><p>أ<!--بين-->ب</p><table><!--جدول--><tr><td>خ</td></tr></table></body></html><!--بعد-->',
  'br and nested inline': '<div>سطر<br>سطر<br/><span><b>غامق</b></span></div>',
  'entities and nbsp': '<p>&laquo;اقتباس&raquo;&nbsp;&amp;&#1605;</p>',
  'doctype and comment': '<!DOCTYPE html><!-- تعليق --><html lang="ar" dir="rtl"><body><p>x</p></body></html>',
  'select and option': '<select><option>1<option>2</select><p>بعد',
  'stray end tags': '</div></p><p>نص</span></p>',
  // Text arrives word by word (a run of letters, then one of spaces) and is joined once per node.
  'many-word text continued past a stray end tag': '<p>كلمة أولى ثانية</span> ثالثة  رابعة\nخامسة</p>',
  'many-word text around a comment and br': '<div>قبل التعليق هنا<!-- ت --> بعد التعليق<br> سطر جديد هنا</div>',
  'many-word text foster-parented': '<table>نص مهاجر من الجدول<tr><td>خلية فيها كلمات</td></tr> ذيل الجدول</table>',
  'foster-parented text joining the many-word text before the table': '<div>كلمة قبل الجدول<table>نص مهاجر<tr><td>خلية</td></tr></table></div>',
  'many-word text split by the adoption agency': '<p><b>غامق أول<i>مائل ثان</b> بعد الإغلاق</i> نهاية الفقرة</p>',
  'many-word text in title, textarea, script and template': '<title>عنوان من كلمات</title><textarea> نص  حر </textarea><script>var a = 1; var b = 2;</script><template>قالب فيه كلمات<p>فقرة  داخلية</p></template>',
  'frameset-free body content': '<html><head></head><body><iframe src="x"></iframe><noscript><p>ns</p></noscript></body></html>',
};

describe('parseDocument builds the HTML standard tree', () => {
  it.each(Object.entries(TRICKY))('%s', (_name, html) => {
    const ours = dumpDom(parseDocument(html));
    const spec = dumpParse5(parse(html) as unknown as P5Node);
    expect(ours).toEqual(spec);
  });

  it('inserts tbody that querySelector finds', () => {
    const doc = parseDocument('<table><tr><td>x</td></tr></table>');
    expect(doc.querySelector('table > tbody > tr > td')?.textContent).toBe('x');
  });

  it('closes a p before a div, leaving an empty p after it (browser behaviour)', () => {
    const doc = parseDocument('<p>a<div>b</div>c</p>');
    const ps = doc.querySelectorAll('p');
    expect(ps.length).toBe(2);
    expect(ps[0]!.textContent).toBe('a');
    expect(doc.querySelector('div')?.nextSibling?.textContent).toBe('c');
  });

  it('keeps template content out of the document tree', () => {
    const doc = parseDocument('<template><p class="t">x</p></template>');
    expect(doc.querySelector('p.t')).toBeNull();
  });

  it('supports class, attribute and structural selectors on the built tree', () => {
    const doc = parseDocument('<div class="a b" id="m" data-x="1"><p>1</p><p class="b">2</p></div>');
    expect(doc.querySelector('div.a.b#m[data-x="1"] > p.b')?.textContent).toBe('2');
    expect(doc.querySelectorAll('div p:not(.b)').length).toBe(1);
    expect(doc.querySelector('p:last-child')?.textContent).toBe('2');
  });

  it("makes attribute nodes with linkedom's own fields and prototype, which its DOM methods read and change", () => {
    const html = '<p class="خبر" data-id="7">نص</p>';
    const ours = parseDocument(html).querySelector('p')!;
    const theirs = parseHTML(html).document.querySelector('p')!;
    const a = ours.getAttributeNode('class')!;
    const b = theirs.getAttributeNode('class')!;
    expect(Object.getPrototypeOf(a)).toBe(Object.getPrototypeOf(b));
    expect(Object.getOwnPropertyNames(a).sort()).toEqual(Object.getOwnPropertyNames(b).sort());
    expect(Object.getOwnPropertySymbols(a).map(String).sort()).toEqual(Object.getOwnPropertySymbols(b).map(String).sort());
    expect([a.name, a.value, a.ownerElement]).toEqual(['class', 'خبر', ours]);
    ours.setAttribute('class', 'عاجل');
    ours.removeAttribute('data-id');
    expect(ours.outerHTML).toBe('<p class="عاجل">نص</p>');
    expect(Array.from(ours.attributes, (x) => x.name)).toEqual(['class']);
  });

  it('parses a large flat page without recursion', () => {
    const html = `<div>${'<p>فقرة</p>'.repeat(50000)}</div>`;
    expect(parseDocument(html).querySelectorAll('p').length).toBe(50000);
  });
});

describe('parseDocument with an observer', () => {
  const watch = (html: string) => {
    const tags: string[] = [];
    const texts: Text[] = [];
    const completed: Array<[Text, string]> = [];
    let ordered = true;
    const doc = parseDocument(html, {
      element: (_el, tag) => void tags.push(tag),
      text: (node) => {
        // The text before this one was completed first.
        expect(completed.length).toBe(texts.length);
        texts.push(node);
      },
      textComplete: (node, data) => void completed.push([node, data]),
      adopted: () => {},
      rearranged: () => {
        ordered = false;
      },
    });
    return { doc, tags, texts, completed, ordered };
  };

  it('reports elements and text nodes in document order as they are created', () => {
    const { doc, tags, texts, ordered } = watch('<!DOCTYPE html><title>t</title><h1>عنوان</h1><p>نص <b>عريض</b> هنا</p>');
    expect(ordered).toBe(true);
    expect(tags).toEqual(['html', 'head', 'title', 'body', 'h1', 'p', 'b']);
    expect(texts.map((t) => t.data)).toEqual(['t', 'عنوان', 'نص ', 'عريض', ' هنا']);
    expect(Array.from(doc.querySelectorAll('*'), (e) => e.localName)).toEqual(tags);
  });

  it('names every element right past the bound of its kind cache (thousands of custom tag names)', () => {
    const names = Array.from({ length: 6000 }, (_, i) => `x-tag-${i}`);
    const doc = parseDocument(`<body>${names.map((n) => `<${n.toUpperCase()}>t</${n}>`).join('')}<DIV>d</DIV></body>`);
    expect(Array.from(doc.body.children, (e) => e.localName)).toEqual([...names, 'div']);
    expect(doc.querySelector('x-tag-5999')?.textContent).toBe('t');
  });

  it('completes each text node once, in order, with its whole text (pieces joined)', () => {
    const { texts, completed } = watch('<p>نشر في 17 نوفمبر 2015 - 10:30 ص</p><div>  <span>منذ ساعتين</span></div>');
    expect(completed.map(([n]) => n)).toEqual(texts);
    expect(completed.map(([, d]) => d)).toEqual(['نشر في 17 نوفمبر 2015 - 10:30 ص', '  ', 'منذ ساعتين']);
    expect(completed.every(([n, d]) => n.data === d)).toBe(true);
  });

  it('says when the tree was rearranged (misnested tags, foster parenting)', () => {
    expect(watch('<b>1<p>2</b>3</p>').ordered).toBe(false);
    expect(watch('<table><tr>x<td>y</td></tr></table>').ordered).toBe(false);
    expect(watch('<p>a</p><p>b</p>').ordered).toBe(true);
  });
});
