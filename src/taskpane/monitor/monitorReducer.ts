import { checkQuarter, formatPounds, periodMonths, SchemeFigures } from "../../core";
import { splitOf, yearPosition } from "../pool/monitorModel";
import { messageOf } from "../useAction";
import { LoadedPool, nextQuarter, typed } from "./monitorState";

/**
 * What Monitor this pool holds between actions: the pool as read, the month being entered
 * (a quarter is its last month), each scheme's typed spend to date and forecast, and
 * whether the last write found figures it would replace.
 */
export interface MonitorState {
  pool?: LoadedPool;
  /** 1 to 12; Month 1 is April. */
  month: number;
  entry: Record<string, [string, string]>;
  setPeriod: boolean;
  occupied?: string[];
}

export type MonitorAction =
  | { type: "opened"; pool: LoadedPool }
  | { type: "month"; month: number }
  | { type: "typed"; scheme: string; field: 0 | 1; text: string }
  | { type: "pasted"; figures: Record<string, [string, string]> }
  | { type: "setPeriod"; on: boolean }
  | { type: "occupied"; cells?: string[] }
  | { type: "written"; rows: SchemeFigures[]; period?: string }
  | { type: "periodSet"; period: string };

export const initialMonitor: MonitorState = { month: 3, entry: {}, setPeriod: true };

/** The quarter whose columns a month's figures go in: the latest to date in that quarter. */
export const quarterOfMonth = (month: number) => Math.ceil(month / 3);

/**
 * The month to enter next: after a month within a quarter, the month after it; otherwise
 * the end of the first quarter nobody has forecast yet.
 */
export function nextMonth(pool: LoadedPool): number {
  const at = periodMonths(pool.setup.period);
  if (at && at.months % 3 !== 0 && /^month/i.test(pool.setup.period.trim())) {
    return Math.min(at.months + 1, 12);
  }
  return 3 * nextQuarter(pool.rows);
}

/** The figures already on the sheet for a quarter, as officers read them (thousands separated). */
function entryFor(pool: LoadedPool, quarter: number): Record<string, [string, string]> {
  const shown = (v: number | null) => (v === null ? "" : formatPounds(v));
  return Object.fromEntries(
    pool.rows
      .filter((r) => r.name !== "")
      .map((r) => {
        const f = r.quarters[quarter - 1];
        return [r.name, [shown(f.actual), shown(f.forecast)]];
      })
  );
}

export function monitorReducer(state: MonitorState, action: MonitorAction): MonitorState {
  switch (action.type) {
    case "opened": {
      const month = nextMonth(action.pool);
      return {
        ...state,
        pool: action.pool,
        month,
        entry: entryFor(action.pool, quarterOfMonth(month)),
        occupied: undefined,
      };
    }
    case "month":
      if (!state.pool) return state;
      return {
        ...state,
        month: action.month,
        entry: entryFor(state.pool, quarterOfMonth(action.month)),
        occupied: undefined,
      };
    case "typed": {
      const pair = [...(state.entry[action.scheme] ?? ["", ""])] as [string, string];
      pair[action.field] = action.text;
      return { ...state, entry: { ...state.entry, [action.scheme]: pair } };
    }
    case "pasted":
      return { ...state, entry: { ...state.entry, ...action.figures } };
    case "setPeriod":
      return { ...state, setPeriod: action.on };
    case "occupied":
      return { ...state, occupied: action.cells };
    case "written":
      if (!state.pool) return state;
      return {
        ...state,
        occupied: undefined,
        pool: {
          ...state.pool,
          rows: action.rows,
          setup: action.period ? { ...state.pool.setup, period: action.period } : state.pool.setup,
        },
      };
    case "periodSet":
      if (!state.pool) return state;
      return {
        ...state,
        pool: { ...state.pool, setup: { ...state.pool.setup, period: action.period } },
      };
  }
}

export type Entered =
  | { error: string }
  | {
      rows: SchemeFigures[];
      position: ReturnType<typeof yearPosition>;
      split: number[];
    };

/**
 * The rows as they would be with the typed figures in the month's quarter, the year's
 * position and its split: what the preview shows and next year starts from.
 */
export function entered(state: MonitorState): Entered | undefined {
  const { pool, entry } = state;
  if (!pool) return undefined;
  const quarter = quarterOfMonth(state.month);
  const bad: string[] = [];
  const rows: SchemeFigures[] = pool.rows.map((r) => {
    if (!r.name) return r;
    const [a, f] = entry[r.name] ?? ["", ""];
    const actual = typed(a);
    const forecast = typed(f);
    if (actual === undefined) bad.push(`${r.name}'s spend to date (“${a}”)`);
    if (forecast === undefined) bad.push(`${r.name}'s forecast outturn (“${f}”)`);
    const quarters = r.quarters.map((x, k) =>
      k === quarter - 1 ? { actual: actual ?? null, forecast: forecast ?? null } : x
    );
    return { ...r, quarters };
  });
  if (bad.length) {
    return {
      error: `These are not amounts: ${bad.join("; ")}. Use figures such as 20000 or £20,000.`,
    };
  }
  try {
    checkQuarter(
      rows.map((r) => r.quarters[quarter - 1]),
      rows.map((r) => r.name || "A scheme")
    );
    const position = yearPosition(pool.setup, pool.inputs, rows);
    return { rows, position, split: splitOf(pool.setup, position.variance) };
  } catch (e) {
    return { error: messageOf(e) };
  }
}
