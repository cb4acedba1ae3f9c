/**
 * Phrase tables built from the lexicon (`src/lexicon/dates.ts`), and longest-match lookup of a
 * phrase at a token position. Built once per module load; each table is a small Map.
 */
import {
  DATE_LABEL_WORDS, ERA_WORDS, GREGORIAN_MONTHS, HIJRI_MONTHS, MERIDIEM_WORDS, NOW_WORDS, NUMBER_WORDS,
  RELATIVE_DAYS, RELATIVE_HEDGES, RELATIVE_PREFIXES, RELATIVE_SUFFIXES, RELATIVE_UNITS, WEEKDAYS, ZONE_CODES,
  ZONE_PLACES, ZONE_PREFIXES,
} from '../lexicon/dates.js';
import type { MeridiemKind, RelativeUnit, UnitForm } from '../lexicon/dates.js';
import { normaliseWord } from './normalise.js';
import type { Token } from './tokenize.js';

interface Phrase<V> {
  words: string[];
  value: V;
}

export type PhraseTable<V> = ReadonlyMap<string, readonly Phrase<V>[]>;

function splitPhrase(spelling: string): string[] {
  return spelling.split(/[ .]/).map(normaliseWord).filter((w) => w.length > 0);
}

function table<V>(entries: readonly (readonly [string, V])[]): PhraseTable<V> {
  const map = new Map<string, Phrase<V>[]>();
  for (const [spelling, value] of entries) {
    const words = splitPhrase(spelling);
    const list = map.get(words[0]!) ?? [];
    list.push({ words, value });
    map.set(words[0]!, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
}

const flag = (list: readonly string[]): (readonly [string, true])[] => list.map((w) => [w, true] as const);

export const MONTHS = /* @__PURE__ */ table(Object.values(GREGORIAN_MONTHS).flat());
export const HIJRI = /* @__PURE__ */ table(HIJRI_MONTHS);
export const WEEKDAY = /* @__PURE__ */ table(WEEKDAYS);
export const MERIDIEM = /* @__PURE__ */ table<MeridiemKind>(MERIDIEM_WORDS);
export const ZONE_PREFIX = /* @__PURE__ */ table(flag(ZONE_PREFIXES));
export const ZONE_PLACE = /* @__PURE__ */ table(ZONE_PLACES);
export const ZONE_CODE = /* @__PURE__ */ table(ZONE_CODES);
export const UNIT = /* @__PURE__ */ table<{ unit: RelativeUnit; form: UnitForm }>(
  RELATIVE_UNITS.map(([w, unit, form]) => [w, { unit, form }] as const),
);
export const REL_PREFIX = /* @__PURE__ */ table(flag(RELATIVE_PREFIXES));
export const REL_SUFFIX = /* @__PURE__ */ table(flag(RELATIVE_SUFFIXES));
export const HEDGE = /* @__PURE__ */ table(flag(RELATIVE_HEDGES));
export const REL_DAY = /* @__PURE__ */ table(RELATIVE_DAYS);
export const NOW = /* @__PURE__ */ table(flag(NOW_WORDS));
export const NUMBER_WORD = /* @__PURE__ */ table(NUMBER_WORDS);
export const ERA = /* @__PURE__ */ table(ERA_WORDS);
export const LABEL = /* @__PURE__ */ table(flag(DATE_LABEL_WORDS));

export interface Match<V> {
  value: V;
  /** Index of the first token after the phrase. */
  end: number;
}

function matchWords(tokens: readonly Token[], i: number, words: readonly string[]): number {
  let j = i + 1;
  for (let k = 1; k < words.length; k++) {
    if (tokens[j]?.kind === 'punct' && tokens[j]!.norm === '.') j++;
    const t = tokens[j];
    if (!t || t.kind !== 'word' || t.norm !== words[k]) return -1;
    j++;
  }
  return j;
}

/** The longest phrase of `tbl` starting at token `i`, if any. */
export function phraseAt<V>(tokens: readonly Token[], i: number, tbl: PhraseTable<V>): Match<V> | undefined {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return undefined;
  const list = tbl.get(t.norm);
  if (!list) return undefined;
  for (const p of list) {
    const end = matchWords(tokens, i, p.words);
    if (end >= 0) return { value: p.value, end };
  }
  return undefined;
}
