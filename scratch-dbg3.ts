import { tokenize } from './src/dates/tokenize.ts';
import { scanSpans } from './src/dates/spans.ts';
import { assemble } from './src/dates/assemble.ts';
const line = 'الثلاثاء 17 نوفمبر 2015 - 6:59 م | ';
const text = ' - 6:59 م | ' + line.repeat(3) + 'الثلاثاء 17';
const tokens = tokenize(text);
const spans = scanSpans(tokens);
console.log(spans.map(s => s.type + ':' + s.start + '-' + s.end).join(' '));
console.log(assemble(tokens, spans).map(c => [c.start, c.end, c.clock]));
