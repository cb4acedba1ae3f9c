/**
 * `maqal adapter new <domain>`: scaffold a site adapter in a maqal checkout.
 *
 * Writes `src/adapters/<domain>.ts` (a commented template), a fixture slot
 * `fixtures/<domain>/article.html` (a skeleton page whose structure the template's placeholder
 * selectors match) and registers the adapter in `src/adapters/index.ts`. Both new files carry
 * `TODO(adapter)` markers; the adapter lint (test/adapters.lint.test.ts) fails until they are
 * gone. The walk-through is docs/adapters.md.
 *
 * CLI code: the only adapter code that touches the file system.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMAIN_ZONES, TLD_ZONES, zoneForHost } from '../lexicon/zones.js';

export interface ScaffoldOptions {
  /** The maqal checkout to write into (the folder holding `src/adapters/index.ts`). */
  root: string;
  /** The site's own name as it writes it (its og:site_name), e.g. `بوابة الشروق`. Default: a TODO placeholder. */
  name?: string;
  /** The IANA zone the site writes its times in. Default: guessed from the domain, else `Africa/Cairo` with a TODO. */
  timeZone?: string;
}

export interface ScaffoldResult {
  /** The files written or changed, relative to `root`, `/`-separated: the adapter, the fixture, the index. */
  files: string[];
}

export type ScaffoldErrorCode = 'INVALID_DOMAIN' | 'INVALID_OPTION' | 'ADAPTER_EXISTS' | 'NO_REGISTRY';

/** Why a scaffold was refused. Nothing has been written when it is thrown. */
export class ScaffoldError extends Error {
  readonly code: ScaffoldErrorCode;
  constructor(code: ScaffoldErrorCode, message: string) {
    super(message);
    this.name = 'ScaffoldError';
    this.code = code;
  }
}

/** The marker the template leaves for the contributor; the adapter lint fails while one is left. */
export const TODO_MARKER = 'TODO(adapter)';

const INDEX = 'src/adapters/index.ts';
/** A lower-case host of two labels or more; the last one letters (or an IDN `xn--` label). */
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
const IANA = /^[A-Z][A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+$/;
const FALLBACK_ZONE = 'Africa/Cairo';

/**
 * Check a domain given to `maqal adapter new`: a bare lower-case host (`example.com`, `news.example.com.sa`).
 * Throws `ScaffoldError('INVALID_DOMAIN')` saying what to type instead.
 */
export function checkDomain(domain: string): void {
  const fail = (why: string): never => {
    const hint = suggestHost(domain);
    throw new ScaffoldError('INVALID_DOMAIN', `"${domain}" is not a domain to scaffold: ${why}${hint && hint !== domain ? ` — did you mean ${hint}?` : ''}`);
  };
  if (typeof domain !== 'string' || domain.trim() === '') fail('give the site\'s host, e.g. example.com');
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(domain)) fail('give the host only, without the scheme');
  if (/[/?#]/.test(domain)) fail('give the host only, without a path');
  if (/:\d*$/.test(domain)) fail('give the host only, without a port');
  if (domain !== domain.trim()) fail('remove the spaces around it');
  if (domain !== domain.toLowerCase()) fail('write it in lower case');
  if (domain.endsWith('.')) fail('remove the trailing dot');
  if (/^www\d?\./.test(domain)) fail('drop the www. prefix: an adapter serves its subdomains (www., m., amp.) too');
  if (domain.length > 253 || !HOST.test(domain)) fail('a host is two or more dot-separated labels of a-z, 0-9 and inner hyphens, ending in a top-level domain (e.g. example.com)');
}

function suggestHost(input: string): string | undefined {
  try {
    const s = String(input).trim();
    const host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(s) ? s : `http://${s}`).hostname.toLowerCase().replace(/\.$/, '').replace(/^www\d?\./, '');
    return HOST.test(host) ? host : undefined;
  } catch {
    return undefined;
  }
}

function checkZone(zone: string): void {
  let ok = IANA.test(zone);
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    ok = false;
  }
  if (!ok) throw new ScaffoldError('INVALID_OPTION', `timeZone "${zone}" is not an Area/City IANA zone: use e.g. Africa/Cairo or Asia/Riyadh`);
}

/** The zone for the template, and the comment that says where it came from. */
function zoneFor(domain: string, given: string | undefined): { zone: string; note: string } {
  if (given) return { zone: given, note: 'Given to `maqal adapter new`; check it against a page whose time you know.' };
  const guessed = zoneForHost(domain);
  if (guessed) {
    const known = Object.keys(DOMAIN_ZONES).some((d) => domain === d || domain.endsWith(`.${d}`));
    const tld = domain.slice(domain.lastIndexOf('.') + 1);
    const from = known ? "maqal's list of known sites (src/lexicon/zones.ts)" : TLD_ZONES[tld] ? `the .${tld} country domain` : 'the domain';
    return { zone: guessed, note: `Guessed from ${from}; check it against a page whose time you know.` };
  }
  return {
    zone: FALLBACK_ZONE,
    note: `${TODO_MARKER}: nothing tells the zone of this domain — ${FALLBACK_ZONE} is a placeholder; set the zone the site writes its times in.`,
  };
}

// ---------------------------------------------------------------------------------------------
// Registration: a small text edit of src/adapters/index.ts.

const RESERVED = new Set(
  ('break case catch class const continue debugger default delete do else enum export extends false finally for function if import in ' +
    'instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package ' +
    'private protected public await async of arguments eval undefined NaN Infinity Adapter builtinAdapters defineAdapter').split(' '),
);

/** A variable name for the adapter's import: its first label (`youm7.com` → `youm7`), else all labels (`elfagr.news` → `elfagrNews`). */
export function identifierFor(domain: string, taken: ReadonlySet<string>): string {
  const labels = domain.split('.');
  const camel = (parts: string[]): string => {
    const words = parts.flatMap((p) => p.split('-')).filter(Boolean);
    const id = words.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join('');
    return /^[0-9]/.test(id) ? `site${id}` : id;
  };
  const ok = (id: string): boolean => /^[A-Za-z_$][\w$]*$/.test(id) && !RESERVED.has(id) && !taken.has(id);
  for (const id of [camel(labels.slice(0, 1)), camel(labels)]) if (ok(id)) return id;
  const base = camel(labels);
  for (let n = 2; ; n++) if (ok(`${base}${n}`)) return `${base}${n}`;
}

interface Entry {
  /** What the entry sorts by: the adapter's domain (from its import), else its own text. */
  key: string;
  start: number;
  end: number;
}

/** The insertion index that leaves the fewest entries out of alphabetical order (the sorted place in a sorted list). */
function sortedSlot(keys: readonly string[], key: string): number {
  let best = 0;
  let bestCost = Infinity;
  for (let i = 0; i <= keys.length; i++) {
    const cost = keys.slice(0, i).filter((k) => k > key).length + keys.slice(i).filter((k) => k < key).length;
    if (cost < bestCost) [best, bestCost] = [i, cost];
  }
  return best;
}

/** Blank out comments (same length), so the entries of the array can be found by a regex. */
function maskComments(s: string): string {
  return s.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, (c) => c.replace(/[^\n]/g, ' '));
}

const lineStart = (s: string, i: number): number => s.lastIndexOf('\n', i - 1) + 1;

/**
 * Add `import <ident> from './<domain>.js';` and `<ident>` in the `builtinAdapters` array of an
 * index.ts source, each at its alphabetical place (by domain), keeping the file's layout.
 * Throws `ScaffoldError` when the domain is already imported or the array cannot be found.
 */
export function registerAdapter(source: string, domain: string): { source: string; identifier: string } {
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const masked = maskComments(source);

  const importRe = /^import[ \t]+([A-Za-z_$][\w$]*)[ \t]+from[ \t]+(['"])\.\/([^'"\r\n]+?)\.js\2[ \t]*;?[^\r\n]*(?=\r?$)/gm;
  const imports: Array<Entry & { ident: string }> = [];
  for (let m: RegExpExecArray | null; (m = importRe.exec(masked)); ) {
    imports.push({ ident: m[1]!, key: m[3]!, start: m.index, end: m.index + m[0].length });
  }
  if (imports.some((i) => i.key === domain)) {
    throw new ScaffoldError('ADAPTER_EXISTS', `${INDEX} already imports ./${domain}.js: the adapter is registered`);
  }

  const decl = /\bbuiltinAdapters\b[^=;]*=\s*\[/.exec(masked);
  if (!decl) throw new ScaffoldError('NO_REGISTRY', `${INDEX} has no \`builtinAdapters = [...]\` array: register the adapter by hand`);
  const open = decl.index + decl[0].length; // just after '['
  let depth = 1;
  let close = open;
  for (; close < masked.length && depth > 0; close++) {
    const c = masked[close];
    if (c === '[') depth++;
    else if (c === ']') depth--;
  }
  if (depth !== 0) throw new ScaffoldError('NO_REGISTRY', `${INDEX}: the builtinAdapters array is not closed: register the adapter by hand`);
  close--; // at ']'

  const identifier = identifierFor(domain, new Set(masked.match(/[A-Za-z_$][\w$]*/g) ?? []));
  const keyOf = new Map(imports.map((i) => [i.ident, i.key]));
  const body = masked.slice(open, close);
  const entries: Entry[] = [];
  for (const m of body.matchAll(/(?:\.\.\.)?[A-Za-z_$][\w$.]*/g)) {
    const text = m[0];
    entries.push({ key: keyOf.get(text) ?? text.replace(/^\.\.\./, ''), start: open + m.index!, end: open + m.index! + text.length });
  }

  // The array entry (edited first: it comes after the imports, so their offsets stay valid).
  let out = source;
  const insert = (at: number, text: string): void => {
    out = out.slice(0, at) + text + out.slice(at);
  };
  const multiline = body.includes('\n');
  const slot = sortedSlot(entries.map((e) => e.key), domain);
  const indentOf = (at: number): string => /^[ \t]*/.exec(source.slice(lineStart(source, at)))![0];
  if (!entries.length) {
    if (multiline) out = `${source.slice(0, open)}${eol}  ${identifier},${eol}${source.slice(close)}`;
    else out = `${source.slice(0, open)}${identifier}${source.slice(close)}`;
  } else if (slot < entries.length) {
    const next = entries[slot]!;
    const firstOnLine = masked.slice(lineStart(masked, next.start), next.start).trim() === '';
    if (multiline && firstOnLine) insert(lineStart(source, next.start), `${indentOf(next.start)}${identifier},${eol}`);
    else insert(next.start, `${identifier}, `);
  } else {
    const last = entries[entries.length - 1]!;
    const comma = /^\s*,/.exec(masked.slice(last.end, close));
    if (multiline) {
      const after = comma ? last.end + comma[0].length : last.end;
      insert(after, `${comma ? '' : ','}${eol}${indentOf(last.start)}${identifier}${comma ? ',' : ''}`);
    } else insert(last.end, `, ${identifier}`);
  }

  // The import line.
  const line = `import ${identifier} from './${domain}.js';`;
  if (imports.length) {
    const at = sortedSlot(imports.map((i) => i.key), domain);
    if (at < imports.length) insert(imports[at]!.start, `${line}${eol}`);
    else insert(imports[imports.length - 1]!.end, `${eol}${line}`);
  } else {
    const all = [...masked.matchAll(/^import\b[\s\S]*?(['"])[^'"\r\n]*\1[ \t]*;?[^\r\n]*(?=\r?$)/gm)];
    const lastImport = all[all.length - 1];
    if (lastImport) insert(lastImport.index! + lastImport[0].length, `${eol}${line}`);
    else {
      const header = /^\s*\/\*[\s\S]*?\*\/[^\n]*\n/.exec(masked);
      insert(header ? header[0].length : 0, `${line}${eol}`);
    }
  }
  return { source: out, identifier };
}

// ---------------------------------------------------------------------------------------------
// The two files.

const q = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const inComment = (s: string): string => s.replace(/\*\//g, '* /');
const html = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function adapterTemplate(domain: string, name: string | undefined, zone: { zone: string; note: string }): string {
  const title = name ? `${inComment(name)} (${domain})` : domain;
  const nameLine = name
    ? `  name: ${q(name)},`
    : `  name: ${q(domain)}, // ${TODO_MARKER}: the site's name in its own words, e.g. 'بوابة الشروق'`;
  return `/**
 * ${title} — ${TODO_MARKER}: one line on the template you studied (CMS, years, layouts) and
 * what is odd about it; notes on the site can go in docs/sites/${domain}.md.
 *
 * Scaffolded by \`maqal adapter new ${domain}\`; docs/adapters.md explains every field.
 * Every field after timeZone is optional: delete one and the generic extractor fills it.
 * The placeholder selectors fit the skeleton fixture fixtures/${domain}/article.html:
 * rewrite that page after the site's real markup (your own text), then make each selector
 * match it — copy them from DevTools' Elements panel (maqal queries the browser's tree).
 */
import { defineAdapter } from '../adapt/define-adapter.js';

/** The article's root element: scope selectors to it so sidebars and "more news" lists never match. */
const ARTICLE = 'article.article';

export default defineAdapter({
  // The main domain: this file's name and the fixture folder fixtures/${domain}/.
  id: ${q(domain)},
  // The site's own name as it writes it (its og:site_name); names pages that come without a URL.
${nameLine}
  // Hosts served by this adapter; their subdomains (www., m., amp.) match too.
  domains: [${q(domain)}],
  // The IANA zone the site writes its times in (Area/City, never an offset: sites follow daylight saving).
  // ${zone.note}
  timeZone: ${q(zone.zone)},
  // For pages given without a URL (after canonical/og:url and og:site_name): is this the site? Delete if unsure.
  match: (_doc, $) => !!$(\`\${ARTICLE} .article-body\`),
  // The headline: a list is tried in order, the first selector that finds text wins.
  headline: [\`\${ARTICLE} h1.article-title\`, 'h1.article-title'],
  // The line under the headline (a standfirst or kicker), not the first paragraph.
  subheadline: \`\${ARTICLE} h2.article-subtitle\`,
  // The bylines: every match's text is read ('كتب:' labels and trailing colons are trimmed).
  authors: \`\${ARTICLE} .article-meta .article-author a\`,
  // The visible date line beats metadata; \`pattern\` keeps capture group 1, read in \`timeZone\`.
  published: { selector: \`\${ARTICLE} .article-meta .article-date\`, pattern: /نشر\\s*(?:في|فى)\\s*:?\\s*(.+?)\\s*(?:\\||$)/ },
  // The last update, when the site shows one (delete the field when it does not).
  updated: { selector: \`\${ARTICLE} .article-meta .article-date\`, pattern: /آخر\\s*تحديث\\s*:?\\s*(.+?)\\s*$/ },
  // The section: \`attribute\` reads an attribute (here a meta tag's content) instead of the text.
  section: { selector: 'meta[property="article:section"]', attribute: 'content' },
  // Tags / keywords: every match's text.
  tags: \`\${ARTICLE} .article-tags a\`,
  // The lead image: an <img> (lazy data-src attributes are read too) or a <meta> (its content).
  leadImage: \`\${ARTICLE} figure.article-image img\`,
  // The captions of the article's images, lead image first.
  captions: [\`\${ARTICLE} figure.article-image figcaption\`, \`\${ARTICLE} .article-body .image-caption\`],
  // The element holding the article text: every match of the first selector that matches anything.
  body: \`\${ARTICLE} .article-body\`,
  // Removed from inside the body before paragraphs are built: "read also" boxes, ads, share bars.
  remove: ['.read-also', '[id^="div-gpt-ad"]'],
  // Inside the body, after \`remove\`: selector → new tag name, or a function that edits the element.
  transforms: {
    'div.image > span.image-caption': 'figcaption',
  },
});
`;
}

function fixtureTemplate(domain: string, name: string | undefined): string {
  const site = name ? html(name) : 'اسم الموقع';
  const url = `https://www.${domain}/news/details/1234567`;
  return `<!-- maqal-url: ${url} -->
<!-- ${TODO_MARKER}: a skeleton, not the site. Rebuild this page after one real article of ${domain}:
     keep the site's own tags, ids, classes and nesting around each field (DevTools, Elements panel),
     write your own short Arabic text (never copy the site's), and drop what no field or test needs.
     Set the maqal-url line above to a URL of the same shape as the site's, then delete this comment and the
     other ${TODO_MARKER} markers, and run: npm run fixtures:update -- ${domain}
     One fixture per layout variant (video, gallery, opinion, an older template): copy this file. -->
<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>افتتاح مكتبة عامة جديدة في وسط المدينة - ${site}</title>
<meta property="og:site_name" content="${site}">
<meta property="og:title" content="افتتاح مكتبة عامة جديدة في وسط المدينة">
<meta property="og:url" content="${url}">
<meta property="og:image" content="https://www.${domain}/images/2025/03/library.jpg">
<meta property="article:section" content="ثقافة">
<meta property="article:published_time" content="2025-03-10T14:30:00Z">
<link rel="canonical" href="${url}">
</head>
<body>
<header class="site-header"><a href="/" class="logo">${site}</a> <nav><a href="/section/culture">ثقافة</a> <a href="/section/sports">رياضة</a></nav></header>
<main class="container">
<!-- ${TODO_MARKER}: the article as the site marks it up: headline, byline, date line, lead image, body, tags. -->
<article class="article">
  <h1 class="article-title">افتتاح مكتبة عامة جديدة في وسط المدينة</h1>
  <h2 class="article-subtitle">المكتبة تضم قاعة للأطفال وأخرى للدراسة وتفتح أبوابها يوميا</h2>
  <div class="article-meta">
    <span class="article-author">كتب: <a href="/author/12">سامي المصري</a></span>
    <span class="article-date">نشر في: الإثنين 10 مارس 2025 - 2:30 م | آخر تحديث: الإثنين 10 مارس 2025 - 4:05 م</span>
  </div>
  <figure class="article-image"><img src="/images/2025/03/library.jpg" alt="المكتبة الجديدة"><figcaption>واجهة المكتبة الجديدة</figcaption></figure>
  <div class="article-body">
    <p>افتتحت إدارة المدينة صباح اليوم مكتبة عامة جديدة في الحي القديم، بعد عامين من أعمال الترميم في مبنى البريد السابق.</p>
    <p>وقال مدير المكتبة إن القاعات الثلاث تتسع لنحو مئتي زائر، وإن الاشتراك مجاني لطلاب المدارس والجامعات.</p>
    <div class="read-also">اقرأ أيضا: <a href="/news/details/1234000">معرض للكتاب المستعمل في الميدان</a></div>
    <div class="image"><img src="/images/2025/03/reading-room.jpg" alt=""><span class="image-caption">قاعة الاطلاع في الطابق الأول</span></div>
    <p>وتضم المكتبة ركنا لكتب الأطفال وقاعة للدراسة الهادئة، إلى جانب مساحة للأنشطة الثقافية الأسبوعية.</p>
    <div id="div-gpt-ad-1234-0" class="ad">إعلان</div>
    <p>وتفتح المكتبة أبوابها يوميا من التاسعة صباحا حتى التاسعة مساء، عدا يوم الجمعة.</p>
  </div>
  <div class="article-tags"><span>الكلمات المفتاحية:</span> <a href="/tag/libraries">مكتبات</a> <a href="/tag/culture">ثقافة</a></div>
</article>
<aside class="related"><h3>أخبار ذات صلة</h3><ul><li><a href="/news/details/1233999">ندوة عن القراءة في النادي الثقافي</a></li></ul></aside>
</main>
<footer class="site-footer">جميع الحقوق محفوظة</footer>
</body>
</html>
`;
}

/** Domains an existing adapter file lists in its `domains: [...]`. */
function claimedDomains(source: string): string[] {
  const list = /\bdomains\s*:\s*\[([^\]]*)\]/.exec(maskComments(source))?.[1] ?? '';
  return [...list.matchAll(/(['"`])([^'"`]+)\1/g)].map((m) => m[2]!);
}

/**
 * Scaffold a site adapter: `src/adapters/<domain>.ts`, `fixtures/<domain>/article.html`, and its
 * registration in `src/adapters/index.ts`. Refuses (nothing written) a malformed domain, an adapter
 * or fixture that already exists, and a domain another adapter serves.
 *
 * @example scaffoldAdapter('example.com', { root: process.cwd(), name: 'مثال' }).files
 * // ['src/adapters/example.com.ts', 'fixtures/example.com/article.html', 'src/adapters/index.ts']
 */
export function scaffoldAdapter(domain: string, options: ScaffoldOptions): ScaffoldResult {
  checkDomain(domain);
  const name = options.name?.trim() || undefined;
  if (name !== undefined && /[\r\n<>]/.test(name)) throw new ScaffoldError('INVALID_OPTION', 'name must be one line of plain text');
  if (options.timeZone !== undefined) checkZone(options.timeZone);

  const root = options.root;
  const adaptersDir = join(root, 'src', 'adapters');
  const indexPath = join(root, INDEX);
  if (!existsSync(indexPath)) {
    throw new ScaffoldError('NO_REGISTRY', `${indexPath} not found: run this in a maqal checkout (or pass its folder as the root)`);
  }
  const adapterRel = `src/adapters/${domain}.ts`;
  const fixtureRel = `fixtures/${domain}/article.html`;
  if (existsSync(join(root, adapterRel))) {
    throw new ScaffoldError('ADAPTER_EXISTS', `${adapterRel} already exists: edit it (or pick another domain) — nothing was written`);
  }
  if (existsSync(join(root, fixtureRel))) {
    throw new ScaffoldError('ADAPTER_EXISTS', `${fixtureRel} already exists: move it away first — nothing was written`);
  }
  for (const f of readdirSync(adaptersDir).filter((f) => f.endsWith('.ts') && f !== 'index.ts')) {
    if (claimedDomains(readFileSync(join(adaptersDir, f), 'utf8')).includes(domain)) {
      throw new ScaffoldError('ADAPTER_EXISTS', `${domain} is already served by src/adapters/${f}: extend that adapter instead — nothing was written`);
    }
  }
  // Everything is computed before anything is written.
  const index = registerAdapter(readFileSync(indexPath, 'utf8'), domain);
  const adapter = adapterTemplate(domain, name, zoneFor(domain, options.timeZone));
  const fixture = fixtureTemplate(domain, name);

  writeFileSync(join(root, adapterRel), adapter, { flag: 'wx' });
  mkdirSync(join(root, 'fixtures', domain), { recursive: true });
  writeFileSync(join(root, fixtureRel), fixture, { flag: 'wx' });
  writeFileSync(indexPath, index.source);
  return { files: [adapterRel, fixtureRel, INDEX] };
}
