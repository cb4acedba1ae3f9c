/** Error codes `MaqalError` can carry. */
export type MaqalErrorCode =
  | 'EMPTY_INPUT'
  | 'BINARY_INPUT'
  | 'NOT_HTML'
  | 'INPUT_TOO_LARGE'
  | 'INVALID_OPTION'
  | 'UNKNOWN_ADAPTER';

/**
 * The only error maqal throws. Odd HTML never throws; input that is not HTML at all does.
 *
 * @example
 * try { extract(bytes) } catch (e) { if (e instanceof MaqalError && e.code === 'BINARY_INPUT') skip() }
 */
export class MaqalError extends Error {
  readonly code: MaqalErrorCode;
  constructor(code: MaqalErrorCode, message: string) {
    super(message);
    this.name = 'MaqalError';
    this.code = code;
  }
}
