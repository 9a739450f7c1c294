import { PoolError } from "./errors";
import { formatPence as pence, formatPounds as pounds } from "./money";
import { formatPercent as percent } from "./percent";

/**
 * Every refusal the engine makes, in one place, written for a finance officer (as
 * HyperFormula keeps its ErrorMessage class): the code picks the Excel error kind, the
 * words say what is wrong and what to do. Callers throw what these return.
 */

const shown = (v: unknown) => String(v);

export const Refuse = {
  // Amounts
  notANumber: (what: string) => new PoolError("NOT_FINITE", `The ${what} is not a usable number.`),
  tooLarge: (what: string, limit: number) =>
    new PoolError(
      "TOO_LARGE",
      `The ${what} is too large to split to the penny: amounts up to ${pounds(limit).replace(".00", "")} can be split exactly.`
    ),
  notWholePence: (what: string, value: number) =>
    new PoolError(
      "NOT_WHOLE_PENCE",
      `The ${what}, £${String(Math.abs(value))}${value < 0 ? " (negative)" : ""}, is not a whole number of pence; round it with ROUND(…, 2).`
    ),
  totalNotWholePence: () =>
    new PoolError("BAD_NUMBER", "The amount to split must be a whole number of pence."),

  // Partners and weights
  noPartnersToShare: () =>
    new PoolError("EMPTY_RANGE", "There are no partners to share the amount between."),
  noContributions: () =>
    new PoolError("EMPTY_RANGE", "There are no partners' contributions to split between."),
  badWeight: (i: number, w: number) =>
    new PoolError(
      "BAD_WEIGHTS",
      `Partner ${i + 1}'s basis for sharing (${shown(w)}) must be a number of zero or more.`
    ),
  weightsAddToZero: () =>
    new PoolError(
      "NO_CONTRIBUTIONS",
      "The partners' bases for sharing add up to zero, so there is nothing to share in proportion to."
    ),
  contributionsAddToZero: () =>
    new PoolError(
      "NO_CONTRIBUTIONS",
      "The contributions add up to zero, so there is nothing to split in proportion to."
    ),
  negativeContribution: (i: number, v: number) =>
    new PoolError(
      "NEGATIVE_CONTRIBUTION",
      `Partner ${i + 1}'s contribution (${shown(v)}) must be an amount of zero or more.`
    ),

  // DEFICITSPLIT's rule
  badMethod: (method: string, codes: string[], example: string) =>
    new PoolError(
      "BAD_METHOD",
      `"${method}" is not a split method. Use one of: ${codes.join(", ")}, or its words on the Pool sheet ("${example}").`
    ),
  badUnderspend: (text: string, choices: string) =>
    new PoolError(
      "BAD_METHOD",
      `"${text}" is not a way to return an underspend${choices === "bands" ? " here" : ""}. Use "proportional" or "${choices}", or leave it blank.`
    ),
  hostRequired: (method: string, n: number) =>
    new PoolError(
      "HOST_REQUIRED",
      `The "${method}" method needs the host partner: give its position, 1 to ${n}.`
    ),
  hostOutOfRange: (n: number) =>
    new PoolError(
      "HOST_OUT_OF_RANGE",
      `The host must be one of the ${n} partners (position 1 to ${n}).`
    ),
  hostNotWhole: (position: number, n: number) =>
    new PoolError(
      "HOST_OUT_OF_RANGE",
      `The host position (${position}) must be a whole number from 1 to ${n}.`
    ),
  capsMissing: (n: number) =>
    new PoolError(
      "SHAPE_MISMATCH",
      `The "capped" method needs a cap for each of the ${n} partners.`
    ),
  capsMisfit: (caps: number, n: number) =>
    new PoolError(
      "SHAPE_MISMATCH",
      `There are ${caps} caps for ${n} partners; give one cap per partner (leave a cap blank for no cap).`
    ),
  negativeCap: (i: number, cap: number) =>
    new PoolError(
      "NEGATIVE_CAP",
      `Partner ${i + 1}'s cap (${shown(cap)}) must be an amount of zero or more.`
    ),
  capsTooLow: (coverPence: number, variancePence: number) =>
    new PoolError(
      "CAPS_TOO_LOW",
      `Caps cover ${pence(coverPence)} of the ${pence(variancePence)} overspend; raise them by ${pence(variancePence - coverPence)}.`
    ),
  negativeThreshold: (threshold: number) =>
    new PoolError(
      "NEGATIVE_THRESHOLD",
      `The threshold (${shown(threshold)}) must be an amount of zero or more.`
    ),

  // POOLSHARE
  noBasisPartners: () => new PoolError("EMPTY_RANGE", "There are no partners in the basis range."),
  noBasisColumns: () => new PoolError("EMPTY_RANGE", "The basis range has no columns."),
  raggedBasis: (i: number, has: number, k: number) =>
    new PoolError(
      "SHAPE_MISMATCH",
      `Partner ${i + 1} has ${has} basis figures; every partner needs ${k}.`
    ),
  badBasisFigure: (i: number, j: number, v: number) =>
    new PoolError(
      "NEGATIVE_CONTRIBUTION",
      `Partner ${i + 1}'s basis figure in column ${j + 1} (${shown(v)}) must be a number of zero or more.`
    ),
  basisAddsToZero: () =>
    new PoolError(
      "NO_CONTRIBUTIONS",
      "The basis figures add up to zero, so there are no shares to work out."
    ),
  basisColumnAddsToZero: (j: number) =>
    new PoolError(
      "NO_CONTRIBUTIONS",
      `Basis column ${j + 1} adds up to zero, so it cannot be turned into shares; give it a weight of 0 or fill it in.`
    ),
  weightsMisfit: (has: number, k: number) =>
    new PoolError(
      "SHAPE_MISMATCH",
      `There are ${has} weights for ${k} basis columns; give one weight per column.`
    ),
  /** A weight given by position: a basis column's (POOLSHARE) or a test's (ALIGNVSPOOL). */
  badWeightAt: (j: number, v: number) =>
    new PoolError("BAD_WEIGHTS", `Weight ${j + 1} (${shown(v)}) must be a number of zero or more.`),
  blendWeightsZero: () =>
    new PoolError("BAD_WEIGHTS", "The weights add up to zero; give at least one column a weight."),
  fixedMisfit: (has: number, n: number) =>
    new PoolError(
      "SHAPE_MISMATCH",
      `There are ${has} fixed shares for ${n} partners; give one per partner (blank where a partner shares the rest).`
    ),
  fixedOver100: (i: number, f: number) =>
    new PoolError(
      "BAD_SHARE",
      `Partner ${i + 1}'s fixed share (${f}) is more than 100%; write a share as 50% or 0.5.`
    ),
  fixedBelow0: (i: number, f: number) =>
    new PoolError(
      "BAD_SHARE",
      `Partner ${i + 1}'s fixed share (${shown(f)}) must be a share from 0% to 100%.`
    ),
  fixedSumOver100: (sum: number) =>
    new PoolError("BAD_SHARE", `The fixed shares add up to ${percent(sum)}, more than 100%.`),
  allFixedNot100: (sum: number) =>
    new PoolError(
      "BAD_SHARE",
      `Every partner has a fixed share and they add up to ${percent(sum)}, not 100%; leave blank the shares of partners who share the rest.`
    ),
  restHasNoBasis: (rest: number) =>
    new PoolError(
      "NO_CONTRIBUTIONS",
      `The partners without a fixed share have basis figures that add up to zero, so the remaining ${percent(rest)} cannot be shared between them.`
    ),

  // RISKSHARE
  noBands: () => new PoolError("EMPTY_RANGE", "The risk-share schedule has no bands."),
  bandsMisfit: (n: number, width: number) =>
    new PoolError(
      "SHAPE_MISMATCH",
      `The bands need a size column and one column of shares for each of the ${n} partners (${n + 1} columns); the range given has ${width}.`
    ),
  bandWithoutSize: (b: number) =>
    new PoolError(
      "BAD_BAND",
      `Band ${b + 1} has no size; only the last band may be left blank (meaning everything beyond).`
    ),
  negativeBandSize: (b: number, size: number) =>
    new PoolError(
      "BAD_BAND",
      `Band ${b + 1}'s size (${shown(size)}) must be an amount of zero or more.`
    ),
  bandSharesMisfit: (b: number, has: number, n: number) =>
    new PoolError(
      "SHAPE_MISMATCH",
      `Band ${b + 1} has shares for ${has} partners, but there are ${n}; give one column per partner.`
    ),
  negativeBandShare: (b: number, i: number, s: number) =>
    new PoolError(
      "BAD_BAND",
      `Band ${b + 1}'s share for partner ${i + 1} (${shown(s)}) must be 0% or more.`
    ),
  bandSharesNot100: (b: number, sum: number) =>
    new PoolError(
      "BAD_BAND",
      `Band ${b + 1}'s shares add up to ${percent(sum)}, not 100%; leave them all blank to share the band in proportion to contributions.`
    ),

  // REALLOCATE
  noAreas: () => new PoolError("EMPTY_RANGE", "There are no areas to allocate between."),
  needMisfit: (has: number, n: number) =>
    new PoolError(
      "SHAPE_MISMATCH",
      `There are ${has} need figures for ${n} areas; give one need figure per area.`
    ),
  negativeTotal: () => new PoolError("BAD_NUMBER", "The total to allocate must be zero or more."),
  negativeAllocation: (i: number, v: number) =>
    new PoolError(
      "NEGATIVE_CONTRIBUTION",
      `Area ${i + 1}'s current allocation (${shown(v)}) must be an amount of zero or more.`
    ),
  badNeed: (i: number, v: number) =>
    new PoolError(
      "BAD_WEIGHTS",
      `Area ${i + 1}'s need figure (${shown(v)}) must be a number of zero or more.`
    ),
  needAddsToZero: () =>
    new PoolError(
      "NO_CONTRIBUTIONS",
      "The need figures add up to zero, so there is no need to allocate in proportion to."
    ),
  badMaxChange: (v: number) =>
    new PoolError(
      "BAD_NUMBER",
      `The most an area may change (${shown(v)}) must be a share such as 10% or 0.1.`
    ),
  limitsTooHigh: (limit: number, leastPence: number, totalPence: number) =>
    new PoolError(
      "LIMITS_UNMET",
      `Within ±${percent(limit)} the areas must keep at least ${pence(leastPence)}, ${pence(leastPence - totalPence)} more than the total; allow a larger change or raise the total.`
    ),
  limitsTooLow: (limit: number, mostPence: number, totalPence: number) =>
    new PoolError(
      "LIMITS_UNMET",
      `Within ±${percent(limit)} the areas can take at most ${pence(mostPence)}, ${pence(totalPence - mostPence)} less than the total; allow a larger change or lower the total.`
    ),

  // Cells
  emptyRange: (what: string) => new PoolError("EMPTY_RANGE", `The ${what} range is empty.`),
  notAList: (what: string, rows: number, cols: number) =>
    new PoolError(
      "SHAPE_MISMATCH",
      `The ${what} must be a single row or a single column; the range given is ${rows} rows by ${cols} columns.`
    ),
  errorInCell: (what: string, at: string, code: string) =>
    new PoolError("BAD_NUMBER", `In the ${what}, ${at} holds ${code}; correct that cell first.`),
  dataTypeInCell: (what: string, at: string) =>
    new PoolError(
      "BAD_NUMBER",
      `In the ${what}, ${at} holds a data type, not an amount; use its number, for example with =A1.Price, or type the figure.`
    ),
  notAnAmount: (what: string, at: string, shownCell: string) =>
    new PoolError(
      "BAD_NUMBER",
      `In the ${what}, ${at} holds ${shownCell}, which is not an amount. Use a number such as 20000, £20,000 or (5,000).`
    ),
  negativeInCell: (what: string, at: string, shownCell: string) =>
    new PoolError(
      "NEGATIVE_CONTRIBUTION",
      `In the ${what}, ${at} is negative (${shownCell}); it must be zero or more.`
    ),
  notANumberArgument: (what: string, shownCell: string) =>
    new PoolError("BAD_NUMBER", `The ${what} ${shownCell} is not a number.`),
  dataTypeArgument: (what: string) =>
    new PoolError(
      "BAD_NUMBER",
      `The ${what} is a data type, not a number; use its number, for example with =A1.Price, or type the figure.`
    ),

  // ALIGNVSPOOL
  badAnswer: (position: number, shownAnswer: string) =>
    new PoolError(
      "BAD_ANSWER",
      `Answer ${position + 1} (${shownAnswer}) is not understood. Use "pool", "align", a number from -1 to 1, or leave it blank if unknown.`
    ),
  logicalAnswer: (position: number, value: boolean) =>
    new PoolError(
      "BAD_ANSWER",
      `Answer ${position + 1} is ${value ? "TRUE" : "FALSE"}, which does not say which way test ${position + 1} points. Use "pool", "align", a number from -1 to 1, or leave it blank if unknown.`
    ),
  answerNotUnderstood: (position: number, shownAnswer: string) =>
    new PoolError(
      "BAD_ANSWER",
      `Answer ${position + 1} (${shownAnswer}) is not understood. Use "pool", "align", a number from -1 to 1, or leave it blank if unknown.`
    ),
  testWeightCount: (given: number) =>
    new PoolError("BAD_WEIGHTS", `Give 8 weights, one per test (you gave ${given}).`),
  testWeightsZero: () =>
    new PoolError(
      "BAD_WEIGHTS",
      "The weights add up to zero, so no test counts; give at least one test a weight above zero."
    ),

  // Dates and years
  notAnExcelDate: (serial: number) =>
    new PoolError(
      "BAD_DATE",
      `${serial} is not a date Excel can show (1 March 1900 to 31 December 9999).`
    ),
  badStartMonth: (month: number) =>
    new PoolError(
      "BAD_START_MONTH",
      `The start month (${shown(month)}) must be a whole number from 1 (January) to 12 (December).`
    ),
  notADate: (shownCell: string) =>
    new PoolError(
      "BAD_DATE",
      `${shownCell} is not a date. Use a date cell or text such as 01/04/2003.`
    ),
  emptyDates: () => new PoolError("EMPTY_RANGE", "The date range is empty."),
  notAFinancialYear: (year: string) =>
    new PoolError(
      "BAD_DATE",
      `"${year}" is not a financial year such as 2025/26, so the next year cannot be labelled.`
    ),

  // A pool through the year
  badUplift: (partner: string, uplift: number) =>
    new PoolError(
      "BAD_NUMBER",
      `${partner}'s uplift (${shown(uplift)}) must be a percentage such as 2.5%.`
    ),
  savingBelowZero: (partner: string, pounds: number) =>
    new PoolError(
      "NEGATIVE_CONTRIBUTION",
      `${partner}'s saving takes its contribution below zero (${pounds}); reduce the saving.`
    ),
  negativeSchemeFigure: (scheme: string, what: string, v: number) =>
    new PoolError(
      "BAD_NUMBER",
      `${scheme}'s ${what} (${shown(v)}) must be an amount of zero or more.`
    ),

  // Reading a formula for Explain this figure
  formulaUnreadable: (why: string) =>
    new PoolError("BAD_FORMULA", `The formula could not be read: ${why}.`),
  formulaBeyondExplanation: (what: string) =>
    new PoolError(
      "BAD_FORMULA",
      `${what}, which the explanation cannot work out; put that part in a cell of its own and refer to the cell.`
    ),
  textInSum: (text: string) =>
    new PoolError("BAD_FORMULA", `"${text}" is used in a sum but is not a number.`),

  // The pool's ledger
  badPeriod: (period: string) =>
    new PoolError(
      "BAD_DATE",
      `"${period}" is not a reporting period: use Quarter 1 to Quarter 4, Month 1 to Month 12, or Year end.`
    ),
  ledgerNotYearEnd: () =>
    new PoolError(
      "BAD_DATE",
      "Next year starts from the year's outturn: set the Ledger sheet's period to Year end once the actual figures are in."
    ),
  ledgerNoPartners: () => new PoolError("EMPTY_RANGE", "The pool has no partners."),
  ledgerBadReference: (what: string, position: number, count: number, kind: string) =>
    new PoolError(
      "BAD_LEDGER",
      `${what} names ${kind} ${position + 1}, but there ${count === 1 ? "is" : "are"} only ${count}.`
    ),
  ledgerBadAmount: (what: string, value: number) =>
    new PoolError(
      "BAD_LEDGER",
      `${what} (${shown(value)}) must be a whole number of pence of zero or more.`
    ),
  hostIsFundingStream: (host: string) =>
    new PoolError(
      "CHARGES_FUNDING_STREAM",
      `${host} is a funding stream, so it cannot host the pool: choose the organisation that holds the money.`
    ),
  instalmentsMisfit: (line: string, paid: number, annual: number) =>
    new PoolError(
      "BAD_LEDGER",
      `The instalments for ${line} add up to ${pence(paid)}, not its annual contribution of ${pence(annual)}.`
    ),
  variationWithoutReason: (line: string, date: string) =>
    new PoolError(
      "BAD_LEDGER",
      `The variation to ${line} on ${date} needs a reason, as the agreement's variation clause asks.`
    ),
  badIsoDate: (what: string, date: string) =>
    new PoolError("BAD_DATE", `${what} has the date "${date}"; write it as 2025-04-01.`),
  lineOvercommitted: (line: string, committed: number, available: number) =>
    new PoolError(
      "BAD_LEDGER",
      `Schemes and the contingency are given ${pence(committed)} from ${line}, which has only ${pence(available)}.`
    ),
  streamCommissions: (scheme: string, partner: string) =>
    new PoolError(
      "CHARGES_FUNDING_STREAM",
      `${scheme} names ${partner} as its lead commissioner, but ${partner} is a funding stream, and a funding stream never bears an overspend; name the organisation that commissions it.`
    ),
  contingencyFromProtectedLine: (line: string, why: string) =>
    new PoolError(
      "CHARGES_FUNDING_STREAM",
      `The contingency is funded from ${line}, which is ${why}: its money cannot meet other schemes' overspends. Fund the contingency from partners' own contributions.`
    ),
  ruleChargesStream: (rule: string, partner: string) =>
    new PoolError(
      "CHARGES_FUNDING_STREAM",
      `The rule "${rule}" would charge ${partner}, a funding stream, with part of an overspend; a funding stream never bears one. Choose a rule that leaves it out, such as in proportion to contributions.`
    ),
  bandChargesStream: (band: number, partner: string) =>
    new PoolError(
      "CHARGES_FUNDING_STREAM",
      `Band ${band + 1} of the risk-share schedule gives ${partner}, a funding stream, a share of an overspend; a funding stream never bears one. Set its share in that band to 0%.`
    ),
  incomeWithoutBudget: (scheme: string) =>
    new PoolError(
      "BAD_LEDGER",
      `${scheme} has income beyond its spending but no budget, so no contribution line can hold it; give it a budget or record the income against a funded scheme.`
    ),
  noPartnerBearsOverspend: () =>
    new PoolError(
      "NO_CONTRIBUTIONS",
      "No partner other than funding streams contributes to the pool, so nobody can bear an overspend."
    ),

  answerCount: (given: number) =>
    new PoolError(
      "WRONG_ANSWER_COUNT",
      `Give 8 answers, one for each test in order (you gave ${given}); leave a test blank if you don't know.`
    ),
};
