/**
 * The one error type the engine throws. `code` lets adapters pick an Excel error kind;
 * `message` is written for a finance officer and is shown as-is in cells and the pane.
 */
export type PoolErrorCode =
  | "BAD_NUMBER"
  | "NOT_WHOLE_PENCE"
  | "NOT_FINITE"
  | "TOO_LARGE"
  | "EMPTY_RANGE"
  | "SHAPE_MISMATCH"
  | "NEGATIVE_CONTRIBUTION"
  | "NO_CONTRIBUTIONS"
  | "BAD_WEIGHTS"
  | "BAD_METHOD"
  | "HOST_REQUIRED"
  | "HOST_OUT_OF_RANGE"
  | "NEGATIVE_CAP"
  | "CAPS_TOO_LOW"
  | "NEGATIVE_THRESHOLD"
  | "BAD_ANSWER"
  | "WRONG_ANSWER_COUNT"
  | "BAD_DATE"
  | "BAD_START_MONTH"
  | "BAD_SHARE"
  | "BAD_BAND"
  | "LIMITS_UNMET"
  | "BAD_FORMULA"
  | "BAD_LEDGER"
  | "CHARGES_FUNDING_STREAM";

export class PoolError extends Error {
  readonly code: PoolErrorCode;

  constructor(code: PoolErrorCode, message: string) {
    super(message);
    this.name = "PoolError";
    this.code = code;
  }
}

export function isPoolError(e: unknown): e is PoolError {
  return e instanceof PoolError;
}
