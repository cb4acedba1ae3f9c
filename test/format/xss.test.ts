/**
 * toHTML is safe to render: every payload of this XSS corpus, placed in a page, comes
 * out neutralised (escaped text or dropped URL) — never as live markup.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'parse5';
import { extract, toHTML, toMarkdown } from '../../src/index.js';
import { FIXTURE_NOW } from '../fixtures.js';

const PARA = 'وقال المتحدث إن الحكومة ستواصل العمل على تحسين الخدمات في جميع المحافظات خلال الفترة المقبلة، مؤكدا أهمية التعاون.';

const PAYLOADS: Record<string, string> = {
  'script tag in text': `<p>${PARA}<script>alert(1)</script></p>`,
  'event handler': `<p onclick="alert(1)">${PARA}</p><img src="x.jpg" onerror="alert(1)" width="600">`,
  'javascript: link and image': `<p>${PARA} <a href="javascript:alert(1)">رابط</a></p><img src="javascript:alert(1)" width="600"><img src=" jav&#x09;ascript:alert(1)" width="600">`,
  'data: URL image': `<p>${PARA}</p><img src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" width="600">`,
  'svg and math tricks': `<p>${PARA}</p><svg><script>alert(1)</script><a xlink:href="javascript:alert(1)"><text>x</text></a></svg><math><mtext><table><mglyph><style><img src=x onerror=alert(1)>`,
  'iframe srcdoc': `<p>${PARA}</p><iframe srcdoc="<script>alert(1)</script>"></iframe>`,
  'base hijack': `<base href="javascript:alert(1)//"><p>${PARA}</p><img src="/a.jpg" width="600">`,
  'css expression': `<p style="width:expression(alert(1))">${PARA}</p><div style="background:url(javascript:alert(1))">${PARA} ثانية</div>`,
  'escaped markup in text': `<p>${PARA} &lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;</p>`,
  'payload in headline and caption': `<h1>"><script>alert(1)</script></h1><p>${PARA}</p><figure><img src="/b.jpg" width="600"><figcaption><img src=x onerror=alert(1)>صورة</figcaption></figure>`,
  'object and embed': `<p>${PARA}</p><object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">`,
  'meta refresh and form': `<meta http-equiv="refresh" content="0;url=javascript:alert(1)"><p>${PARA}</p><form action="javascript:alert(1)"><button formaction="javascript:alert(1)">x</button></form>`,
};

const ALLOWED_TAGS = new Set(['html', 'head', 'body', 'article', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'blockquote', 'ul', 'ol', 'li', 'figure', 'img', 'figcaption', 'a', 'table', 'tbody', 'tr', 'td']);
const ALLOWED_ATTRS = new Set(['lang', 'dir', 'class', 'src', 'alt', 'loading', 'href', 'rel']);

/** Parse the output as a browser would and list everything live in it. */
function liveParts(html: string): string[] {
  const problems: string[] = [];
  const walk = (node: any): void => {
    for (const child of node.childNodes ?? []) {
      if (child.tagName) {
        if (!ALLOWED_TAGS.has(child.tagName)) problems.push(`<${child.tagName}>`);
        for (const a of child.attrs) {
          if (!ALLOWED_ATTRS.has(a.name)) problems.push(`${child.tagName}[${a.name}]`);
          if ((a.name === 'href' || a.name === 'src') && !/^https?:\/\//.test(a.value)) problems.push(`${a.name}=${a.value}`);
        }
        walk(child);
      }
    }
  };
  walk(parse(html));
  return problems;
}

describe('toHTML neutralises the XSS corpus', () => {
  it.each(Object.entries(PAYLOADS))('%s', (_name, body) => {
    const article = extract(`<html><body><article>${body}</article></body></html>`, { url: 'https://example.com/a/b', now: FIXTURE_NOW });
    const html = toHTML(article);
    expect(liveParts(html), html).toEqual([]);
    expect(html).not.toMatch(/<script|javascript:/i);
    expect(html).toMatch(/^<article lang="[^"]*" dir="(rtl|ltr)">/);
    expect(toMarkdown(article)).not.toMatch(/javascript:|(?<!\\)<script/i);
  });

  it('escapes text and makes image URLs absolute', () => {
    const article = extract(`<article><p>${PARA} &lt;b&gt;</p><figure><img src="/img/a.jpg" width="600"><figcaption>تعليق الصورة</figcaption></figure></article>`, { url: 'https://example.com/news/1', now: FIXTURE_NOW });
    const html = toHTML(article);
    expect(html).toContain('&lt;b&gt;');
    expect(html).toContain('src="https://example.com/img/a.jpg"');
  });
});
