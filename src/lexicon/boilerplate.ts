/**
 * Arabic boilerplate knowledge as data: the phrases that mark a line, box or widget as
 * not part of an article. Matched after `matchKey` spelling normalisation, so one
 * spelling per phrase is enough (إقرأ أيضاً = اقرأ ايضا = اقرا ايضا).
 */

/** Lines/boxes that link to other stories ("read also"), anywhere in a line's start. */
export const READ_ALSO_PHRASES = [
  'اقرأ أيضا', 'اقرأ أيضًا', 'اقرأ كذلك', 'اقرأ المزيد', 'اقرأ ايضا', 'إقرأ أيضا', 'اقرا ايضا',
  // Addressing readers of both genders (`اقرأ/ي أيضًا`).
  'اقرأ/ي أيضا', 'اقرأ/ـي أيضا', 'اقرأ (ي) أيضا',
  'طالع أيضا', 'طالع كذلك', 'طالع ايضا', 'شاهد أيضا', 'شاهد ايضا', 'شاهد كذلك', 'شاهد أيضاً',
  'تابع أيضا', 'انظر أيضا', 'يهمك أيضا', 'قد يهمك', 'قد يهمك أيضا', 'قد يهمك ايضا', 'قد يعجبك', 'قد يعجبك أيضا', 'للمزيد', 'لمزيد من التفاصيل',
  'اقرأ التفاصيل', 'اقرأ أيضاً', 'أقرأ أيضا', 'اقرأ ايضاً', 'مواضيع ذات صلة', 'أخبار ذات صلة', 'اخبار متعلقة',
  'أخبار متعلقة', 'موضوعات ذات صلة', 'موضوعات متعلقة', 'مقالات ذات صلة', 'مواضيع متعلقة', 'ذات صلة',
  'تصفح أيضا', 'المزيد من الأخبار', 'Read also', 'Read more', 'See also', 'Related',
  'لقراءة الخبر من مصدره', 'اقرأ الخبر من المصدر', 'يمكن قراءة الخبر من المصدر', 'لقراءة المقال كاملا', 'اقرأ المقال كاملا',
  'تابع التفاصيل', 'التفاصيل من المصدر', 'انقر هنا', 'اضغط هنا', 'اضغط هنا لقراءة', 'شاهد الفيديو', 'شاهد أيضاً',
] as const;

/** Widget titles and chrome labels: a block whose whole text is one of these is noise. */
export const WIDGET_TITLES = [
  'الأكثر قراءة', 'الأكثر مشاهدة', 'الأكثر تداولا', 'الأكثر تعليقا', 'الأكثر شعبية', 'الاكثر قراءة',
  'آخر الأخبار', 'أحدث الأخبار', 'أخر الأخبار', 'آخر الاخبار', 'عاجل', 'الأخبار العاجلة', 'شريط الأخبار',
  'كلمات متعلقة', 'الكلمات الدالة', 'كلمات دالة', 'كلمات مفتاحية', 'الكلمات المفتاحية', 'كلمات البحث', 'الوسوم', 'وسوم', 'العلامات', 'مواضيع',
  'تابعونا على', 'تابعنا على', 'تابعونا', 'اشترك في النشرة', 'اشترك في النشرة البريدية', 'النشرة البريدية',
  'النشرة الإخبارية', 'اشترك الآن', 'اشترك', 'شارك برأيك', 'استطلاع الرأي', 'استفتاء', 'صوت الآن',
  'أضف تعليق', 'أضف تعليقك', 'أضف تعليقا', 'شارك بتعليقك', 'التعليقات', 'تعليقات', 'اترك تعليقا', 'اكتب تعليقك',
  'إعلان', 'اعلان', 'إعلانات', 'شارك', 'مشاركة', 'شارك الخبر', 'شارك المقال', 'طباعة', 'حجم الخط', 'أرسل لصديق',
  'جميع الحقوق محفوظة', 'حقوق النشر محفوظة', 'الرئيسية', 'القائمة', 'بحث', 'المزيد', 'عرض المزيد', 'شاهد المزيد',
  'فيديو', 'صور', 'صورة', 'انفوجراف', 'ألبوم الصور', 'مصدر الخبر', 'المصدر', 'الخبر التالي', 'الخبر السابق',
  'المقال التالي', 'المقال السابق', 'نسخ الرابط', 'تم نسخ الرابط', 'تطبيق', 'حمل التطبيق',
  'الرابط المختصر', 'رابط مختصر', 'رابط الخبر', 'اقسام فرعية', 'أقسام', 'مشاركة', 'مشاركات', 'تعليق', 'مشاهدة',
  'مشاهدات', 'قراءة', 'الوضع في مصر', 'تحديثات مباشرة', 'أخبار متعلقة', 'اقرأ المزيد', 'طباعة الخبر',
  'موضوع يهمك', 'موضوعات تهمك', 'اخترنا لك', 'اخترنا لكم', 'ننصحك بقراءة', 'عدد المشاهدات', 'المشاهدات',
  'عدد القراءات', 'القراءات', 'عدد الزيارات', 'الزيارات', 'عدد التعليقات', 'Views',
  'تكبير الخط', 'تصغير الخط', 'A A A', 'A A', 'حفظ', 'إرسال', 'اضغط هنا', 'شاهد', 'استمع', 'التالي', 'السابق',
  // A like button's label (`<div class="articlelikebutton">أعجبني</div>`), alone or with its count.
  'أعجبني', 'لم يعجبني', 'إعجاب', 'أعجبني هذا',
  // A reading time (`2 min`, `3 دقائق قراءة`): its number aside, as a counter's.
  'min', 'mins', 'min read', 'دقيقة', 'دقائق', 'دقيقتان', 'دقيقتين', 'دقيقة قراءة', 'دقائق قراءة', 'دقيقة للقراءة', 'دقائق للقراءة', 'وقت القراءة', 'مدة القراءة',
  // A column's link to its writer's archive, beside the writer's name (`<a class="writer-more">مقالات الكاتب</a>`).
  'مقالات الكاتب', 'مقالات أخرى للكاتب', 'المزيد من مقالات الكاتب', 'جميع مقالات الكاتب', 'كل مقالات الكاتب',
  'أرشيف الكاتب', 'مقالات سابقة', 'مقالات سابقة للكاتب', 'المزيد للكاتب',
  // What a social network's post editor leaves behind when its text is pasted in.
  'See more', 'See Translation', 'Show more', 'Read more', 'Voir plus', 'Lire la suite',
] as const;

/** Phrases that mark promotional/social lines inside a body (newsletter, app, Google News, Telegram…), wherever they stand in a line. */
export const PROMO_PHRASES = [
  'تابعوا صفحتنا', 'تابعونا على', 'تابعنا على', 'تابع صفحتنا', 'تابع آخر الأخبار', 'لمتابعة آخر الأخبار',
  'اشترك في قناة', 'اشترك في النشرة',
  'جوجل نيوز', 'جوجل نيوز', 'Google News', 'قناتنا على',
  'جميع الحقوق محفوظة', 'فعل الإشعارات', 'اشترك الآن', 'اشترك لتصلك', 'اشترك في اخبار',
  'خليك في الملعب', 'لتصلك أهم الأخبار', 'مضمون هذا الخبر', 'العهدة على المصدر', 'غير مسئولين عن محتوى', 'غير مسئول عن صحة', 'لاستقبال شكاوى القراء', 'لاستقبال شكاوى القرّاء',
  'غير مسؤولين عن محتوى', 'الآراء الواردة أدناه', 'مراجعة التعليقات',
  'التعليقات المنشورة لا تعبر', 'تنويه: ', 'المقالة تعبر فقط عن رأي',
  'المقالة تعبر عن رأي كاتبها', 'المقال يعبر عن رأي كاتبه', 'المقال يعبر فقط عن رأي',
  // An agency's note that its site carries its subscribers' wire in short (Anadolu's HAS).
  'نظام تدفق الأخبار',
] as const;

/**
 * Words a promo uses that a story's sentence may use too (`… من خلال رابط التسجيل اضغط هنا`, `سياسة
 * الخصوصية الجديدة للتطبيق`, `أصدرت الشركة بيان إخلاء مسؤولية`): a promo only on a short line or at a line's opening.
 */
export const WEAK_PROMO_PHRASES = [
  'الأخبار المنشورة على الموقع', 'الآراء الواردة في', 'لا تعبر بالضرورة عن', 'لا تعكس بالضرورة', 'حمل تطبيق', 'حمّل تطبيق', 'عبر تطبيق', 'الاشتراك في', 'سياسة الخصوصية', 'اضغط هنا', 'انقر هنا', 'إخلاء المسؤولية', 'إخلاء مسؤولية', 'تنويه هام',
  // Channels, apps and guidelines a story may report on (`قالت الحركة في بيان على تلغرام`).
  'لمتابعة أخبار', 'انضم إلى قناة', 'انضم لقناة', 'على تليجرام', 'على تلغرام', 'لتلقي إشعارات', 'إرشادات الاستخدام',
  // A site's SMS or alert service offer (`اشترك في خدمة رسائل …`), a player's error left in the text (`لا يمكن تشغيل الفيديو …`).
  'اشترك في خدمة', 'لا يمكن تشغيل الفيديو', 'متصفحك لا يدعم',
  // An independent site's appeal to its readers under the story (`نحن بحاجة إلى دعمك لنواصل …`).
  'نحن بحاجة إلى دعمك', 'نحن بحاجة لدعمك', 'ادعم الصحافة المستقلة', 'ادعموا الصحافة المستقلة',
] as const;

/** Labels that introduce the publication/update line. */
export const PUBLISHED_LABELS = [
  'نشر في', 'نشر فى', 'نشر', 'نُشر في', 'تاريخ الخبر', 'تارخ النشر' /* a real site's misspelling */, 'نشرت في', 'نشر يوم', 'نشر بتاريخ', 'تاريخ النشر', 'تم النشر', 'منشور', 'أضيف في', 'أضيف بتاريخ', 'بتاريخ',
  'Published',
] as const;
export const UPDATED_LABELS = [
  'آخر تحديث', 'اخر تحديث', 'تم التحديث', 'محدثة', 'تحديث في', 'عُدل في', 'عدل في', 'تاريخ التحديث', 'محدث', 'حدث في', 'تحديث', 'آخر تعديل', 'Updated',
  'Last updated',
] as const;

/**
 * Stems every published/updated label holds, as written (with its diacritics or not): a cheap test that a line may carry
 * one of the labels above before the lexicon reads it. The lexicon's tests check that each label passes it.
 */
export const DATE_LABEL_STEMS = /نشر|نُشر|منشور|تحديث|محدث|حدث|تاريخ|تارخ|أضيف|اضيف|عدل|عُدل|تعديل|معدل|Published|Updated|Posted/i;

/** Words that open a byline: `كتب: فلان`, `بقلم فلان`, `حوار: …`. */
export const BYLINE_PREFIXES = [
  'كتب', 'كتبت', 'كتبه', 'كتبها', 'بقلم', 'حوار', 'تقرير', 'إعداد', 'اعداد', 'متابعة', 'ترجمة', 'تحرير',
  'كتب ـ', 'كتب -', 'كتب بواسطة', 'المحرر', 'مراسل', 'مراسلة', 'من', 'تحقيق', 'رصد', 'بواسطة', 'By',
  // France 24's `نص:` (the text's credit, beside `صور:`), a noun: with its colon only.
  'نص',
] as const;

/**
 * A newsroom desk signing a story in place of a person (`المحرر الاقتصادي`, `فريق التحرير`): set on a
 * line of its own above the first paragraph, it is the byline.
 */
export const DESK_BYLINES = [
  'المحرر', 'محرر', 'هيئة التحرير', 'فريق التحرير', 'أسرة التحرير', 'قسم التحرير', 'غرفة الأخبار', 'قسم الأخبار', 'مكتب التحرير',
  // The paper's market columnist signing as a role (Gulf dailies' `المحلل المالي` over the day's trading).
  'المحلل المالي', 'المحلل الاقتصادي',
] as const;

/**
 * Words that never stand in a person's name (particles, demonstratives, `والله`): a short closing line
 * holding one is a sentence or a sign-off (`والله ولي التوفيق`), not the writer's signature.
 */
export const NOT_IN_NAMES = [
  'في', 'فى', 'من', 'على', 'علي', 'إلى', 'الى', 'عن', 'مع', 'ثم', 'أن', 'إن', 'ان', 'قد', 'لا', 'لم', 'لن', 'ما', 'هذا', 'هذه',
  'ذلك', 'تلك', 'كل', 'بعد', 'قبل', 'حتى', 'والله', 'بالله', 'حفظ', 'رحم', 'هنا', 'هو', 'هي', 'نحن', 'انتهى', 'تحيا', 'عاش', 'شكرا',
] as const;

/** Labels of a source credit line (`المصدر: وكالة الأناضول`): a CMS field shown under the story. */
export const SOURCE_LABELS = ['المصدر', 'مصدر الخبر', 'المصادر', 'هذا الخبر منقول من', 'الخبر منقول من', 'منقول من', 'نقلا عن', 'Source'] as const;

/**
 * Labels of a story's meta fields set apart from their value (`<span>المصدر:</span><ul><li>رويترز</li></ul>`):
 * the value under such a label is a credit, not body text.
 */
export const FIELD_LABELS = ['المصدر', 'مصدر الخبر', 'المصادر', 'الكاتب', 'الكاتبة', 'المؤلف', 'إعداد', 'تصوير', 'التاريخ', 'Source', 'Author'] as const;

/** Labels of the section a story is filed under, written with their value on one line (`الفئـة : الجـزائـر`). */
export const SECTION_LABELS = ['الفئة', 'القسم', 'التصنيف', 'التصنيفات', 'الأقسام', 'القسم الرئيسي', 'Category'] as const;

/** A date's bare label (`<p>التاريخ</p><span>3/22/2020</span>`): in a byline box it names no one. */
export const DATE_WORDS = ['التاريخ', 'تاريخ', 'الوقت', 'الساعة', 'Date', 'Time'] as const;

/**
 * Marks of a photo credit inside or after a caption: who took the picture or where it came from. A label of what
 * kind of picture it is (`- صورة أرشيفية`, `صورة تعبيرية`) is the caption's own, as the page shows it.
 */
export const CREDIT_MARKERS = [
  'تصوير', 'رويترز', 'أ ف ب', 'أ.ف.ب', 'فرانس برس',
  'الأناضول', 'أسوشيتد برس', 'إ ب أ', 'Getty', 'AFP', 'Reuters', 'AP', 'EPA', 'Shutterstock', 'مواقع التواصل',
  'مواقع التواصل الاجتماعي',
] as const;

/**
 * Labels a template sets before a picture's caption or its source, for screen readers or on screen (BBC Arabic's
 * `التعليق على الصورة، …` and `صدر الصورة، Getty Images`), with a comma or a colon after them.
 */
export const CAPTION_LABELS = ['التعليق على الصورة', 'تعليق الصورة', 'تعليق على الصورة', 'التعليق على الفيديو', 'Image caption', 'Caption'] as const;
export const PICTURE_SOURCE_LABELS = ['صدر الصورة', 'مصدر الصورة', 'Image source', 'Picture source'] as const;

/**
 * Words that open the name of a publication (`صحيفة سبق الإلكترونية`): aggregators put the source
 * newspaper in their metadata's author; it is not a byline the page shows.
 */
export const PUBLICATION_WORDS = ['صحيفة', 'جريدة', 'مجلة', 'موقع', 'بوابة'] as const;
/**
 * What a site calls itself in the keywords it writes on every page (`صحيفة, جريدة, أخبار, البحرين, أونلاين`): a list
 * holding three of these describes the site, not the story.
 */
export const SITE_SELF_WORDS = ['صحيفة', 'جريدة', 'مجلة', 'موقع', 'بوابة', 'أخبار', 'خبر', 'أونلاين', 'وكالة', 'موقع إخباري', 'وكالة إخبارية', 'news', 'newspaper', 'online', 'journal', 'magazine'] as const;
/**
 * The label a page sets before the story's list of tag links (`الكلمات المفتاحية:`, `وسوم:`, `المزيد عن:`): a list
 * of links to tag pages showing one of these, or no label, is the story's tags.
 */
export const TAG_LIST_LABELS = [
  'الكلمات المفتاحية', 'كلمات مفتاحية', 'الكلمات الدالة', 'كلمات دالة', 'الكلمات الدلالية', 'كلمات دلالية', 'الكلمات الدليلية',
  'الكلمات الدلائلية', 'كلمات متعلقة', 'الكلمات المتعلقة', 'كلمات البحث', 'الوسوم', 'وسوم', 'الوسم', 'العلامات', 'المزيد عن', 'مواضيع', 'المواضيع', 'موضوعات', 'الموضوعات',
  'تاجز', 'تاغ', 'تاج', 'اقسام فرعية', 'Tags', 'Tag', 'Keywords', 'Topics',
] as const;
/** Keywords that are a template's placeholder or a CMS flag, no topic (`تاغ`, `featured`). */
export const PLACEHOLDER_TAGS = ['تاغ', 'وسم', 'وسوم', 'كلمات دالة', 'tag', 'tags', 'featured', 'uncategorized', 'غير مصنف'] as const;
/** Words a newsroom's collective name opens with (`فريق رؤيا الإخباري`, `أسرة التحرير`): metadata naming a team names no writer. */
export const TEAM_WORDS = ['فريق', 'أسرة', 'هيئة التحرير', 'هيئة تحرير', 'قسم', 'غرفة الأخبار', 'Staff', 'Team', 'Editorial', 'Newsroom'] as const;
/** Agencies written as their initials (`أ ش أ`): a byline, unlike an editor's initials under a wire story. */
/** Logins a CMS installs (`By admin`): an account shown as the byline names nobody when it is one of these. */
export const GENERIC_LOGINS = ['admin', 'administrator', 'editor', 'user', 'webmaster', 'root', 'staff', 'author', 'guest', 'test'] as const;

/** The word a wire story ends on, alone on its last line (IRNA-style `انتهى`, Persian-spelt `انتهی`; brackets, dashes and a desk code around it). */
export const END_MARKERS = ['انتهى', 'انتهى الخبر', 'نهاية الخبر'] as const;

export const AGENCY_INITIALS = ['أ ش أ', 'ا ش ا', 'د ب أ', 'د ب ا', 'أ ف ب', 'ا ف ب', 'إ ب أ', 'ا ب ا', 'ي ب أ', 'ق ن ا'] as const;

/** News agencies a byline names beside a reporter (`هاني فؤاد و رويترز`), by the short names pages show. */
export const NEWS_AGENCIES = [
  ...AGENCY_INITIALS, 'رويترز', 'وكالات', 'الوكالات', 'وكالات الأنباء', 'الأناضول', 'الاناضول', 'سبوتنيك', 'فرانس برس', 'أسوشيتد برس', 'اسوشيتد برس',
  'واس', 'وام', 'قنا', 'كونا', 'بترا', 'سانا', 'بنا', 'العمانية', 'شينخوا', 'الألمانية', 'الفرنسية',
] as const;

/** Words that open the name of a news agency or a channel (`وكالة المثال`): an outlet, never a person. */
export const OUTLET_WORDS = ['وكالة', 'قناة'] as const;

/** Words that open a credit for pictures or video, not for the story (`تصوير: <a href="/editor/…">…</a>`). */
export const MEDIA_CREDIT_OPENERS = ['تصوير', 'عدسة', 'صورة', 'صور', 'كاميرا', 'فيديو', 'مونتاج', 'جرافيك', 'إنفوجراف', 'انفوجرافيك', 'رسوم'] as const;

/** A writer's job as a byline box sets it after the name (`صحافي بالقسم الرياضي`, `مراسل الموقع في عمّان`). */
export const ROLE_OPENERS = [
  'صحافي', 'صحافية', 'صحفي', 'صحفية', 'مراسل', 'مراسلة', 'محرر', 'محررة', 'كاتب', 'كاتبة', 'رئيس قسم', 'رئيسة قسم',
  'رئيس تحرير', 'مدير تحرير', 'نائب رئيس تحرير', 'باحث', 'باحثة', 'محلل', 'محللة', 'خبير', 'خبيرة',
  'Journalist', 'Reporter', 'Correspondent', 'Editor', 'Writer',
] as const;

/**
 * Words that open a paragraph going on from the one before — reported speech and connectives (`وأضاف`, `كما`): no
 * story opens with one, so the line above such a paragraph is the story's first, not a deck.
 */
export const CONTINUATION_OPENERS = [
  // Reporting verbs after و, masculine and feminine (`وأضاف`, `وأضافت`).
  'وأضاف', 'وأضافت', 'وتابع', 'وتابعت', 'وقال', 'وقالت', 'وأكد', 'وأكدت', 'وأشار', 'وأشارت', 'وأوضح', 'وأوضحت', 'ولفت',
  'ولفتت', 'وشدد', 'وشددت', 'وأفاد', 'وأفادت', 'وذكر', 'وذكرت', 'وبين', 'وبينت', 'واعتبر', 'واعتبرت', 'وأعلن', 'وأعلنت',
  'ونقل', 'ونقلت', 'وانتقد', 'وانتقدت', 'وانتقدوا', 'ونشر', 'ونشرت', 'ونشروا', 'ودعا', 'ودعت', 'وطالب', 'وطالبت', 'ورأى',
  'ورأت', 'وأعرب', 'وأعربت', 'وأشاد', 'وأشادت', 'وكشف', 'وكشفت', 'ونفى', 'ونفت', 'ووصف', 'ووصفت', 'وحذر', 'وحذرت',
  'وتداول', 'وتداولت', 'وأظهر', 'وأظهرت', 'وأثار', 'وأثارت', 'وشهد', 'وشهدت', 'وسجل', 'وسجلت', 'وبلغ', 'وبلغت', 'وشارك',
  'وشاركت', 'وتسبب', 'وتسببت', 'وأدى', 'وأدت', 'واستمر', 'واستمرت', 'وتواصل', 'ويواصل', 'وجاء', 'وجاءت', 'وكان', 'وكانت',
  'وتأتي', 'ويأتي', 'ويذكر', 'وتجدر', 'وذلك', 'وبحسب', 'ووفقا',
  // Connectives.
  'كما', 'فيما', 'بينما', 'في حين', 'من جهته', 'من جهتها', 'من جانبه', 'من جانبها', 'إلى ذلك', 'الى ذلك', 'يذكر أن', 'يشار إلى',
] as const;

/** Arabic function words: a line holding one is running prose, not a dateline's place and name. */
export const STOPWORDS = [
  'في', 'من', 'على', 'إلى', 'الى', 'عن', 'مع', 'أن', 'ان', 'إن', 'التي', 'الذي', 'الذين', 'هذا', 'هذه', 'ذلك',
  'تلك', 'كان', 'كانت', 'قد', 'لقد', 'وقد', 'كما', 'حيث', 'بين', 'بعد', 'قبل', 'حتى', 'أو', 'او', 'ثم', 'لم', 'لن',
  'لا', 'ما', 'وفي', 'ومن', 'وأن', 'عند', 'خلال', 'منذ', 'إلا', 'الا', 'هو', 'هي', 'هم', 'وهو', 'وهي', 'أنه', 'انه',
  'إنه', 'أنها', 'كل', 'بعض', 'غير', 'عليه', 'فيه', 'فيها', 'به', 'بها', 'له', 'لها', 'وقال', 'قال', 'وأضاف', 'أضاف',
  'وأكد', 'أكد', 'وأوضح', 'أوضح', 'وأشار', 'أشار', 'إلي', 'علي', 'وذلك', 'عام', 'يوم', 'أمس', 'اليوم', 'أي',
] as const;
