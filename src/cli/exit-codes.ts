/** Exit codes scripts can rely on (documented in docs/cli.md). */
export const EXIT = {
  /** Every input extracted. */
  OK: 0,
  /** At least one page failed (not HTML, corrupt WARC record, …); the others were extracted. */
  FAILED: 1,
  /** Bad command line: unknown option, bad value, missing input. Nothing was read. */
  USAGE: 2,
  /** An input could not be read, or the output could not be written. */
  IO: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A command-line mistake: reported with the help hint and exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
