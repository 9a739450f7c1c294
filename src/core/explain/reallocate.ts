import { reallocate } from "../reallocate";
import { Explanation } from "./explanation";
import { money, percent, who, poss } from "./words";

/**
 * REALLOCATE's figure for one area: its target on need, its limits, whether it is held at
 * one, and (in the second column) the change from what it has now.
 */
export function explainReallocate(
  total: number,
  current: number[],
  need: number[],
  maxChange: number | undefined,
  i: number,
  column: 0 | 1,
  names?: string[]
): Explanation {
  const r = reallocate(total, current, need, maxChange);
  const name = who(i, names);
  const alloc = r.allocation[i];
  const needSum = need.reduce((a, b) => a + b, 0);
  const target = (total * need[i]) / needSum;
  const steps = [
    `${poss(name)} need figure is ${need[i]} of ${Number(needSum.toPrecision(12))} (${percent(need[i] / needSum)}), so on need alone its target is ${percent(need[i] / needSum)} of ${money(total)}: about ${money(target)}.`,
  ];
  if (maxChange === undefined) {
    steps.push(
      `No limit on change was given, so every area gets its target, rounded to the penny so the allocations add up to ${money(total)}: ${money(alloc)}.`
    );
  } else {
    const lo = current[i] * (1 - maxChange);
    const hi = current[i] * (1 + maxChange);
    steps.push(
      `It may move at most ${percent(maxChange)} from its current ${money(current[i])}: between ${money(lo)} and ${money(hi)}.`
    );
    if (r.held[i] < 0)
      steps.push(
        `Its target is below that, so it is held at the least it may keep: ${money(alloc)}.`
      );
    else if (r.held[i] > 0)
      steps.push(
        `Its target is above that, so it is held at the most it may gain: ${money(alloc)}.`
      );
    else
      steps.push(
        `It is not held at a limit, so it shares what the held areas free or cost, in proportion to need with the other areas not at a limit, to the penny: ${money(alloc)}.`
      );
  }
  const change = r.change[i];
  const changeLine = `The change is the new allocation less the current: ${money(alloc)} − ${money(current[i])} = ${change < 0 ? "−" : "+"}${money(change)}, ${change < 0 ? "a loss" : change > 0 ? "a gain" : "no change"}.`;
  if (column === 1) steps.push(changeLine);
  return {
    figure: column === 0 ? alloc : change,
    summary:
      column === 0
        ? `${poss(name)} new allocation is ${money(alloc)} of ${money(total)}.`
        : `${name} ${change < 0 ? "loses" : "gains"} ${money(change)} against its current allocation.`,
    steps,
  };
}
