/**
 * Every tunable of the extractor in one place (trafilatura-style), so a reviewer can
 * see what the heuristics weigh and tests can pin them.
 */
export const TUNABLES = {
  /** Inputs larger than this are refused with INPUT_TOO_LARGE (bytes / UTF-16 units). */
  maxInputBytes: 64 * 1024 * 1024,
  /** A text block shorter than this does not vote for its container. */
  minScoringChars: 25,
  /** Blocks with more link text than this share of their text do not vote. */
  maxScoringLinkDensity: 0.35,
  /** Ancestor levels a block's score reaches (parent full, grandparent 1/2, then 1/(3·level)). */
  scoreLevels: 5,
  /** A sibling of the best container joins it when it scores at least this share of the best… */
  siblingScoreShare: 0.2,
  /** …or at least this absolute score. */
  siblingMinScore: 10,
  /** A box of prose just before the best container joins it as the lead when this long (a byline-and-date box is shorter). */
  minLeadBoxChars: 150,
  /** …or this long, when it sits right before the body and the body's first paragraph goes on from it (`وأضاف …`). */
  minOpeningBoxChars: 40,
  /** In the body, a block with more link text than this share is a link line and goes. */
  maxBodyLinkDensity: 0.5,
  /** A box a read-also title opens is the other stories' when no longer than this (its links and teasers); a longer one may hold the story. */
  maxReadAlsoBoxChars: 1500,
  /** Lines no longer than this are checked as bylines / date lines / widget titles. */
  shortLineChars: 90,
  /** A chrome-looking element (class `modal`, tag `header`…) holding more than this share of the page's prose is a layout box, not chrome. */
  maxChromeProseShare: 0.5,
  /** …or more than this share when it also holds the headline (the story's own box beside a long list of other stories). */
  maxHeadlineChromeProseShare: 0.25,
  /** Words a heading needs to read as a sentence — a headline, a deck — and not a label, a logo or a section name. */
  sentenceWords: 4,
  /** An in-body heading longer than this is a paragraph set in a heading tag. */
  maxHeadingChars: 150,
  /**
   * How far after the headline (in elements: share bars and a lead image sit between) a link to
   * an author's page still reads as the byline; further down they belong to related stories.
   */
  authorLinkReach: 160,
  /**
   * Characters of an element's text read as a headline, a date or a name at most (an h1, a <time>, an author box): one
   * that shows more is none of them, and each of many nested ones is read no further than this, not to the page's end.
   */
  maxFieldTextChars: 1000,
  /** Characters of a JSON-LD `articleBody` read at most, when a page that shows no story text falls back to it. */
  maxMetadataBodyChars: 200_000,
  /** Caption texts longer than this are not captions but body text styled as one. */
  maxCaptionChars: 400,
  /** Minutes after publication within which a metadata-only `dateModified` is the publishing save (a typo mended), not an update. */
  quickEditMinutes: 2,
  /**
   * A time ago counted back from today's clock (no `now` given) that lands more than this many days after every date the
   * page writes in full is dropped: the page was saved long before today, and when is unknown. Half a year: a page
   * fetched today that writes no date of the last months beside its `منذ 3 ساعات` keeps it.
   */
  staleRelativeDays: 180,
} as const;
