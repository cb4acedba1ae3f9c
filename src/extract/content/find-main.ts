/**
 * Find the element(s) holding the article body: every prose block votes for its
 * ancestors (Readability-style, with Arabic punctuation counted), votes are damped by
 * link density and class/id words, and well-scoring siblings of the winner join it.
 */
import { opensContinuation } from '../../lexicon/index.js';
import { attr, insideOneOf, rawText } from '../../parse/dom.js';
import { normaliseText } from '../../normalise/text.js';
import { TUNABLES } from '../../tunables.js';
import { classWeight } from './classify.js';
import type { RawBlock, TextSize } from './collect-blocks.js';
import { chromeOf } from './chrome.js';

type N = any;

interface Candidate {
  el: Element;
  /** Tag and class/id prior. */
  prior: number;
  /** Votes of the prose blocks inside. */
  score: number;
  chars: number;
  linkChars: number;
}

/** Made by `new`, not a literal: one per voted-for element, pointing into the tree (see collect-blocks' Block). */
class Scored implements Candidate {
  score = 0;
  constructor(
    readonly el: Element,
    readonly prior: number,
    readonly chars: number,
    readonly linkChars: number,
  ) {}
}

const PARAGRAPH_LIKE = new Set(['p', 'li', 'blockquote', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'dd', 'span', 'font', 'strong', 'b']);

function tagBonus(tag: string): number {
  if (tag === 'article' || tag === 'main') return 10;
  if (tag === 'div' || tag === 'section') return 5;
  if (tag === 'td' || tag === 'blockquote' || tag === 'pre') return 3;
  if (tag === 'ul' || tag === 'ol' || tag === 'form' || tag === 'dl') return -3;
  return 0;
}

/**
 * A box that shows no more than a date line is no story's (`<div class="post-info">01:10 م - السبت 18 أبريل 2020</div>`:
 * a class word's prior and the clock's colon once outscored a short story whose teasers weighed on its link density).
 * Asked of the winner only — the date engine runs cold on a page, so not of every line.
 */
const MAX_DATE_LINE_CHARS = 80;

function blockVote(b: RawBlock, chrome: ReadonlyMap<Element, string>): number {
  const len = b.text.length;
  if (len < TUNABLES.minScoringChars || (b.kind !== 'text' && b.kind !== 'quote')) return 0;
  if (b.noise.length && chromeOf(b, chrome)) return 0;
  if (b.linkChars / len > TUNABLES.maxScoringLinkDensity) return 0;
  return 1 + punctuationIn(b.text) + Math.min(Math.floor(len / 100), 3);
}

/** Commas, semicolons, full stops, question and exclamation marks, colons — Arabic (، ؛ ؟) and ASCII. */
function punctuationIn(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 64 ? c === 44 || c === 46 || c === 58 || c === 59 || c === 63 || c === 33 : c === 0x60c || c === 0x61b || c === 0x61f) n++;
  }
  return n;
}

const NO_TEXT: TextSize = { chars: 0, linkChars: 0 };

function candidateOf(map: Map<Element, Candidate>, el: Element, sizes: ReadonlyMap<Element, TextSize>): Candidate {
  let c = map.get(el);
  if (!c) {
    const size = sizes.get(el) ?? NO_TEXT;
    c = new Scored(el, tagBonus(el.localName) + classWeight(el), size.chars, size.linkChars);
    map.set(el, c);
  }
  return c;
}

/** Give each prose block's vote to its nearest ancestors (text sizes come from the collector). */
function scoreCandidates(blocks: readonly RawBlock[], stop: Element, chrome: ReadonlyMap<Element, string>, sizes: ReadonlyMap<Element, TextSize>): Map<Element, Candidate> {
  const map = new Map<Element, Candidate>();
  for (const b of blocks) {
    const vote = blockVote(b, chrome);
    if (!vote) continue;
    // A paragraph votes for its container, not itself; a div holding text directly votes for itself.
    let el: N = PARAGRAPH_LIKE.has(b.el.localName) && b.el !== stop ? (b.el as N).parentNode : b.el;
    for (let level = 0; el && el.nodeType === 1 && level < TUNABLES.scoreLevels; level++, el = el.parentNode) {
      candidateOf(map, el, sizes).score += level === 0 ? vote : level === 1 ? vote / 2 : vote / (3 * level);
      if (el === stop) break;
    }
  }
  return map;
}

/** A lone paragraph next to the body (a lead in its own element). */
const isProseSibling = (c: Candidate): boolean =>
  c.chars >= 80 && c.linkChars / c.chars < 0.25 && PARAGRAPH_LIKE.has(c.el.localName);

/**
 * A box of the story's own prose just before the body (`<div class="itemIntroText"><p>…</p></div>`): sentences voted
 * for it (a vote of 2 needs punctuation or length — a breadcrumb trail ending in the headline gets 1), few links.
 */
const isLeadBox = (c: Candidate): boolean => c.score >= 2 && c.prior >= 0 && c.chars >= TUNABLES.minLeadBoxChars && c.linkChars / c.chars < 0.25;

/** Date boxes passed over before the winner, at most. */
const MAX_DATE_BOXES = 3;

/** Only elements that prose voted for can win; their prior then counts. */
const finalScore = (c: Candidate): number =>
  c.score > 0 ? Math.max(0, c.score + c.prior) * (1 - (c.chars ? c.linkChars / c.chars : 0)) : 0;

export interface MainContent {
  /** The best candidate. */
  best: Element;
  /** The best candidate and its siblings that score well, in document order. */
  containers: Element[];
}

/**
 * The body container(s); undefined when the page has no prose at all.
 *
 * @param isDateLine whether a line is mostly a date: a winner that shows no more than one is passed over
 */
export function findMainContent(blocks: readonly RawBlock[], root: Element, chrome: ReadonlyMap<Element, string>, sizes: ReadonlyMap<Element, TextSize>, isDateLine?: (text: string) => boolean): MainContent | undefined {
  const map = scoreCandidates(blocks, root, chrome, sizes);
  let best: Candidate | undefined;
  let bestScore = 0;
  const passedOver = new Set<Candidate>();
  // The top few candidates, kept in the same pass: rivals of a winner set one paragraph per wrapper.
  let top: Array<[Candidate, number]> = [];
  for (let tries = 1; ; tries++) {
    best = undefined;
    bestScore = 0;
    top = [];
    for (const c of map.values()) {
      const s = passedOver.has(c) ? 0 : finalScore(c);
      if (s > bestScore) {
        best = c;
        bestScore = s;
      }
      if (s > 0 && (top.length < TOP_CANDIDATES || s > top[TOP_CANDIDATES - 1]![1])) keepTop(top, c, s);
    }
    if (!best || tries === MAX_DATE_BOXES || !isDateLine || best.chars > MAX_DATE_LINE_CHARS || !isDateLine(normaliseText(rawText(best.el, MAX_DATE_LINE_CHARS + 1)))) break;
    passedOver.add(best);
  }
  if (!best) return undefined;
  const wrapped = storyOfWrappers(best, bestScore, top);
  if (wrapped) return { best: wrapped, containers: [wrapped] };
  const parent = (best.el as N).parentNode as Element | null;
  if (!parent || parent.nodeType !== 1) return { best: best.el, containers: [best.el] };
  const threshold = Math.max(TUNABLES.siblingMinScore, bestScore * TUNABLES.siblingScoreShare);
  const opening = openingBox(blocks, best.el, map, sizes);
  const out: Element[] = [];
  let before = true;
  for (let s: N = parent.firstElementChild; s; s = s.nextElementSibling) {
    if (s === best.el) {
      out.push(s);
      before = false;
    } else {
      const c = map.get(s) ?? (sizes.has(s) ? candidateOf(map, s, sizes) : undefined);
      if (c && (finalScore(c) >= threshold || isProseSibling(c) || (before && isLeadBox(c)) || s === opening)) out.push(s);
    }
  }
  return { best: best.el, containers: out };
}

/**
 * A story set one paragraph per wrapper (`<div class="card"><div class="element"><div class="text"><p>…`, as component
 * themes render each block of the story — Quintype's `arr--element-container`): each paragraph's wrapper scores alone and
 * the one with the longest paragraph wins. When at least `MIN_RIVALS` of the page's top candidates share the winner's tag
 * and class (copies of one component), score near it and sit as deep under one of its few nearest ancestors, that
 * ancestor is the body (Readability's rule of three, kept to one component's copies).
 */
function storyOfWrappers(best: Candidate, bestScore: number, top: ReadonlyArray<readonly [Candidate, number]>): Element | undefined {
  const rivals = top.filter(([c, s]) => c !== best && s >= RIVAL_SHARE * bestScore && sameKind(c.el, best.el)).map(([c]) => c.el);
  if (rivals.length < MIN_RIVALS) return undefined;
  let a: N = (best.el as N).parentNode;
  for (let level = 1; a && a.nodeType === 1 && a.localName !== 'body' && level <= MAX_WRAPPER_LEVELS; level++, a = a.parentNode) {
    // Copies of one component sit as deep as the winner: their ancestor that many levels up is this one.
    if (rivals.filter((r) => ancestorAt(r, level) === a).length >= MIN_RIVALS) return a as Element;
  }
  return undefined;
}

/** Insert a candidate into the score-ordered list of the best TOP_CANDIDATES. */
function keepTop(top: Array<[Candidate, number]>, c: Candidate, s: number): void {
  let i = top.length;
  while (i > 0 && top[i - 1]![1] < s) i--;
  top.splice(i, 0, [c, s]);
  if (top.length > TOP_CANDIDATES) top.pop();
}

/** The element `levels` steps up from `el`. */
function ancestorAt(el: Element, levels: number): N {
  let n: N = el;
  for (let i = 0; i < levels && n; i++) n = n.parentNode;
  return n;
}
/** Same tag and same class: copies of one component. */
const sameKind = (a: Element, b: Element): boolean => a.localName === b.localName && attr(a, 'class') === attr(b, 'class');
/** Other candidates within this share of the winner's score are its rivals… */
const RIVAL_SHARE = 0.75;
/** …among the best few candidates of the page (the winner included)… */
const TOP_CANDIDATES = 5;
/** …and this many of those in one near ancestor make it the body. */
const MIN_RIVALS = 2;
/** Ancestor levels above the winner looked at: a paragraph, its wrapper, the element box, the story card. */
const MAX_WRAPPER_LEVELS = 3;

/**
 * The box right before the body holding the story's opening when the body's first paragraph goes on from it
 * (`<div class="summary">…</div><div class="body"><p>وانتقد …`): no story opens with a continuation, so the box is
 * its lead however short (a deck that ends no sentence stays the deck: see subheadline's leadsInto).
 */
function openingBox(blocks: readonly RawBlock[], body: Element, map: Map<Element, Candidate>, sizes: ReadonlyMap<Element, TextSize>): Element | undefined {
  const prev = (body as N).previousElementSibling as Element | null;
  if (!prev) return undefined;
  const c = map.get(prev) ?? (sizes.has(prev) ? candidateOf(map, prev, sizes) : undefined);
  if (!c || c.prior < 0 || c.chars < TUNABLES.minOpeningBoxChars || c.linkChars / c.chars >= 0.25) return undefined;
  const inBody = insideOneOf([body]);
  const first = blocks.find((b) => b.kind === 'text' && b.text.length >= TUNABLES.minOpeningBoxChars && inBody(b.el));
  return first && opensContinuation(first.text) ? prev : undefined;
}
