import { checkLedger, Unallocated } from "./check";
import { dueBy } from "./instalments";
import { Ledger, lineAnnual, PeriodFigures, UnderspendTreatment } from "./model";
import { drawDown, DrawStep } from "./orderOfDraw";
import { riskShareParts } from "./riskShareStep";
import { schemeSpending, SchemeSpending } from "./schemeSpending";

/** One contribution line's year: what came in, what it paid for, and what is left. */
export interface LinePosition {
  line: number;
  broughtForward: number;
  /** The year's contribution as varied to date. */
  contribution: number;
  /** Due to date from the instalments and variations. */
  due: number;
  received: number;
  /** Due but not received: a debtor of the host. */
  outstanding: number;
  /** Its share of the spending on the schemes it funds, within what it gave them. */
  schemes: number;
  /** Its underspend drawn to meet overspends elsewhere. */
  drawn: number;
  /** Its part of the contingency used. */
  contingency: number;
  /** schemes + drawn + contingency. */
  spending: number;
  /** broughtForward + contribution − spending: what is left on the line at year end. */
  balance: number;
  treatment: UnderspendTreatment;
}

export interface YearPosition {
  asAt: string;
  final: boolean;
  schemes: SchemeSpending[];
  lines: LinePosition[];
  unallocated: Unallocated[];
  /** Net spending over budget across the overspent schemes. */
  overspend: number;
  /** The order of draw, step by step, ending with the risk share. */
  steps: DrawStep[];
  /** Each partner's share of what the draws left: invoiced at year end. */
  invoices: number[];
  /** The pool's over (+) or under (−) spend: net spending against the money in the pool. */
  variance: number;
}

/**
 * The pool's year from its ledger and one period's figures: each scheme's spending charged
 * to its lines, any overspend met in the agreed order (underspends elsewhere, then the
 * contingency, then the risk share), and what each line has left. In pence throughout, so
 * Σ balances − Σ invoices is exactly minus the pool's variance.
 */
export function yearPosition(ledger: Ledger, figures: PeriodFigures): YearPosition {
  checkLedger(ledger);
  const { asAt } = figures;
  const schemes = schemeSpending(ledger, figures);
  const n = ledger.lines.length;
  const contribution = ledger.lines.map((_, l) => lineAnnual(ledger, l, asAt));
  const funds = ledger.lines.map((l, i) => (l.broughtForward ?? 0) + contribution[i]);
  const charged = new Array<number>(n).fill(0);
  for (const s of schemes) for (const c of s.charges) charged[c.line] += c.amount;
  const reserve = new Array<number>(n).fill(0);
  for (const f of ledger.contingency ?? []) reserve[f.line] += f.amount;
  // Spare: what a line has beyond its charges and its contingency.
  const spare = funds.map((f, l) => f - charged[l] - reserve[l]);
  const overspend = schemes.reduce((a, s) => a + s.overspend, 0);
  const draw = drawDown(ledger, overspend, spare, reserve);
  const invoices = riskShareParts(ledger, draw.left, schemes, asAt);
  const steps = [
    ...draw.steps,
    { step: "risk share" as const, before: draw.left, amount: draw.left, parts: invoices },
  ];
  const taken = (step: string, l: number) =>
    draw.steps.filter((s) => s.step === step).reduce((a, s) => a + s.parts[l], 0);
  const lines = ledger.lines.map((line, l): LinePosition => {
    const due = dueBy(ledger, l, asAt);
    const drawn = taken("underspends", l);
    const contingency = taken("contingency", l);
    const spending = charged[l] + drawn + contingency;
    return {
      line: l,
      broughtForward: line.broughtForward ?? 0,
      contribution: contribution[l],
      due,
      received: figures.received[l] ?? 0,
      outstanding: due - (figures.received[l] ?? 0),
      schemes: charged[l],
      drawn,
      contingency,
      spending,
      balance: funds[l] - spending,
      treatment: line.ringFenced ? ledger.rules.ringFenced : ledger.rules.other,
    };
  });
  const net = schemes.reduce((a, s) => a + s.net, 0);
  return {
    asAt,
    final: figures.final,
    schemes,
    lines,
    // What a line has that neither a scheme's budget nor the contingency was given.
    unallocated: funds
      .map((f, line) => ({ line, amount: f - reserve[line] - allocated(ledger, line) }))
      .filter((u) => u.amount !== 0),
    overspend,
    steps,
    invoices,
    variance: net - funds.reduce((a, b) => a + b, 0),
  };
}

/** What a line gives the schemes, by their budgets. */
const allocated = (ledger: Ledger, line: number) =>
  ledger.schemes
    .flatMap((s) => s.funding)
    .filter((f) => f.line === line)
    .reduce((a, f) => a + f.amount, 0);
