import { splitAddress, address } from "../../core/a1";
import { Block, CellWrite, SheetSnapshot } from "../types";

/** A POOL formula replaced by its value in a copy for partners without the add-in. */
export interface Converted {
  address: string;
  formula: string;
}

export interface ShareCopyPlan {
  /** The used range rewritten from its top-left cell: native formulas kept, everything else as a value. */
  cells: Block;
  /** A visible note under the data: what was converted, from which formula, and when. */
  note: Block;
  converted: Converted[];
}

const POOL = /\bPOOL\.[A-Z]+\s*\(/i;

/**
 * How to turn a copy of a sheet into one partners without the add-in can read: every cell
 * holding a POOL formula (and every cell its result spilled into) keeps the value it shows
 * now; native Excel formulas are kept as they are, so totals and checks still work. `when`
 * is the date and time to print in the note.
 */
export function shareCopyPlan(sheet: SheetSnapshot, when: string): ShareCopyPlan {
  const { col, row } = splitAddress(sheet.origin);
  const converted: Converted[] = [];
  const cells: CellWrite[][] = sheet.values.map((values, r) =>
    values.map((value, c) => {
      const f = sheet.formulas[r]?.[c];
      if (typeof f === "string" && f.startsWith("=")) {
        if (!POOL.test(f)) return { formula: f };
        converted.push({ address: address(col + c, row + r), formula: f });
      }
      // A value (a constant, or a spilled result): written back as it shows.
      return value === "" ? null : value;
    })
  );
  const last = row + Math.max(sheet.values.length, 1) + 1;
  const note: CellWrite[][] = [
    [
      `Prepared to share on ${when} by the Pool Budgets add-in: ${converted.length} POOL formula${converted.length === 1 ? "" : "s"} replaced by the values they showed, so partners without the add-in see figures, not #NAME?. Native Excel formulas are kept.`,
    ],
    ...converted.map((c) => [`${c.address} was ${c.formula}`]),
  ];
  return {
    cells: { at: sheet.origin, cells: cells.length ? cells : [[null]] },
    note: { at: address(col, last), cells: note, italic: true },
    converted,
  };
}
