/**
 * Rewrite every fixtures/<site>/<name>.expected.json from the current output, for review
 * in the diff. A new fixture needs its URL first: the script keeps the `url` of an
 * existing expected file, or reads `<!-- maqal-url: … -->` from the fixture page.
 *
 *   npm run fixtures:update            # all fixtures
 *   npm run fixtures:update -- youm7   # fixtures whose site or name contains "youm7"
 */
import { writeFileSync } from 'node:fs';
import { extract } from '../src/index.js';
import { FIXTURE_NOW, listFixtures } from '../test/fixtures.js';

const filter = process.argv[2];
let n = 0;
for (const f of listFixtures()) {
  if (filter && !`${f.site}/${f.name}`.includes(filter)) continue;
  const url = f.expected?.url ?? /<!--\s*maqal-url:\s*(\S+)\s*-->/.exec(f.html)?.[1];
  const article = extract(f.html, { ...(url ? { url } : {}), now: FIXTURE_NOW });
  writeFileSync(f.expectedPath, `${JSON.stringify(article, null, 2)}\n`);
  n++;
  console.log(`wrote ${f.expectedPath.replace(process.cwd() + '/', '')}`);
}
console.log(`${n} expected file(s) updated — review them with git diff`);
