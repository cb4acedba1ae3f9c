/** What the date engine returns for one date. */
export interface ParsedDate {
  /**
   * ISO 8601. Minute precision: `2015-11-17T18:59:00+02:00` (with the offset of the
   * zone in force on that date), or without an offset when no zone is known (`zoned: false`).
   * Day precision: `2015-11-17`. Month precision: `2015-11`.
   */
  iso: string;
  precision: 'minute' | 'day' | 'month';
  /** The calendar the text was written in (Hijri input is converted to Gregorian). */
  calendar: 'gregorian' | 'hijri';
  /** Read relative to `now` (`منذ ساعتين`, `أمس`). */
  relative: boolean;
  /** Whether `iso` carries a UTC offset (a zone was given, written, or implied by `Z`/GMT). */
  zoned: boolean;
}

export interface ParseDateOptions {
  /** IANA zone the text's wall-clock time is in, unless the text names its own zone. */
  timeZone?: string;
  /** Reference instant for relative dates and for rejecting future dates. Default: the current time. */
  now?: Date;
  /**
   * How a clock written with a spaced colon reads when both readings are valid (`3 : 18`): `hour-first`
   * (03:18, the default) or `minute-first` (18:03), for a page that writes every time minute first (`51 : 14`).
   */
  clockOrder?: 'hour-first' | 'minute-first';
}

/** A date found inside a longer text. */
export interface FoundDate extends ParsedDate {
  /** Index of the match in the input text. */
  index: number;
  /** The matched words. */
  text: string;
}
