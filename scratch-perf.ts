import { findArabicDates, parseArabicDate } from './src/dates/index.ts';
const MB = 1_000_000;
const H: Record<string,string> = {
  letters: 'a'.repeat(MB), digits: '1'.repeat(MB), colons: '1:'.repeat(MB / 2), slashes: '١/'.repeat(MB / 2), dots: '1.1.'.repeat(MB / 4),
  tatweel: 'ـ'.repeat(MB), parens: '('.repeat(MB), spaces: ' '.repeat(MB), since: 'منذ '.repeat(MB / 4), months: 'نوفمبر '.repeat(MB / 7),
  dayMonths: '17 نوفمبر '.repeat(MB / 10), doubled: 'شباط/فبراير/'.repeat(MB / 12), weekdays: 'الثلاثاء، '.repeat(MB / 10),
  times: '6:59 م '.repeat(MB / 7), gmt: 'GMT+3 '.repeat(MB / 6), relative: 'منذ 5 '.repeat(MB / 6), mixed: 'نشر في: 17/11/20155 - 99:99 م بتوقيت | '.repeat(MB / 40),
  lines: 'الثلاثاء 17 نوفمبر 2015 - 6:59 م | '.repeat(MB/35),
};
for (const [k, t] of Object.entries(H)) { const t0 = performance.now(); const r = findArabicDates(t); const t1 = performance.now(); parseArabicDate(t); const t2=performance.now(); console.log(k.padEnd(10), (t1-t0).toFixed(0).padStart(6),'ms find', r.length, (t2-t1).toFixed(1), 'ms parse'); }
