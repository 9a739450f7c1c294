import { apportion } from "../apportion";
import { Draw, isFundingStream, Ledger } from "./model";

/** One step of the order of draw: how much of the overspend it met, and from whom. */
export interface DrawStep {
  step: Draw | "risk share";
  /** Overspend still to meet when the step began. */
  before: number;
  /** What the step met. */
  amount: number;
  /** Pence taken from each line (underspends, contingency) or asked of each partner (risk share). */
  parts: number[];
}

/** Lines whose spare money may meet another scheme's overspend: not ring-fenced, not a funding stream. */
export function drawable(ledger: Ledger, line: number): boolean {
  const l = ledger.lines[line];
  return !l.ringFenced && !l.grant && !isFundingStream(ledger.partners[l.partner]);
}

/**
 * Meet an overspend from the draws in the agreed order: each takes what it can, up to what
 * is still to meet, from its lines in proportion to what each has (largest remainder, so
 * no line gives more than it has). `spare` is each line's underspend; `reserve` each line's
 * contingency. Returns the steps taken and the overspend left for the risk share.
 */
export function drawDown(
  ledger: Ledger,
  overspend: number,
  spare: number[],
  reserve: number[]
): { steps: DrawStep[]; left: number } {
  let left = overspend;
  const steps: DrawStep[] = [];
  for (const step of ledger.rules.draws) {
    const pot = (step === "underspends" ? spare : reserve).map((p, l) =>
      step === "underspends" && !drawable(ledger, l) ? 0 : Math.max(0, p)
    );
    const available = pot.reduce((a, b) => a + b, 0);
    const amount = Math.min(left, available);
    const parts = amount > 0 ? apportion(amount, pot) : pot.map(() => 0);
    steps.push({ step, before: left, amount, parts });
    left -= amount;
  }
  return { steps, left };
}
