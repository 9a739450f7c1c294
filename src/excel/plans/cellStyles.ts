/** Formats and fills the sheets the pane writes share. */
export const MONEY = "£#,##0.00;(£#,##0.00)";
export const PERCENT = "0.00%";
/** Input cells are pale yellow, as in the templates and most council finance workbooks. */
export const INPUT = "#FFF2CC";

/** "B7" as an absolute reference, "$B$7", so a formula can be copied without it moving. */
export const abs = (a: string) => a.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
