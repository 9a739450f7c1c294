// The engine returns Float64Arrays (see apportion); the core tests compare plain lists.
import * as core from "../../src/core";

export const apportion = (...a: Parameters<typeof core.apportion>) =>
  Array.from(core.apportion(...a));
export const deficitSplit = (...a: Parameters<typeof core.deficitSplit>) =>
  Array.from(core.deficitSplit(...a));
export const poolShare = (...a: Parameters<typeof core.poolShare>) =>
  Array.from(core.poolShare(...a));
