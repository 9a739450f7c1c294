import "./customFunctionsShim";
import { FormulaError } from "../../core";
import type { ArgValue, Custom } from "../../core";
import type { Literal } from "../../core/formula/parse";
import { alignVsPool } from "../../functions/alignVsPool";
import { deficitSplit } from "../../functions/deficitSplit";
import { finYear } from "../../functions/finYear";
import { poolShare } from "../../functions/poolShare";
import { reallocate } from "../../functions/reallocate";
import { riskShare } from "../../functions/riskShare";

type Adapter = (...args: unknown[]) => unknown;

/** The POOL functions by the names a formula calls them, through the adapters Excel runs. */
const ADAPTERS: Record<string, Adapter> = {
  "POOL.POOLSHARE": poolShare as Adapter,
  "POOL.DEFICITSPLIT": deficitSplit as Adapter,
  "POOL.RISKSHARE": riskShare as Adapter,
  "POOL.REALLOCATE": reallocate as Adapter,
  "POOL.ALIGNVSPOOL": alignVsPool as Adapter,
  "POOL.FINYEAR": finYear as Adapter,
};

const errorOf = (v: unknown) =>
  typeof v === "object" && v !== null && "code" in v
    ? new FormulaError(String((v as { code: unknown }).code), (v as { message?: string }).message)
    : undefined;

/**
 * The preview's POOL functions, for its calculation: each adapter handed its arguments as
 * Excel hands them (a range as rows of cells, a blank argument as undefined) and its answer
 * taken back as Excel shows it: an error as the error, an array to spill.
 */
export const poolFunctions: Custom = (name, args) => {
  const adapter = ADAPTERS[name];
  if (!adapter) return undefined;
  const result = adapter(...args);
  const rows: unknown[][] = Array.isArray(result) ? (result as unknown[][]) : [[result]];
  for (const row of rows) {
    for (const v of row) {
      const error = errorOf(v);
      if (error) throw error;
    }
  }
  return rows as Literal[][] as ArgValue;
};
