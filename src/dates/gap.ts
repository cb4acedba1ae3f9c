/**
 * What may stand between the parts of one date: separators, weekday names, label words
 * (`نشر في`, `آخر تحديث`, `الموافق`, `الساعة`, `at`, ISO `T`), era words and written zones.
 * `gapLength` counts those tokens; anything else breaks the date apart.
 */
import type { Span } from './model.js';
import type { Token } from './tokenize.js';
import { ERA, LABEL, WEEKDAY } from './words.js';
import type { PhraseTable } from './words.js';

/** Most filler tokens allowed between two parts of one date. */
export const MAX_GAP = 6;

const FILLER_PUNCT = new Set(['-', '–', '—', '|', '،', ',', '(', ')', '[', ']', '/', '\\', ':', '؛', ';', '.', '«', '»', '•', '·', '_', '<', '>', '"', "'"]);

function oneWordEntries(tables: readonly PhraseTable<unknown>[]): Set<string> {
  const words = new Set<string>();
  for (const tbl of tables) for (const list of tbl.values()) for (const p of list) if (p.words.length === 1) words.add(p.words[0]!);
  return words;
}

const FILLER_WORDS = /* @__PURE__ */ oneWordEntries([WEEKDAY, LABEL, ERA]);

/** Whether token `t` may stand between two parts of a date. */
export function isFiller(t: Token): boolean {
  if (t.kind === 'punct') return FILLER_PUNCT.has(t.norm);
  return t.kind === 'word' && FILLER_WORDS.has(t.norm);
}

/**
 * Weighted length of what lies between token indices `from` and `to` if it is all fillers or
 * written zones (at most MAX_GAP tokens; a zone counts as one), else Infinity. A `|` weighs 2:
 * it usually separates two dates, where `-` or `,` separates the parts of one.
 */
export function gapLength(tokens: readonly Token[], zoneEnds: ReadonlyMap<number, number>, from: number, to: number): number {
  let count = 0;
  let weight = 0;
  let k = from;
  while (k < to) {
    const zoneEnd = zoneEnds.get(k);
    const t = tokens[k]!;
    if (zoneEnd !== undefined) k = zoneEnd;
    else if (isFiller(t)) k++;
    else return Infinity;
    if (++count > MAX_GAP) return Infinity;
    weight += t.norm === '|' ? 2 : 1;
  }
  return weight;
}

/** Start → end token index of every zone span. */
export function zoneEndsOf(spans: readonly Span[]): Map<number, number> {
  const map = new Map<number, number>();
  for (const s of spans) if (s.type === 'zone') map.set(s.start, s.end);
  return map;
}
