/* eslint-disable @typescript-eslint/no-explicit-any -- cells as Excel hands them to a custom function. */
import { Answer, coerceAmounts, flatten, isBlank } from "../../core";

export interface AlignVsPoolArgs {
  answers: Answer[];
  weights?: number[];
  showReasons: boolean;
  statutory: boolean;
}

/** ALIGNVSPOOL's cells as the engine takes them; shared by the function and its explanation. */
export function readAlignVsPoolArgs(
  answers: any[][],
  weights?: any[][],
  showReasons?: any,
  statutoryPower?: any
): AlignVsPoolArgs {
  return {
    answers: flatten(answers, "answers").values.map((x) => (isBlank(x) ? null : x)) as Answer[],
    weights:
      weights === undefined || weights === null
        ? undefined
        : (coerceAmounts(weights, "weights", { list: true }).values as number[]),
    showReasons: isTrue(showReasons),
    statutory: isTrue(statutoryPower),
  };
}

const isTrue = (x: any) =>
  x === true || x === 1 || (typeof x === "string" && x.trim().toUpperCase() === "TRUE");
