/** A1-style addresses: pure helpers shared by the gateways, sheet plans, templates and checks. */
/** Column letter(s) for a 1-based column number: 1 -> A, 27 -> AA. */
export function colLetter(n: number): string {
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

export function splitAddress(a: string): { col: number; row: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(a);
  if (!m) throw new Error(`Bad cell address ${a}`);
  return { col: colNumber(m[1]), row: Number(m[2]) };
}

export function address(col: number, row: number): string {
  return `${colLetter(col)}${row}`;
}

/** The range a rows x cols block starting at `at` covers. */
export function blockRange(at: string, rows: number, cols: number): string {
  const { col, row } = splitAddress(at);
  const end = address(col + cols - 1, row + rows - 1);
  return rows === 1 && cols === 1 ? at : `${at}:${end}`;
}

/** Every cell address in an A1 range, row by row. */
export function expand(range: string): string[] {
  const [from, to = from] = range.split(":");
  const a = splitAddress(from);
  const b = splitAddress(to);
  const out: string[] = [];
  for (let r = a.row; r <= b.row; r++) for (let c = a.col; c <= b.col; c++) out.push(address(c, r));
  return out;
}

/** Offset a cell address by rows and columns. */
export function offset(at: string, rows: number, cols: number): string {
  const { col, row } = splitAddress(at);
  return address(col + cols, row + rows);
}

/** A reference made absolute, every part: "B4:C6" as "$B$4:$C$6", rows "1:2" as "$1:$2", columns "A:A" as "$A:$A". */
export function absoluteRef(ref: string): string {
  return ref
    .split(":")
    .map((a) =>
      a.replace(/^\$?([A-Z]*)\$?(\d*)$/i, (_, col, row) => (col && `$${col}`) + (row && `$${row}`))
    )
    .join(":");
}
