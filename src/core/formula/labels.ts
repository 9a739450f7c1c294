import { splitAddress } from "../a1";

/**
 * Where a partners range's names are likely to be: column A of the same rows, as on the
 * Pool sheet and most contribution tables. Only for a range down one column, off column A.
 */
export function labelRangeFor(address: string): string | undefined {
  const [from, to = from] = address.split(":");
  const a = splitAddress(from);
  const b = splitAddress(to);
  if (a.col !== b.col || a.col === 1 || b.row <= a.row) return undefined;
  return `A${a.row}:A${b.row}`;
}
