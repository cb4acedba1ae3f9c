import fs from 'node:fs';
import { parseArabicDate } from './src/dates/index.ts';
import { zoneForHost } from './src/lexicon/zones.ts';
const root = '/work/shared/corpus/truth';
let ok = 0, bad = 0;
for (const site of fs.readdirSync(root)) for (const f of fs.readdirSync(`${root}/${site}`)) {
  const j = JSON.parse(fs.readFileSync(`${root}/${site}/${f}`, 'utf8'));
  for (const [t, want] of [[j.published_text, j.published], [j.updated_text, j.updated]]) {
    if (!t || !want) continue;
    const tz = zoneForHost(site);
    const r = parseArabicDate(t, { timeZone: tz });
    const norm = (s: string) => s.replace(/T(\d\d:\d\d)([+-])/, 'T$1:00$2').replace(/:\d\d([+-]\d\d:\d\d)$/, '$1');
    const same = r && (r.iso === want || norm(r.iso) === norm(want) || (r.iso.length > 10 && want.length > 10 && Date.parse(r.iso.replace(/:\d\d([+-])/, ':00$1')) === Date.parse(want.replace(/:\d\d([+-])/, ':00$1').replace(/T(\d\d:\d\d)([+-])/, 'T$1:00$2'))));
    if (same) ok++; else { bad++; console.log(site, tz, JSON.stringify(t), want, '→', r?.iso); }
  }
}
console.log({ ok, bad });
