import type { Literal } from "./parse";
import { compare, holds } from "./values";

/**
 * A SUMIF/SUMIFS criterion as Excel reads it: "<="&date, ">0", "No", or a plain value;
 * text matches without regard to case.
 */
export function matcher(criterion: Literal): (v: Literal) => boolean {
  if (typeof criterion === "string") {
    const m = /^(<=|>=|<>|<|>|=)(.*)$/.exec(criterion);
    if (m) {
      const [, op, rest] = m;
      const target: Literal = rest !== "" && Number.isFinite(Number(rest)) ? Number(rest) : rest;
      return (v) => {
        if (typeof target === "number" && typeof v !== "number") return op === "<>";
        return holds(op, compare(v ?? (typeof target === "number" ? null : ""), target));
      };
    }
  }
  return (v) => v !== null && compare(v, criterion) === 0;
}
