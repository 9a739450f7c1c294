import type { Custom } from "../../core";
import { MemoryWorkbook } from "../../excel/memoryWorkbook";

/**
 * The workbook the browser preview starts with: the Manchester 2005/06 contributions to
 * set a pool up from, and a messy budget sheet for the checker to find things in.
 */
export function demoWorkbook(functions?: Custom): MemoryWorkbook {
  const wb = new MemoryWorkbook(
    [
      {
        name: "Manchester 2005-06",
        rows: [
          ["Source", "Body type", "Contribution 2005/06"],
          ["Neighbourhood Renewal Fund", "Funding stream", 50000],
          ["Manchester City Council", "Council", 70000],
          ["PCTs", "PCT", 75500],
          ["Total", null, 195500],
        ],
      },
      {
        name: "LSP running costs",
        rows: [
          ["Partner", "Contribution", "Share"],
          ["Coventry City Council", 60000, 0.625],
          ["Coventry PCT", "£10,000", 0.1042],
          ["Learning and Skills Council", null, 0.1042],
          ["West Midlands Police", 10000, 0.1042],
          ["Total", 96000, null],
          [null, null, null],
          ["Overspend split", '=POOL.DEFICITSPLIT(B9,B2:B5,"host")', null],
        ],
      },
    ],
    functions
  );
  // The add-in's own error shows as a value, as Excel would hold it.
  wb.sheet("LSP running costs").cells.set("B8", {
    value: "#VALUE!",
    formula: '=POOL.DEFICITSPLIT(B9,B2:B5,"host")',
  });
  wb.selectRange("Manchester 2005-06", "A2:C4");
  return wb;
}
