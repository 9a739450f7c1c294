export { PoolError, isPoolError } from "./errors";
export type { PoolErrorCode } from "./errors";
export { apportion } from "./apportion";
export { Refuse } from "./messages";
export { toPence, fromPence, formatPounds, formatPence, MAX_POUNDS } from "./money";
export { poolShare } from "./poolShare";
export {
  deficitSplit,
  parseMethod,
  parseUnderspend,
  METHOD_DESCRIPTIONS,
  METHOD_LABELS,
  SPLIT_METHODS,
} from "./deficitSplit";
export type { SplitMethod, SplitOptions, UnderspendRule } from "./deficitSplit";
export { alignVsPool, parseAnswer, SCORING_RULE, TABLE_11 } from "./alignVsPool";
export type {
  AlignVsPoolOptions,
  AlignVsPoolResult,
  Recommendation,
  Answer,
  Table11Test,
} from "./alignVsPool";
export {
  finQuarter,
  finYear,
  finYearSeries,
  isYearLabel,
  financialYearOf,
  yearLabel,
  fromSerial,
  toSerial,
  parseDateText,
} from "./finYear";
export type { YMD } from "./finYear";
export { parseAmount, coerceAmounts, coerceOptionalNumber, flatten, to2d, isBlank } from "./inputs";
export type { AmountOptions, CellValue, Orientation } from "./inputs";
export {
  BODY_TYPES,
  bodyTypeFromName,
  parseBodyType,
  eligibilityWarnings,
  POWER_NAMES,
} from "./legal";
export type { BodyType, Power } from "./legal";
export { memorandum } from "./memorandum";
export { riskShare } from "./riskShare";
export type { RiskBand, RiskUnderspend, RiskShareResult, BandSplit } from "./riskShare";
export { reallocate } from "./reallocate";
export type { Reallocation } from "./reallocate";
export { formatPercent } from "./percent";
export type { MemorandumLine, MemorandumPartner, PoolFigures } from "./memorandum";
export { TABLE_12, questionsFor } from "./agreementQuestions";
export { agreementSchedule, SHARED_RISKS } from "./agreementSchedule";
export type { Schedule, ScheduleFacts, ScheduleItem } from "./agreementSchedule";
export type { AgreementQuestion } from "./agreementQuestions";
export { checkSheet } from "./workbookCheck";
export type { Finding, FindingKind, SheetGrid } from "./workbookCheck";
export type { Explanation } from "./explain/explanation";
export { explanationText } from "./explain/explanation";
export { explainDeficitSplit } from "./explain/deficitSplit";
export { explainRiskShare } from "./explain/riskShare";
export { explainPoolShare } from "./explain/poolShare";
export { explainReallocate } from "./explain/reallocate";
export { explainAlignVsPool } from "./explain/alignVsPool";
export { explainFinYear } from "./explain/finYear";
export { parseFormula, referencesIn } from "./formula/parse";
export type { FormulaNode, Literal } from "./formula/parse";
export { evaluate, FormulaError } from "./formula/evaluate";
export type { ArgValue, Custom, Lookup } from "./formula/evaluate";
export { poolCallsIn, POOL_FUNCTIONS } from "./formula/poolCalls";
export type { PoolCall, PoolFunction } from "./formula/poolCalls";
export { labelRangeFor } from "./formula/labels";
export { rangesToRead } from "./formula/source";
export type { FormulaSource } from "./formula/source";
export { forecastVariance, latestForecast, quarterTotals, checkQuarter } from "./monitoring";
export type { QuarterFigures, SchemeFigures } from "./monitoring";
export { nextYear, nextYearLabel, upliftFromText, upliftPence } from "./nextYear";
export type { BalanceTreatment, NextYearPartner, YearEndPartner } from "./nextYear";
export { BANDS_LABEL, BAND_UNDERSPEND_WORDS } from "./poolSetup";
export { PERIODS, YEAR_END, periodMonths, monthPeriod, monthLabel } from "./period";
export type { PoolSetup, PoolPartner } from "./poolSetup";
export * from "./ledger";
