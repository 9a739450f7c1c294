import { MONTH_NAMES } from "../../core/months";
import type { CellWrite } from "../types";

// Pieces of formula text the sheet plans share.

/** A formula cell. */
export const f = (formula: string): CellWrite => ({ formula });

/** Text as a formula's string literal: "Pool ""A""" for Pool "A". */
export const literal = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** "31 March 2026" from a date cell, in any Excel language (TEXT's month codes are not). */
export const dateWords = (cell: string) =>
  `DAY(${cell})&" "&CHOOSE(MONTH(${cell}),${MONTH_NAMES.map(literal).join(",")})&" "&YEAR(${cell})`;
