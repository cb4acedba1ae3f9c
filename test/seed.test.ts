/**
 * The project's seed page: a shorouknews.com article (17 Nov 2015) captured in April 2024,
 * rebuilt as fixtures/shorouknews.com/seed.html on the site's real markup. The values below
 * are /work/shared/seed/expected.json, written out so the test stands on its own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExtractor, extract } from '../src/index.js';
import { FIXTURE_NOW, FIXTURES } from './fixtures.js';

const html = readFileSync(join(FIXTURES, 'shorouknews.com', 'seed.html'), 'utf8');
const url = /<!--\s*maqal-url:\s*(\S+)\s*-->/.exec(html)![1]!;

const HEADLINE = 'روسيا وفرنسا تتفقان على التعاون عسكريا واستخباريا في العمليات في سوريا';
const PUBLISHED = '2015-11-17T18:59:00+02:00';
const UPDATED = '2015-11-17T18:59:00+02:00';
const BODY = [
  'اتفق الرئيسان الروسي، فلاديمير بوتين، والفرنسي، فرانسوا هولاند، على زيادة التعاون بين قواتهما المسلحة ووكالاتهما الاستخبارية في عملياتهما في سوريا، في أعقاب الهجمات التي تعرضت لها باريس، وتحطم الطائرة الروسية، بحسب ما ذكره الكرملين.',
  'وجاء ذلك في بيان أصدره الكرملين الثلاثاء بعد مكالمة هاتفية بين الزعيمين.',
  'وكان بوتين، الذي تحدث بعد أربعة أيام فقط من الهجمات على باريس التي قتل فيها 129 شخصا، قد أمر البحرية الروسية بالتواصل مع حاملة الطائرات الفرنسية الموجودة في المنطقة، والتعامل مع الفرنسيين باعتبارهم حلفاء.',
  'وأضاف أن روسيا قد تطور خطة مشتركة بشأن سوريا مع البحرية الفرنسية.',
  'وقالت روسيا الثلاثاء إنها شنت هجوما قويا على مواقع لتنظيم "الدولة الإسلامية" في سوريا، في تصعيد لحملتها الجوية.',
  'وأكد وزير الدفاع الروسي، سيرغي شويغو، التقارير الأمريكية والفرنسية التي تفيد بأن موسكو استخدمت في الهجوم قاذفات طويلة المدى، وصواريخ كروز.',
  'وأضاف أن الطائرات الروسية أطلقت صواريخ على مواقع التنظيم في الرقة، معقله القوي، ودير الزور شرقي سوريا، بينما استهدفت القاذفات المنطقة الشمالية.',
  'وقال رئيس الأركان للرئيس الروسي الذي كان يزور مركز القيادة في وزارة الدفاع الروسية، إن القوات الجوية شنت 2300 طلعة في سوريا خلال الثماني وأربعين ساعة الماضي.',
  'وكان الرئيس الروسي، فلاديمير بوتين، قد حذر في وقت سابق، "بانتقام وشيك" من تنظيم "الدولة الإسلامية"، عقب إعلان التأكيد بأن سبب تحطم الطائرة الروسية في مصر الشهر الماضي كان قنبلة زرعت فيها.',
  'وقد لقي ركابها وطاقمها الـ224، ومعظمهم من الروس، حتفهم.',
];
const CAPTIONS = [
  'هذه هي المرة الثانية التي تعلن فيها روسيا استخدام صواريخ كروز في قصف مواقع تنظيم الدولة',
  'الرئيس بوتين أمر البحرية الروسية بالتواصل مع حاملة الطائرات الفرنسية والتعامل معها كحليف',
  'بوتين زار مركز القايدة في وزارة الدفاع',
];
const NOISE = [
  'الأكثر قراءة',
  'قد يعجبك أيضا',
  'شارك برأيك',
  'هل تؤيد دعوات مقاطعة بعض المطاعم التي ثبت دعمها لجنود الاحتلال؟',
  'شارك بتعليقك',
  'الأربعاء 24 أبريل 2024 4:59 م',
  'نشر في:',
];

describe('seed page (shorouknews.com, with its adapter)', () => {
  const article = extract(html, { url, now: FIXTURE_NOW });

  it('uses the shorouknews adapter and names the site', () => {
    expect(article.adapter).toBe('shorouknews.com');
    expect(article.site.name).toBe('بوابة الشروق');
    expect(article.site.domain).toBe('shorouknews.com');
  });

  it('reads the headline', () => {
    expect(article.headline).toBe(HEADLINE);
  });

  it('reads the article dates, not the header clock', () => {
    expect(article.published?.iso).toBe(PUBLISHED);
    expect(article.updated?.iso).toBe(UPDATED);
  });

  it('keeps the 10 body paragraphs, in order', () => {
    expect(article.body.filter((b) => b.type === 'paragraph').map((b) => (b as { text: string }).text)).toEqual(BODY);
  });

  it('captions the lead image and both in-body images, lead first', () => {
    expect(article.images.map((i) => i.caption)).toEqual(CAPTIONS);
    expect(article.leadImage?.caption).toBe(CAPTIONS[0]);
  });

  it('leaves captions and page noise out of the text', () => {
    for (const n of NOISE) expect(article.text).not.toContain(n);
    for (const c of CAPTIONS) expect(article.text).not.toContain(c);
  });
});

describe('seed page (generic extractor only)', () => {
  const article = createExtractor({ adapters: [] }).extract(html, { url, now: FIXTURE_NOW });

  it('is extracted without an adapter', () => {
    expect(article.adapter).toBe('generic');
  });

  it('reads the headline', () => {
    expect(article.headline).toBe(HEADLINE);
  });

  it('reads the published date, not the header clock', () => {
    expect(article.published?.iso).toBe(PUBLISHED);
  });

  it('leaks no page noise into the text', () => {
    for (const n of NOISE) expect(article.text).not.toContain(n);
  });
});
