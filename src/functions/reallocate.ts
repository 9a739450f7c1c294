/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes any cell type, and the metadata generator reads only plain types such as any[][]. */
import { reallocate as coreReallocate } from "../core";
import { readReallocateArgs } from "./args/reallocateArgs";
import { failure } from "./excelErrors";

/**
 * Moves allocations between areas or partners towards need, to the penny, optionally limiting how far any area moves in a year; returns the new allocation and the gain or loss.
 * @customfunction REALLOCATE
 * @helpurl https://localhost:3000/help.html#reallocate
 * @param {any} total The total to allocate, in pounds.
 * @param {any[][]} current Each area's current allocation, a row or a column.
 * @param {any[][]} need Each area's need figure (e.g. a weighted population or deprivation score), in the same order.
 * @param {any} [maxChange] The most any area's allocation may move in one year, as a share of its current allocation, e.g. 10%.
 * @returns {any[][]} One row per area: the new allocation, and the change from current (gain positive, loss negative).
 */
export function reallocate(total: any, current: any[][], need: any[][], maxChange?: any): any[][] {
  try {
    const a = readReallocateArgs(total, current, need, maxChange);
    const r = coreReallocate(a.total, a.current, a.need, a.maxChange);
    return r.allocation.map((x, i) => [x, r.change[i]]);
  } catch (e) {
    return failure(e);
  }
}
