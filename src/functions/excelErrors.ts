import { isPoolError, PoolErrorCode } from "../core";

/**
 * Engine error codes to Excel error kinds. Excel shows a custom message only for #VALUE!
 * and #N/A, so anything the user must read and act on maps to one of those; #NUM! is
 * kept for numbers Excel itself could not hold.
 */
const KIND: Record<PoolErrorCode, "invalidValue" | "notAvailable" | "invalidNumber"> = {
  BAD_NUMBER: "invalidValue",
  NOT_WHOLE_PENCE: "invalidValue",
  NOT_FINITE: "invalidNumber",
  TOO_LARGE: "invalidNumber",
  EMPTY_RANGE: "notAvailable",
  SHAPE_MISMATCH: "invalidValue",
  NEGATIVE_CONTRIBUTION: "invalidValue",
  NO_CONTRIBUTIONS: "invalidValue",
  BAD_WEIGHTS: "invalidValue",
  BAD_METHOD: "invalidValue",
  HOST_REQUIRED: "notAvailable",
  HOST_OUT_OF_RANGE: "invalidValue",
  NEGATIVE_CAP: "invalidValue",
  CAPS_TOO_LOW: "invalidValue",
  NEGATIVE_THRESHOLD: "invalidValue",
  BAD_ANSWER: "invalidValue",
  WRONG_ANSWER_COUNT: "notAvailable",
  BAD_DATE: "invalidValue",
  BAD_START_MONTH: "invalidValue",
  BAD_SHARE: "invalidValue",
  BAD_BAND: "invalidValue",
  LIMITS_UNMET: "invalidValue",
  BAD_LEDGER: "invalidValue",
  CHARGES_FUNDING_STREAM: "invalidValue",
  BAD_FORMULA: "invalidValue",
};

const UNEXPECTED = "Something went wrong working this out. Check the cells this formula refers to.";

/** Any failure as the CustomFunctions.Error Excel displays; no stack or internals leak. */
export function toExcelError(e: unknown): CustomFunctions.Error {
  if (isPoolError(e)) {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode[KIND[e.code]], e.message);
  }
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, UNEXPECTED);
}

export type Grid = unknown[][];

/**
 * An adapter's answer when its body threw: the error as a 1x1 result, for a custom
 * function hands errors back as values and never throws.
 */
export function failure(e: unknown): Grid {
  return [[toExcelError(e)]];
}
