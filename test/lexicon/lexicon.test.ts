import { describe, expect, it } from 'vitest';
import { PUBLISHED_LABELS, UPDATED_LABELS } from '../../src/lexicon/boilerplate.js';
import { goesOnFrom, opensContinuation, describesSite, footnotedName, isFootnote, isPlaceholderTag, mayHoldDateLabel, bylineNames, isEndMarker, endsWithFieldLabel, isMetaLabel, dateLabelOf, dateLabelsIn, isDatelineLine, isDeskByline, isEditorInitials, isSectionLine, splitOnAnd, isPromo, isSignatureLine, isWritingByline, isBylineLabel, headlineWriter, agencyLine, isReadAlso, isSiteDateline, isWidgetTitle, matchKey, namesOutlet, namesPublication, namesTeam, opensMediaCredit, opensWithDateline, opensWithRole } from '../../src/lexicon/index.js';

describe('mayHoldDateLabel', () => {
  it('lets every published and updated label of the lexicon through, and lines without one not', () => {
    for (const label of [...PUBLISHED_LABELS, ...UPDATED_LABELS]) expect(mayHoldDateLabel(`${label}: 2020-01-04 22:45`), label).toBe(true);
    expect(mayHoldDateLabel('آخر تعديل : السبت - 2020-01-04- 22:45')).toBe(true);
    expect(mayHoldDateLabel('السبت - 2020-01-04- 22:45')).toBe(false);
  });
});

describe('matchKey', () => {
  it('unifies the spellings of one phrase', () => {
    expect(matchKey('إقرأ أيضاً')).toBe(matchKey('اقرا ايضا'));
    expect(matchKey('الأكثر قـــراءة')).toBe(matchKey('الاكثر قراءه'));
    expect(matchKey('٢٠٢٠')).toBe('2020');
    // Persian letters on Arabic-language pages of Iranian sites: `تحریر`, `کتب`.
    expect(matchKey('تحریر')).toBe(matchKey('تحرير'));
    expect(matchKey('کتب')).toBe(matchKey('كتب'));
  });
});

describe('boilerplate lines', () => {
  it.each(['اقرأ أيضا: الحكومة تعلن خطة جديدة', 'إقرأ أيضاً', 'اقرأ ايضا ..', 'طالع أيضا: تفاصيل', 'شاهد أيضاً | فيديو', 'أخبار ذات صلة', 'واقرأ أيضًا:', 'وأقرأ أيضا :', 'فاقرأ أيضا خبرا آخر', 'وطالع أيضا:'])(
    'read-also: %s',
    (t) => expect(isReadAlso(t)).toBe(true),
  );
  it.each(['قرأ الرئيس البيان أيضا', 'وأضاف أن الاقتصاد يتحسن', 'شاهدت اللجنة المباراة', 'وتابع أيضا الوزير جولته في المحافظة', 'فقد يهمك أن تعرف أن الموعد تغير', 'وشاهد أيضا الحضور العرض الأول'])('not read-also: %s', (t) =>
    expect(isReadAlso(t)).toBe(false),
  );
  it.each(['الأكثر قراءة', 'الاكثر قراءه', 'شارك', 'إعلان', 'شارك برأيك:', 'الكلمات الدالة', 'عدد المشاهدات: 512', 'المشاهدات : 1,204', '12 مشاركة', 'قراءة : 8 مرات', '…See more', 'See Translation', 'أعجبني', 'إعجاب 12'])('widget title: %s', (t) =>
    expect(isWidgetTitle(t)).toBe(true),
  );
  it('knows the line naming the section a story is filed under, and not a sentence', () => {
    expect(isSectionLine('الفئـة : الجـزائـر')).toBe(true);
    expect(isSectionLine('القسم: أخبار محلية')).toBe(true);
    expect(isSectionLine('القسم: أعلن الوزير اليوم افتتاح المستشفى الجديد في المدينة')).toBe(false);
    expect(isSectionLine('الجزائر: تعديل وزاري')).toBe(false);
  });
  it('parts names at a free-standing و only between full names or agencies', () => {
    expect(splitOnAnd('سامح عادل و منى فؤاد')).toEqual(['سامح عادل', 'منى فؤاد']);
    expect(splitOnAnd('هانى عبد الرازق و أ ش أ')).toEqual(['هانى عبد الرازق', 'أ ش أ']);
    expect(splitOnAnd('سعيد الحلواني وعبد الرحمن موسى')).toEqual(['سعيد الحلواني وعبد الرحمن موسى']);
    expect(splitOnAnd('وزير الخارجية و الدفاع')).toEqual(['وزير الخارجية و الدفاع']);
    expect(splitOnAnd('في القاهرة و الجيزة')).toEqual(['في القاهرة و الجيزة']);
    expect(splitOnAnd('هاني فؤاد ووكالات')).toEqual(['هاني فؤاد', 'وكالات']);
    expect(bylineNames('كتب أحمد سامي - منى فؤاد - كريم حسن')).toEqual(['أحمد سامي', 'منى فؤاد', 'كريم حسن']);
    // A place among them is no reporter: the run is not parted here.
    expect(bylineNames('كتب: القاهرة - أحمد سامي - منى فؤاد')).toBeUndefined();
    expect(splitOnAnd('هاني فؤاد والوكالات المحلية')).toEqual(['هاني فؤاد والوكالات المحلية']);
  });
  it("knows an editor's initials, and not an agency's nor a word", () => {
    expect(isEditorInitials('ع ب ح')).toBe(true);
    expect(isEditorInitials('م ر')).toBe(true);
    expect(isEditorInitials('أ ش أ')).toBe(false);
    expect(isEditorInitials('د ب أ')).toBe(false);
    expect(isEditorInitials('عن بعد')).toBe(false);
    // A desk's slug of letter pairs set with dots and slashes; an agency's dotted initials are its credit.
    for (const t of ['م.ع/ ف.ع', 'ي.ك', 'ن ش/اص/ب ط']) expect(isEditorInitials(t)).toBe(true);
    for (const t of ['د.ب.أ', 'أ.ف.ب', 'من هو', 'ع.ع/ ' + 'ب'.repeat(30)]) expect(isEditorInitials(t)).toBe(false);
  });
  it('does not take a sentence that starts like a widget title for one', () => {
    expect(isWidgetTitle('شارك الآلاف في المسيرة أمس')).toBe(false);
    expect(isWidgetTitle('See more of the city at night')).toBe(false);
  });
  it('knows a photo credit whoever it names, and not a title that opens with صورة or فيديو', async () => {
    const { isCreditLine } = await import('../../src/lexicon/index.js');
    expect(isCreditLine('تصوير : آخرون')).toBe(true);
    expect(isCreditLine('عدسة: محمد حسام')).toBe(true);
    expect(isCreditLine('فيديو: الوزير يفتتح المشروع الجديد')).toBe(false);
    expect(isCreditLine('تصوير المشاهد بدأ أمس في القاهرة')).toBe(false);
  });
  it('knows a meta row\'s bare labels, and a line ending in a field\'s label', () => {
    expect(isMetaLabel('التاريخ')).toBe(true);
    expect(isMetaLabel('Category')).toBe(true);
    expect(isMetaLabel('المصدر:')).toBe(true);
    expect(isMetaLabel('السكان')).toBe(false);
    expect(endsWithFieldLabel('(MENAFN- Al-Bayan) المصدر:')).toBe(true);
    expect(endsWithFieldLabel('(MENAFN- Al-Bayan)')).toBe(false);
    expect(endsWithFieldLabel('وقال الوزير في تصريحات صحفية:')).toBe(false);
  });
  it('finds promo lines', () => {
    expect(isPromo('تابعوا صفحتنا على جوجل نيوز لمعرفة آخر الأخبار')).toBe(true);
    expect(isPromo('قال الوزير إن الحكومة ستواصل العمل')).toBe(false);
    // An independent site's appeal to its readers; a story's sentence quoting such words is not one.
    expect(isPromo('نحن بحاجة إلى دعمك لنواصل إنتاج قصص لا تُروى في مكان آخر. انضمّ إلى مجتمع قرائنا اليوم.')).toBe(true);
    expect(isPromo('وقال رئيس البلدية للسكان في كلمته أمام الحضور إن المدينة تمر بظروف صعبة وإن المجلس يقول لكل مواطن: نحن بحاجة إلى دعمك في هذه المرحلة الدقيقة من تاريخها الطويل.')).toBe(false);
    // A site's standing offer under its reader-complaint stories.
    expect(isPromo('ويقدم الموقع خدمة لاستقبال شكاوى القراء والعمل على حلها من خلال الأرقام التالية: 1234')).toBe(true);
    expect(isPromo('وأعلنت الوزارة رقما لتلقي شكاوى المواطنين عبر الواتس آب')).toBe(false);
    // A call to click (`مشاهدة البث المباشر ( أضغط هــنـــا )`), spelled with hamza and tatweel.
    expect(isPromo('مشاهدة البث المباشر لصلاة العيد ( أضغط هــنـــا )')).toBe(true);
    // In a sentence of the story, past its opening, such words are the story's.
    expect(isPromo('وقال المتحدث إن إجمالي ما صرفه البرنامج بلغ 4 مليارات ريال، ويمكن للمستفيدين الاستعلام عن مستحقاتهم من خلال رابط التسجيل اضغط هنا.')).toBe(false);
    // A disclaimer is a promo where it opens a line; a story may report one in a sentence.
    expect(isPromo('إخلاء مسؤولية: المحتوى المنشور يعبر عن رأي كاتبه ولا يعبر بالضرورة عن رأي الموقع أو سياسته التحريرية بأي شكل.')).toBe(true);
    expect(isPromo('تنويه هام')).toBe(true);
    // So is a channel or an app a story reports on; a promo for it opens its line or is short.
    expect(isPromo('وقالت الحركة في بيان نشرته على تلغرام إن مقاتليها استهدفوا موقعا عسكريا قرب الحدود صباح اليوم.')).toBe(false);
    expect(isPromo('وأطلقت الوزارة تطبيقا جديدا لتلقي إشعارات الطوارئ على الهواتف المحمولة في جميع المحافظات بداية من الشهر المقبل.')).toBe(false);
    expect(isPromo('انضم إلى قناتنا على تلغرام')).toBe(true);
    // A site's alert service and a player's error message; a story may report on either past its opening.
    expect(isPromo('اشترك في خدمة رسائل الموقع لتصلك الأخبار')).toBe(true);
    expect(isPromo('لا يمكن تشغيل الفيديو على هذا المتصفح')).toBe(true);
    expect(isPromo('وقال المسؤول إن نحو ألف مواطن اشترك في خدمة الإنترنت المنزلي الجديدة خلال أسبوعها الأول، وإن الشركة تتوقع ضعف هذا العدد في الشهر المقبل.')).toBe(false);
    expect(isPromo('لمتابعة أخبار الرياضة لحظة بلحظة يمكنكم الاشتراك في خدمة الرسائل القصيرة من الموقع عبر الرابط التالي مباشرة')).toBe(true);
    expect(isPromo('ونشرت الشركة الكبرى أمس بيان إخلاء مسؤولية طويلا أبلغت فيه العملاء بأنها لن تتحمل أي أضرار تنتج عن استخدام المنتج.')).toBe(false);
    expect(isPromo('وأصدرت الوزارة تنويه هام للمواطنين بشأن مواعيد العمل الجديدة في المكاتب خلال أيام العيد المقبلة في كل المحافظات.')).toBe(false);
    expect(isPromo('وأوضح الخبير أن سياسة الخصوصية الجديدة للتطبيق تسمح بمشاركة بيانات المستخدمين مع شركات أخرى، وهو ما أثار جدلا واسعا بين المستخدمين.')).toBe(false);
    expect(isPromo('تابعوا صفحتنا على جوجل نيوز لمعرفة آخر الأخبار أولا بأول، ولتصلكم أهم الأخبار العاجلة والتقارير الحصرية والتحليلات من فريق التحرير كل يوم.')).toBe(true);
  });
});

describe('date labels', () => {
  it('knows published and updated labels', () => {
    expect(dateLabelOf('نشر فى : الثلاثاء 18 فبراير 2020')?.kind).toBe('published');
    expect(dateLabelOf('نُشر في: 2020')?.kind).toBe('published');
    expect(dateLabelOf('آخر تحديث: الأحد')?.kind).toBe('updated');
    expect(dateLabelOf('قال الرئيس')).toBeUndefined();
    // A verb the label is the stem of opens a sentence, not a date line.
    expect(dateLabelOf('نشرت المطربة صورة جديدة')).toBeUndefined();
    expect(dateLabelOf('نشر: 2020-03-01')?.kind).toBe('published');
  });
  it('locates both labels in one line', () => {
    const labels = dateLabelsIn(matchKey('نشر في: الثلاثاء 17 نوفمبر 2015 - 6:59 م | آخر تحديث: الثلاثاء 17 نوفمبر 2015 - 7:10 م'));
    expect(labels.map((l) => l.kind)).toEqual(['published', 'updated']);
  });
});

describe('bylineNames', () => {
  it.each([
    ['كتب: أحمد محمود', ['أحمد محمود']],
    ['كتبت - سارة علي', ['سارة علي']],
    ['كتب-سامي نادر:', ['سامي نادر']],
    ['كتب سامي نادر - تصوير هاني فريد:', ['سامي نادر']],
    ['كتب ـ سامي نادر | فيديو: علي حسن', ['سامي نادر']],
    ['كتب بواسطة سامي نادر', ['سامي نادر']],
    ['بقلم د. خالد حسن', ['د. خالد حسن']],
    ['كتب أحمد علي ومحمد حسن', ['أحمد علي ومحمد حسن']],
    ['كتب: أحمد علي، محمد حسن', ['أحمد علي', 'محمد حسن']],
    ['حوار: منى سامي', ['منى سامي']],
    ['كتب | هشام فريد', ['هشام فريد']],
  ])('%s', (line, names) => expect(bylineNames(line)).toEqual(names));
  it.each(['كتبت الصحيفة في افتتاحيتها أن الحكومة تواجه أزمة كبيرة في قطاع الطاقة هذا العام', 'من المتوقع أن ترتفع الأسعار', 'قال الوزير'])(
    'not a byline: %s',
    (line) => expect(bylineNames(line)).toBeUndefined(),
  );
});

describe('signature lines', () => {
  it('could be a name: two to four words of Arabic letters with no particle, place or label', () => {
    for (const t of ['لمى الحسن', 'منير عبد الله الحسيني', 'وليد سامي']) expect(isSignatureLine(t)).toBe(true);
    for (const t of ['والله ولي التوفيق', 'لمى', 'القاهرة الجديدة', 'آخر تحديث', 'تحيا مصر', 'أحمد 2020', 'رويترز.', 'الأكثر قراءة', 'خمسة أسماء في سطر واحد هنا', 'صحيفة الصيحة', 'جريدة الغد']) expect(isSignatureLine(t)).toBe(false);
  });
});

describe('keyword lists', () => {
  it('describe the site when three words are what a site calls itself', () => {
    expect(describesSite(['صحيفة', 'أونلاين', 'أخبار', 'البحرين', 'جريدة'])).toBe(true);
    expect(describesSite(['اخبار', 'News', 'وكالة اخبارية'])).toBe(true);
    expect(describesSite(['كورونا', 'الصحة', 'أخبار', 'صحيفة'])).toBe(false);
  });
  it('know a placeholder from a topic', () => {
    for (const t of ['تاغ', 'Tags', 'featured', 'غير مصنف']) expect(isPlaceholderTag(t), t).toBe(true);
    for (const t of ['كورونا', 'تاغ الأخبار', 'المختارات']) expect(isPlaceholderTag(t), t).toBe(false);
  });
});

describe('footnoted names', () => {
  it('read a name marked for a footnote, the mark after it', () => {
    expect(footnotedName('سامي خليل *')).toBe('سامي خليل');
    expect(footnotedName(' منى عبد الرحمن*')).toBe('منى عبد الرحمن');
    expect(footnotedName('وليد سامي ٭')).toBe('وليد سامي');
  });
  it('read no name in the footnote itself, in a line that is no name, or with no mark', () => {
    for (const t of ['* وكالة الأنباء', '٭ كاتب وباحث', 'الأكثر قراءة *', 'القاهرة الجديدة *', 'سامي خليل', 'سامي * خليل', 'خمسة أسماء في سطر واحد هنا *', '*']) expect(footnotedName(t), t).toBeUndefined();
  });
  it('know a footnote by the mark it opens with', () => {
    for (const t of ['* وكالة الأنباء', '٭كاتب وباحث', '  * Bloomberg']) expect(isFootnote(t), t).toBe(true);
    for (const t of ['سامي خليل *', '** 2344', '*', 'نص عادي']) expect(isFootnote(t), t).toBe(false);
  });
});

describe('writing bylines', () => {
  it('open with a verb of writing and name someone', () => {
    for (const t of ['كتبت - سارة منصور', 'بقلم: منير الحسيني', 'كتب محمد علي']) expect(isWritingByline(t)).toBe(true);
    for (const t of ['كتبت الصحيفة في افتتاحيتها أن الحكومة تواجه أزمة كبيرة في قطاع الطاقة هذا العام وما بعده', 'تحرير: سارة منصور', 'سارة منصور']) expect(isWritingByline(t)).toBe(false);
  });

  it('headlineWriter: the columnist a headline opens with, before يكتب: / تكتب:', () => {
    expect(headlineWriter('منير الحسيني يكتب: المدارس في زمن الوباء')).toBe('منير الحسيني');
    expect(headlineWriter('د. لمى عبد الله الحسن تكتب : عن الصبر')).toBe('د. لمى عبد الله الحسن');
    for (const t of ['ترامب يكتب: رسالة إلى الناخبين', 'الرئيس يكتب على تويتر: لا تراجع', 'منير الحسيني يكتب المدارس في زمن الوباء', 'في 2020 سامح علي يكتب: عنوان']) expect(headlineWriter(t)).toBeUndefined();
  });

  it('agencyLine: a line naming an agency and nothing else', () => {
    expect(agencyLine('وكالات:')).toBe('وكالات');
    expect(agencyLine('(رويترز)')).toBe('رويترز');
    expect(agencyLine(' أ ش أ - ')).toBe('أ ش أ');
    // The agencies with the article (`الوكالات`), as Gulf papers write them, and the news agencies.
    expect(agencyLine('الوكالات:')).toBe('الوكالات');
    expect(agencyLine('(وكالات الأنباء)')).toBe('وكالات الأنباء');
    for (const t of ['وكالات الأنباء العالمية', 'رويترز: قال الوزير', 'سامي عادل:']) expect(agencyLine(t)).toBeUndefined();
  });

  it('isBylineLabel: a byline label standing alone — a verb of writing, or a noun with its colon', () => {
    for (const t of ['كتب:', 'كتبت', 'بقلم :', 'تحرير:', 'إعداد -', 'By']) expect(isBylineLabel(t)).toBe(true);
    for (const t of ['تحرير', 'كتب: سارة منصور', 'سارة منصور', 'المصدر', 'الأكثر قراءة:']) expect(isBylineLabel(t)).toBe(false);
  });
});

describe('desk bylines', () => {
  it('knows a desk signing a story, and not a sentence or a subheading that opens with such a word', () => {
    for (const t of ['المحرر الاقتصادي', 'محرر الشؤون المحلية:', 'فريق التحرير', 'أسرة التحرير', 'المحرر', 'المحلل المالي', 'المحلل الاقتصادي:']) expect(isDeskByline(t)).toBe(true);
    for (const t of ['المحرر الاقتصادي للصحيفة يكتب عن الأسعار والأجور', 'محرر 2020', 'المحرر قال ذلك.', 'المحررون', 'أرقام الحملة', 'المحلل', 'المحللون الماليون']) expect(isDeskByline(t)).toBe(false);
  });
});

describe('datelines', () => {
  it('knows a place-dash-source line, the tatweel as a dash too', () => {
    for (const t of ['طشقند ـ العرب اليوم', 'القاهرة - أ ش أ', 'دبي - العربية.نت', 'الرياض - فهد العتيبي:']) expect(isDatelineLine(t)).toBe(true);
    for (const t of ['وقال الوزير إن الحكومة - في بيان', 'ارتفع الذهب 2% - الأسواق', 'القاهرة']) expect(isDatelineLine(t)).toBe(false);
    // A place, the paper and its reporter; not a sentence broken by two dashes.
    expect(isDatelineLine('عمان - الدستور - سلمى الخطيب')).toBe(true);
    expect(isDatelineLine('وقال الوزير - في بيان صدر اليوم - إن الحكومة ماضية في خطتها')).toBe(false);
    // A print edition's colon says so for a three-word place or a long name too; without it, a line that long is prose.
    for (const t of ['ريو دي جانيرو - أ ف ب:', 'بندر سري بكاوان - رويترز:', 'الرياض - محمد بن سعد العتيبي:']) expect(isDatelineLine(t)).toBe(true);
    for (const t of ['ريو دي جانيرو - أ ف ب', 'المرحلة الأولى من الخطة - التسجيل', 'وقال وزير الخارجية - في بيان له اليوم:']) expect(isDatelineLine(t)).toBe(false);
  });
  it('reads a tatweel between a place and the site name as a dateline separator', () => {
    expect(isSiteDateline('طشقند ـ العرب اليوم', ['العرب اليوم'])).toBe(true);
    expect(isSiteDateline('مقال عن العرب اليوم', ['العرب اليوم'])).toBe(false);
  });
});

describe('namesPublication', () => {
  it('knows a newspaper or site name from a person', () => {
    expect(namesPublication('صحيفة سبق الإلكترونية')).toBe(true);
    expect(namesPublication('جريدة الأهرام')).toBe(true);
    expect(namesPublication('صحيفة')).toBe(false);
    expect(namesPublication('محمد صحيفة')).toBe(false);
    expect(namesPublication('وكالة الأنباء')).toBe(false);
  });
  it('knows an outlet (a publication, an agency, a channel) from a person', () => {
    for (const n of ['وكالة الأنباء', 'قناة المثال', 'صحيفة سبق']) expect(namesOutlet(n)).toBe(true);
    for (const n of ['ليث الخوالدة', 'وكالة']) expect(namesOutlet(n)).toBe(false);
  });
});

describe('opensMediaCredit', () => {
  it('knows a picture or video credit from a byline', () => {
    expect(opensMediaCredit('تصوير: أحمد حسن')).toBe(true);
    expect(opensMediaCredit('عدسة - منى علي')).toBe(true);
    expect(opensMediaCredit('كتب: أحمد حسن')).toBe(false);
    expect(opensMediaCredit('صورتها الجديدة')).toBe(false);
  });
});

describe('bylineNames and و', () => {
  it('does not split a name that starts with و', () => {
    expect(bylineNames('كتب: أحمد وليد حسن')).toEqual(['أحمد وليد حسن']);
    expect(bylineNames('كتبت- منى وائل الشريف:')).toEqual(['منى وائل الشريف']);
  });
});

describe('matchKey agrees with its definition', () => {
  const reference = (text: string): string =>
    text
      .replace(/[\u064B-\u065F\u0670\u0640\u06D6-\u06ED]/g, '')
      .replace(/[أإآٱ]/g, 'ا')
      .replace(/ى/g, 'ي')
      .replace(/ة/g, 'ه')
      .replace(/ؤ/g, 'و')
      .replace(/ئ/g, 'ي')
      .replace(/ی/g, 'ي')
      .replace(/ک/g, 'ك')
      .replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10))
      .replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\u00A0]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
  it('on random strings of Arabic, Latin, digits, marks and spaces', () => {
    const alphabet = [...'أإآٱاىيئؤوةهیکـًٌٍَُِّْٰ٠٣٩۰۵abcXYZ09 .:،'].concat(['\u00A0', '\u200F', '\u202B', '\n', '\t', '\u2066']);
    let seed = 7;
    const rand = (n: number): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    for (let k = 0; k < 3000; k++) {
      let s = '';
      for (let i = rand(25); i > 0; i--) s += alphabet[rand(alphabet.length)];
      expect(matchKey(s), JSON.stringify(s)).toBe(reference(s));
    }
  });

  it('on lines longer than its scratch buffer, with astral characters and capitals of other scripts', () => {
    const line = 'إقرأ أيضاً: نصٌّ طويلٌ 😀 Éclair ΩMEGA Дом ٢٠٢٤ ';
    for (const n of [1, 40, 300, 5000]) {
      const s = line.repeat(n);
      expect(matchKey(s)).toBe(reference(s));
    }
  });
});

describe('namesTeam', () => {
  it('knows a newsroom\'s team from a writer', () => {
    for (const n of ['فريق رؤيا الإخباري', 'فريق التحرير', 'أسرة التحرير', 'هيئة التحرير', 'Staff']) expect(namesTeam(n)).toBe(true);
    for (const n of ['فريد الأطرش', 'أسامة فريق', 'قاسم محمد']) expect(namesTeam(n)).toBe(false);
  });
});

describe('isEndMarker', () => {
  it('is the end word alone, bracketed, dashed or with a desk code', () => {
    for (const t of ['انتهى', 'انتهی', '(انتهى)', '-انتهى-', 'انتهى ** 2344', 'انتهى الخبر', 'نهاية الخبر']) expect(isEndMarker(t)).toBe(true);
  });
  it('is not a sentence that opens with it', () => {
    for (const t of ['انتهى الاجتماع', 'انتهت المباراة', 'انتهى الاجتماع بعد ساعتين من النقاش الطويل بين الوفدين']) expect(isEndMarker(t)).toBe(false);
  });
});

describe('a lede the next paragraph goes on from', () => {
  it('ends a sentence, and the next paragraph opens with a reporting verb after و or a connective', () => {
    expect(opensContinuation('وأضاف الوزير أن المراكز ستعمل قريبا')).toBe(true);
    expect(opensContinuation('من جهته، قال المحافظ')).toBe(true);
    for (const t of ['كمال الدين يفتتح المعرض', 'وزير الصحة يفتتح ثلاثة مراكز', 'وفاة الفنان']) expect(opensContinuation(t)).toBe(false);
    expect(goesOnFrom('افتتح الوزير ثلاثة مراكز صحية.', 'وأضاف الوزير أن المراكز ستعمل')).toBe(true);
    expect(goesOnFrom('«المراكز جاهزة»', 'كما أعلن الوزير')).toBe(true);
    expect(goesOnFrom('افتتاح ثلاثة مراكز صحية', 'وأضاف الوزير أن المراكز ستعمل')).toBe(false);
    expect(goesOnFrom('افتتح الوزير ثلاثة مراكز صحية.', 'أضاف الوزير أن المراكز ستعمل')).toBe(false);
  });
});

describe('a writer’s job after the name', () => {
  it('opens with a job title, as a whole word', () => {
    for (const t of ['صحافي بالقسم الرياضي', 'مراسلة الموقع في عمّان', 'محرر', 'Reporter at large']) expect(opensWithRole(t), t).toBe(true);
    for (const t of ['صحافيون بلا حدود', 'كريم بوزيدي', 'مراسلات رسمية']) expect(opensWithRole(t), t).toBe(false);
  });
});

describe('opensWithDateline', () => {
  it.each(['طهران(إسنا) - عقد الوزير اجتماعا', 'القاهرة - أعلنت الوزارة', 'الرياض: قالت الهيئة', 'أبوظبي (وام) - أعلنت'])('opens with a dateline: %s', (t) => expect(opensWithDateline(t)).toBe(true));
  it.each(['شركات ملاحة تتحدث عن تأخير', 'تأخير - في تسليم الحاويات', 'وزير الطاقة: الخطة جاهزة'])('does not: %s', (t) => expect(opensWithDateline(t)).toBe(false));
});
