import { CellInput } from "../model";

/** How many rows each list has: the example's own, or blank rows to fill in. */
export const EMPTY_ROWS = { partners: 10, areas: 8, streams: 30, themes: 6 };

export interface Sizes {
  partners: number;
  areas: number;
  streams: number;
  themes: number;
}

export function listRows<T>(
  items: T[] | null,
  size: number,
  row: (item: T) => CellInput[],
  blank: CellInput[]
): CellInput[][] {
  return items ? items.map(row) : Array.from({ length: size }, () => [...blank]);
}
