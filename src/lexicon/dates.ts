/**
 * Words the Arabic date engine (`src/dates`) reads, as plain data. Data, not logic:
 * spellings are written as sites write them; `src/dates/words.ts` folds each one with the
 * engine's matching normalisation (no tatweel or diacritics, أ إ آ ٱ → ا, ى → ي, ة → ه,
 * Latin lower-cased) before matching, so one spelling per folded form is enough, but common
 * variants are listed anyway to document what is read. Multi-word entries are separated by
 * spaces; a `.` inside an entry (`ت.غ`, `a.m`) may also be written with or without dots.
 */

/** A Gregorian month name and its month number (1–12). */
export type MonthEntry = readonly [spelling: string, month: number];

/** Gregorian month names by regional family. */
export const GREGORIAN_MONTHS: Readonly<Record<'egyptian' | 'levantine' | 'maghrebi' | 'moroccan' | 'english' | 'french', readonly MonthEntry[]>> = {
  /** Egypt, Sudan, the Gulf, most pan-Arab sites. */
  egyptian: [
    ['يناير', 1], ['فبراير', 2], ['مارس', 3], ['أبريل', 4], ['إبريل', 4], ['ابريل', 4], ['مايو', 5],
    ['يونيو', 6], ['يونيه', 6], ['يوليو', 7], ['يوليه', 7], ['أغسطس', 8], ['اغسطس', 8], ['أغسطوس', 8],
    ['سبتمبر', 9], ['أكتوبر', 10], ['اكتوبر', 10], ['نوفمبر', 11], ['ديسمبر', 12],
  ],
  /** Syria, Lebanon, Jordan, Palestine, Iraq (Syriac month names). */
  levantine: [
    ['كانون الثاني', 1], ['كانون ثاني', 1], ['شباط', 2], ['آذار', 3], ['اذار', 3], ['نيسان', 4], ['أيار', 5],
    ['ايار', 5], ['حزيران', 6], ['تموز', 7], ['آب', 8], ['اب', 8], ['أيلول', 9], ['ايلول', 9],
    ['تشرين الأول', 10], ['تشرين اول', 10], ['تشرين الثاني', 11], ['تشرين ثاني', 11],
    ['كانون الأول', 12], ['كانون اول', 12],
  ],
  /** Algeria and Tunisia (French-derived). */
  maghrebi: [
    ['جانفي', 1], ['جانفييه', 1], ['فيفري', 2], ['مارس', 3], ['أفريل', 4], ['افريل', 4], ['ماي', 5],
    ['جوان', 6], ['جويلية', 7], ['جويليه', 7], ['أوت', 8], ['اوت', 8], ['سبتمبر', 9], ['أكتوبر', 10],
    ['نوفمبر', 11], ['ديسمبر', 12],
  ],
  /** Morocco. */
  moroccan: [
    ['يناير', 1], ['فبراير', 2], ['مارس', 3], ['أبريل', 4], ['ماي', 5], ['يونيو', 6], ['يوليوز', 7],
    ['غشت', 8], ['شتنبر', 9], ['أكتوبر', 10], ['نونبر', 11], ['دجنبر', 12],
  ],
  english: [
    ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
    ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9],
    ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12],
    ['dec', 12],
  ],
  /** French, as North African sites print it (accents optional). */
  french: [
    ['janvier', 1], ['février', 2], ['mars', 3], ['avril', 4], ['mai', 5], ['juin', 6], ['juillet', 7],
    ['août', 8], ['septembre', 9], ['octobre', 10], ['novembre', 11], ['décembre', 12],
  ],
};

/** Hijri (Islamic) month names and their numbers (1 = محرم … 12 = ذو الحجة). */
export const HIJRI_MONTHS: readonly MonthEntry[] = [
  ['محرم', 1], ['المحرم', 1], ['مُحَرَّم', 1],
  ['صفر', 2],
  ['ربيع الأول', 3], ['ربيع الاول', 3], ['ربيع أول', 3], ['ربيع اول', 3],
  ['ربيع الثاني', 4], ['ربيع الآخر', 4], ['ربيع الاخر', 4], ['ربيع ثاني', 4], ['ربيع آخر', 4],
  ['جمادى الأولى', 5], ['جمادى الأول', 5], ['جمادى الاولى', 5], ['جمادي الأولى', 5], ['جمادي الأول', 5], ['جمادى أولى', 5],
  ['جمادى الآخرة', 6], ['جمادى الاخرة', 6], ['جمادى الآخر', 6], ['جمادى الثانية', 6], ['جمادى الثاني', 6],
  ['جمادي الآخرة', 6], ['جمادي الثانية', 6], ['جمادى آخرة', 6],
  ['رجب', 7], ['شعبان', 8], ['رمضان', 9], ['شوال', 10],
  ['ذو القعدة', 11], ['ذي القعدة', 11], ['ذو القعده', 11], ['ذوالقعدة', 11], ['ذيالقعدة', 11],
  ['ذو الحجة', 12], ['ذي الحجة', 12], ['ذو الحجه', 12], ['ذوالحجة', 12], ['ذيالحجة', 12],
];

/** Weekday names (0 = Sunday). Read as context only; the engine does not check them against the date. */
export const WEEKDAYS: readonly (readonly [spelling: string, day: number])[] = [
  ['الأحد', 0], ['الاحد', 0],
  ['الاثنين', 1], ['الإثنين', 1], ['الأثنين', 1], ['الاتنين', 1], ['اثنين', 1],
  ['الثلاثاء', 2], ['الثلاثا', 2], ['الثلثاء', 2],
  ['الأربعاء', 3], ['الاربعاء', 3], ['الأربعا', 3], ['الاربعا', 3],
  ['الخميس', 4], ['الجمعة', 5], ['الجمعه', 5], ['السبت', 6],
  ['sunday', 0], ['sun', 0], ['monday', 1], ['mon', 1], ['tuesday', 2], ['tue', 2], ['tues', 2],
  ['wednesday', 3], ['wed', 3], ['thursday', 4], ['thu', 4], ['thur', 4], ['thurs', 4], ['friday', 5],
  ['fri', 5], ['saturday', 6], ['sat', 6],
  ['dimanche', 0], ['lundi', 1], ['mardi', 2], ['mercredi', 3], ['jeudi', 4], ['vendredi', 5], ['samedi', 6],
];

/**
 * What a word after a clock time says about the half of the day:
 * `am` (12 → 0), `pm` (1–11 → +12), `noon` (12 stays, 1–6 → +12), `night` (12 → 0, 6–11 → +12).
 */
export type MeridiemKind = 'am' | 'pm' | 'noon' | 'night';

export const MERIDIEM_WORDS: readonly (readonly [spelling: string, kind: MeridiemKind])[] = [
  ['ص', 'am'], ['صباحا', 'am'], ['صباحاً', 'am'], ['صباحًا', 'am'], ['صباح', 'am'], ['صبحا', 'am'], ['الصبح', 'am'],
  ['فجرا', 'am'], ['فجراً', 'am'], ['فجر', 'am'], ['الفجر', 'am'],
  ['am', 'am'], ['a.m', 'am'],
  ['م', 'pm'], ['مساء', 'pm'], ['مساءً', 'pm'], ['مساءا', 'pm'], ['مساءاً', 'pm'], ['مسا', 'pm'],
  ['عصرا', 'pm'], ['عصراً', 'pm'], ['عصر', 'pm'], ['العصر', 'pm'], ['بعد الظهر', 'pm'], ['بعد العصر', 'pm'],
  ['pm', 'pm'], ['p.m', 'pm'],
  ['ظهرا', 'noon'], ['ظهراً', 'noon'], ['ظهرًا', 'noon'], ['الظهر', 'noon'], ['ظهر', 'noon'],
  ['ليلا', 'night'], ['ليلاً', 'night'], ['ليلًا', 'night'], ['الليل', 'night'], ['ليل', 'night'],
];

/** Words that introduce a place whose clock a time is in: `بتوقيت القاهرة`. */
export const ZONE_PREFIXES: readonly string[] = ['توقيت', 'بتوقيت', 'حسب توقيت', 'بحسب توقيت', 'وفق توقيت', 'وفقا لتوقيت'];

/** Places after a zone prefix (`بتوقيت …`) and the IANA zone they mean. `UTC` stands for GMT/UTC. */
export const ZONE_PLACES: readonly (readonly [spelling: string, zone: string])[] = [
  ['القاهرة', 'Africa/Cairo'], ['مصر', 'Africa/Cairo'],
  ['مكة المكرمة', 'Asia/Riyadh'], ['مكة', 'Asia/Riyadh'], ['السعودية', 'Asia/Riyadh'], ['الرياض', 'Asia/Riyadh'], ['جدة', 'Asia/Riyadh'],
  ['أبوظبي', 'Asia/Dubai'], ['أبو ظبي', 'Asia/Dubai'], ['الإمارات', 'Asia/Dubai'], ['دبي', 'Asia/Dubai'],
  ['بيروت', 'Asia/Beirut'], ['لبنان', 'Asia/Beirut'],
  ['دمشق', 'Asia/Damascus'], ['سوريا', 'Asia/Damascus'], ['سورية', 'Asia/Damascus'],
  // `عمان` folds both عمّان (Amman) and عُمان (Oman); read as Amman, `سلطنة عمان` is Oman.
  ['عمان', 'Asia/Amman'], ['عمّان', 'Asia/Amman'], ['الأردن', 'Asia/Amman'],
  ['القدس', 'Asia/Jerusalem'], ['فلسطين', 'Asia/Hebron'], ['رام الله', 'Asia/Hebron'], ['غزة', 'Asia/Gaza'],
  ['بغداد', 'Asia/Baghdad'], ['العراق', 'Asia/Baghdad'],
  ['الجزائر', 'Africa/Algiers'], ['تونس', 'Africa/Tunis'],
  ['المغرب', 'Africa/Casablanca'], ['الرباط', 'Africa/Casablanca'], ['الدار البيضاء', 'Africa/Casablanca'],
  ['الكويت', 'Asia/Kuwait'], ['الدوحة', 'Asia/Qatar'], ['قطر', 'Asia/Qatar'], ['المنامة', 'Asia/Bahrain'],
  ['البحرين', 'Asia/Bahrain'], ['مسقط', 'Asia/Muscat'], ['سلطنة عمان', 'Asia/Muscat'],
  ['الخرطوم', 'Africa/Khartoum'], ['السودان', 'Africa/Khartoum'], ['صنعاء', 'Asia/Aden'], ['اليمن', 'Asia/Aden'],
  ['ليبيا', 'Africa/Tripoli'], ['طرابلس الغرب', 'Africa/Tripoli'], ['نواكشوط', 'Africa/Nouakchott'], ['موريتانيا', 'Africa/Nouakchott'],
  // Neighbours whose Arabic services write their own clock (`بتوقيت طهران`).
  ['طهران', 'Asia/Tehran'], ['إيران', 'Asia/Tehran'], ['أنقرة', 'Europe/Istanbul'], ['إسطنبول', 'Europe/Istanbul'], ['تركيا', 'Europe/Istanbul'],
  ['موسكو', 'Europe/Moscow'], ['لندن', 'Europe/London'], ['باريس', 'Europe/Paris'],
  ['غرينتش', 'UTC'], ['غرينيتش', 'UTC'], ['جرينتش', 'UTC'], ['جرينيتش', 'UTC'], ['قرينتش', 'UTC'], ['greenwich', 'UTC'],
];

/** Zone words that stand alone (no prefix needed), optionally followed by an offset (`GMT+3`). */
export const ZONE_CODES: readonly (readonly [spelling: string, zone: string])[] = [
  ['GMT', 'UTC'], ['UTC', 'UTC'], ['UT', 'UTC'], ['ت.غ', 'UTC'], ['ت غ', 'UTC'],
  ['غرينتش', 'UTC'], ['غرينيتش', 'UTC'], ['جرينتش', 'UTC'], ['جرينيتش', 'UTC'], ['قرينتش', 'UTC'],
  ['KSA', 'Asia/Riyadh'],
  // Gulf Standard Time, how Dubai-edited sites label their clock (`01:04 م GST`).
  ['GST', 'Asia/Dubai'],
];

/** Units of relative time. */
export type RelativeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';
/** Grammatical number of a unit word: `one` (ساعة), `two` (dual, ساعتين), `many` (plural, ساعات). */
export type UnitForm = 'one' | 'two' | 'many';

export const RELATIVE_UNITS: readonly (readonly [spelling: string, unit: RelativeUnit, form: UnitForm])[] = [
  ['ثانية', 'second', 'one'], ['ثانيتين', 'second', 'two'], ['ثانيتان', 'second', 'two'], ['ثوان', 'second', 'many'], ['ثواني', 'second', 'many'],
  ['دقيقة', 'minute', 'one'], ['دقيقتين', 'minute', 'two'], ['دقيقتان', 'minute', 'two'], ['دقائق', 'minute', 'many'], ['دقايق', 'minute', 'many'],
  ['ساعة', 'hour', 'one'], ['ساعتين', 'hour', 'two'], ['ساعتان', 'hour', 'two'], ['ساعات', 'hour', 'many'],
  ['يوم', 'day', 'one'], ['يومين', 'day', 'two'], ['يومان', 'day', 'two'], ['أيام', 'day', 'many'],
  ['أسبوع', 'week', 'one'], ['أسبوعين', 'week', 'two'], ['أسبوعان', 'week', 'two'], ['أسابيع', 'week', 'many'],
  ['شهر', 'month', 'one'], ['شهرين', 'month', 'two'], ['شهران', 'month', 'two'], ['أشهر', 'month', 'many'], ['شهور', 'month', 'many'],
  ['سنة', 'year', 'one'], ['عام', 'year', 'one'], ['سنتين', 'year', 'two'], ['عامين', 'year', 'two'], ['سنوات', 'year', 'many'], ['أعوام', 'year', 'many'],
  // Abbreviations, read only with a number: `منذ 5 د`, `منذ 2 س`, `5m ago`, `2h ago`, `3d ago`.
  ['د', 'minute', 'many'], ['س', 'hour', 'many'], ['m', 'minute', 'many'], ['h', 'hour', 'many'], ['d', 'day', 'many'],
  ['second', 'second', 'one'], ['seconds', 'second', 'many'], ['sec', 'second', 'one'], ['secs', 'second', 'many'],
  ['minute', 'minute', 'one'], ['minutes', 'minute', 'many'], ['min', 'minute', 'one'], ['mins', 'minute', 'many'],
  ['hour', 'hour', 'one'], ['hours', 'hour', 'many'], ['hr', 'hour', 'one'], ['hrs', 'hour', 'many'],
  ['day', 'day', 'one'], ['days', 'day', 'many'], ['week', 'week', 'one'], ['weeks', 'week', 'many'],
  ['month', 'month', 'one'], ['months', 'month', 'many'], ['year', 'year', 'one'], ['years', 'year', 'many'],
];

/** Words before a relative amount: `منذ 5 دقائق`, `قبل يومين`. */
export const RELATIVE_PREFIXES: readonly string[] = ['منذ', 'مند', 'قبل'];
/** Words after a relative amount: `5 minutes ago`, `20 ساعة مضت`. */
export const RELATIVE_SUFFIXES: readonly string[] = ['ago', 'مضت', 'مضى', 'خلت'];
/** Hedges allowed between the prefix and the amount: `منذ حوالي ساعة`. */
export const RELATIVE_HEDGES: readonly string[] = ['حوالي', 'حوالى', 'نحو', 'قرابة', 'زهاء', 'about', 'around'];

/** Day words and how many days before `now` they mean. */
export const RELATIVE_DAYS: readonly (readonly [spelling: string, daysAgo: number])[] = [
  ['اليوم', 0], ['أمس', 1], ['امس', 1], ['البارحة', 1], ['أول أمس', 2], ['أول من أمس', 2], ['اول امس', 2],
  ['today', 0], ['yesterday', 1],
];

/** Words for "now / moments ago". */
export const NOW_WORDS: readonly string[] = [
  'الآن', 'الان', 'منذ لحظات', 'قبل لحظات', 'منذ لحظة', 'قبل لحظة', 'منذ قليل', 'قبل قليل', 'للتو', 'just now', 'moments ago',
];

/** Number words that may stand for the amount in a relative time. */
export const NUMBER_WORDS: readonly (readonly [spelling: string, value: number])[] = [
  ['واحد', 1], ['واحدة', 1], ['اثنين', 2], ['اثنتين', 2], ['اثنان', 2], ['اثنتان', 2], ['ثلاث', 3], ['ثلاثة', 3],
  ['أربع', 4], ['أربعة', 4], ['خمس', 5], ['خمسة', 5], ['ست', 6], ['ستة', 6], ['سبع', 7], ['سبعة', 7],
  ['ثماني', 8], ['ثمان', 8], ['ثمانية', 8], ['تسع', 9], ['تسعة', 9], ['عشر', 10], ['عشرة', 10],
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10],
];

/** Era markers after a year: `2015م`, `1441 هـ`. */
export const ERA_WORDS: readonly (readonly [spelling: string, calendar: 'gregorian' | 'hijri'])[] = [
  ['م', 'gregorian'], ['ميلادي', 'gregorian'], ['ميلادية', 'gregorian'], ['ميلاديا', 'gregorian'], ['AD', 'gregorian'], ['CE', 'gregorian'],
  ['هـ', 'hijri'], ['ه', 'hijri'], ['هجري', 'hijri'], ['هجرية', 'hijri'], ['هجريا', 'hijri'], ['AH', 'hijri'],
];

/**
 * Label and linking words that may stand between the parts of one date (`نشر في`, `آخر تحديث`,
 * `الموافق`, `الساعة`, `at`) without breaking it. `T` is the ISO 8601 date/time separator.
 */
export const DATE_LABEL_WORDS: readonly string[] = [
  'نشر', 'نشرت', 'نشره', 'منشور', 'تم', 'النشر', 'تاريخ', 'بتاريخ', 'تارخ', 'آخر', 'اخر', 'تحديث', 'التحديث',
  'تحديثه', 'محدث', 'محدثة', 'حدث', 'تعديل', 'التعديل', 'الموافق', 'الموافقة', 'موافق', 'ل', 'في', 'فى', 'يوم',
  'الساعة', 'الساعه', 'الوقت', 'التاريخ', 'عند', 'على', 'تمام', 'من',
  'published', 'posted', 'updated', 'last', 'modified', 'on', 'at', 'date', 'time', 'of', 't',
];
