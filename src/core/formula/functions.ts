import { matcher } from "./criteria";
import type { Literal } from "./parse";
import { ArgValue, cells, compare, FormulaError, grid, number, one, round, truthy } from "./values";

/** A native function on its arguments, worked out first (IF, IFERROR and CHOOSE are lazy, in evaluate). */
type Native = (args: ArgValue[]) => ArgValue;

const numbers = (args: ArgValue[]) =>
  args.flatMap((a) =>
    Array.isArray(a) ? cells(a).filter((v): v is number => typeof v === "number") : [number(a)]
  );

/** Excel's day 0 is 30 Dec 1899 (1900 date system); dates are serial days from it. */
const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;
const toDate = (serial: number) => new Date(EPOCH + Math.floor(serial) * DAY);
const toSerial = (d: Date) => Math.round((d.getTime() - EPOCH) / DAY);

/** The ranges a SUMIFS pairs with its criteria, cell by cell. */
function sumIfs(sum: ArgValue, pairs: ArgValue[]): number {
  const values = cells(sum);
  const tests: { range: Literal[]; match: (v: Literal) => boolean }[] = [];
  for (let k = 0; k < pairs.length; k += 2)
    tests.push({ range: cells(pairs[k]), match: matcher(one(pairs[k + 1])) });
  if (tests.some((t) => t.range.length !== values.length)) throw new FormulaError("#VALUE!");
  return values.reduce<number>(
    (s, v, i) => (typeof v === "number" && tests.every((t) => t.match(t.range[i])) ? s + v : s),
    0
  );
}

/** The native functions the sheets the add-in writes use, as Excel works them out. */
export const NATIVE: Record<string, Native> = {
  SUM: (a) => numbers(a).reduce((s, v) => s + v, 0),
  // A table's totals row: 109 (and 9) sum the column.
  SUBTOTAL: ([kind, ...ranges]) => {
    if (![9, 109].includes(number(kind))) throw new FormulaError("#VALUE!");
    return numbers(ranges).reduce((s, v) => s + v, 0);
  },
  MIN: (a) => (numbers(a).length ? Math.min(...numbers(a)) : 0),
  MAX: (a) => (numbers(a).length ? Math.max(...numbers(a)) : 0),
  COUNT: (a) => a.flatMap(cells).filter((v) => typeof v === "number").length,
  ABS: ([x]) => Math.abs(number(x)),
  ROUND: ([x, d]) => round(number(x), number(d)),
  MOD: ([x, d]) => {
    const y = number(d);
    if (y === 0) throw new FormulaError("#DIV/0!");
    return number(x) - y * Math.floor(number(x) / y);
  },
  N: ([x]) => (typeof one(x) === "number" ? one(x) : 0),
  AND: (a) => a.flatMap(cells).every((v) => truthy(v)),
  OR: (a) => a.flatMap(cells).some((v) => truthy(v)),
  NOT: ([x]) => !truthy(x),
  NA: () => {
    throw new FormulaError("#N/A");
  },
  ISBLANK: ([x]) => one(x) === null,
  SUMIF: ([range, criterion, sum]) => sumIfs(sum ?? range, [range, criterion]),
  SUMIFS: ([sum, ...pairs]) => sumIfs(sum, pairs),
  SUMPRODUCT: (a) => {
    const lists = a.map(cells);
    if (lists.some((l) => l.length !== lists[0].length)) throw new FormulaError("#VALUE!");
    return lists[0].reduce<number>(
      (s, _, i) =>
        s + lists.reduce((p, l) => p * (typeof l[i] === "number" ? (l[i] as number) : 0), 1),
      0
    );
  },
  INDEX: ([range, row, col]) => {
    const g = grid(range);
    const r = number(row ?? 0);
    const c = number(col ?? 0);
    // INDEX(column, n) and INDEX(row, n) both take the nth cell.
    const [i, j] = g.length === 1 && c === 0 ? [1, r] : [r, c || 1];
    const v = g[i - 1]?.[j - 1];
    if (v === undefined) throw new FormulaError("#REF!");
    return v;
  },
  MATCH: ([value, range]) => {
    const i = cells(range).findIndex((v) => v !== null && compare(v, one(value)) === 0);
    if (i < 0) throw new FormulaError("#N/A");
    return i + 1;
  },
  DATE: ([y, m, d]) => toSerial(new Date(Date.UTC(number(y), number(m) - 1, number(d)))),
  EOMONTH: ([start, months]) => {
    const s = toDate(number(start));
    return toSerial(
      new Date(Date.UTC(s.getUTCFullYear(), s.getUTCMonth() + number(months) + 1, 0))
    );
  },
  DAY: ([x]) => toDate(number(x)).getUTCDate(),
  MONTH: ([x]) => toDate(number(x)).getUTCMonth() + 1,
  YEAR: ([x]) => toDate(number(x)).getUTCFullYear(),
  VALUE: ([x]) => {
    const n = Number(String(one(x) ?? "").trim());
    if (!Number.isFinite(n)) throw new FormulaError("#VALUE!");
    return n;
  },
  LEFT: ([x, n]) => String(one(x) ?? "").slice(0, n === undefined ? 1 : number(n)),
  RIGHT: ([x, n]) => {
    const s = String(one(x) ?? "");
    const k = n === undefined ? 1 : number(n);
    return k === 0 ? "" : s.slice(-k);
  },
};
