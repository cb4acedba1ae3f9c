import { findArabicDates } from './src/dates/index.ts';
const options = { timeZone: 'Africa/Cairo', now: new Date('2025-06-15T12:00:00Z') };
const line = 'الثلاثاء 17 نوفمبر 2015 - 6:59 م | ';
const text = line.repeat(400);
const found = findArabicDates(text, options);
console.log(found.length);
const idx = new Set(found.map(f=>f.index));
for (let k=0;k<400;k++){ if(!idx.has(k*line.length)) { console.log('missing', k, k*line.length); if (k>20) break; } }
console.log(found.filter(f => f.index % line.length !== 0).slice(0,5));
