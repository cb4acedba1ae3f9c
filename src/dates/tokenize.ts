/**
 * Split text into number, word and punctuation tokens, remembering where each sits in the
 * original string. Linear in the length of the slice; no regular expressions.
 */
import { digitValue } from './digits.js';
import { normaliseWord } from './normalise.js';

export interface Token {
  kind: 'num' | 'word' | 'punct';
  /** Offsets in the original text. */
  start: number;
  end: number;
  /** Whether whitespace separates this token from the previous one. */
  spaceBefore: boolean;
  /** Folded word, Western-digit number, or the punctuation character. */
  norm: string;
  /** Numeric value of a number token (NaN past 15 digits); 0 for other tokens. */
  value: number;
}

function isSpace(code: number): boolean {
  return code <= 0x20 || code === 0xa0 || code === 0x61c || code === 0x1680 || (code >= 0x2000 && code <= 0x200f) ||
    (code >= 0x2028 && code <= 0x202f) || code === 0x205f || code === 0x2060 || (code >= 0x2066 && code <= 0x2069) ||
    code === 0x3000 || code === 0xfeff;
}

function isWordChar(code: number): boolean {
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return true;
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  if (code >= 0x620 && code <= 0x65f) return true;
  if (code >= 0x66e && code <= 0x6d3) return true;
  if (code === 0x6d5 || code === 0x670 || (code >= 0x6fa && code <= 0x6ff)) return true;
  return (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefc);
}

function isDigit(code: number): boolean {
  return digitValue(code) >= 0;
}

function readWhile(text: string, i: number, to: number, test: (code: number) => boolean): number {
  let j = i;
  while (j < to && test(text.charCodeAt(j))) j++;
  return j;
}

function numberToken(text: string, i: number, j: number, spaceBefore: boolean): Token {
  let norm = '';
  for (let k = i; k < j; k++) norm += String(digitValue(text.charCodeAt(k)));
  const value = norm.length <= 15 ? Number(norm) : NaN;
  return { kind: 'num', start: i, end: j, spaceBefore, norm, value };
}

/**
 * Tokens of `text` between offsets `from` and `to`.
 *
 * @example
 * tokenize('17 نوفمبر 2015').map((t) => t.norm) // ['17', 'نوفمبر', '2015']
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let space = false;
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      space = true;
      i++;
      continue;
    }
    let token: Token;
    if (digitValue(code) >= 0) {
      token = numberToken(text, i, readWhile(text, i, to, isDigit), space);
    } else if (isWordChar(code)) {
      const j = readWhile(text, i, to, isWordChar);
      token = { kind: 'word', start: i, end: j, spaceBefore: space, norm: normaliseWord(text.slice(i, j)), value: 0 };
    } else {
      token = { kind: 'punct', start: i, end: i + 1, spaceBefore: space, norm: text[i]!, value: 0 };
    }
    tokens.push(token);
    i = token.end;
    space = false;
  }
  return tokens;
}
