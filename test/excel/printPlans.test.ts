import { join } from "node:path";
import { alignVsPool, agreementSchedule, METHOD_DESCRIPTIONS } from "../../src/core";
import { MemoryWorkbook } from "../../src/excel/memoryWorkbook";
import { saveXlsx } from "../../src/excel/memory/saveXlsx";
import { agreementSheetPlan } from "../../src/excel/plans/agreementSheet";
import { boardReportPlan } from "../../src/excel/plans/boardReport";
import { decisionSheetPlan } from "../../src/excel/plans/decisionSheet";
import { poolWorkbookPlans } from "../../src/excel/plans/poolWorkbook";
import { statementSheetPlan } from "../../src/excel/plans/statementSheet";
import { poolFunctions } from "../../src/taskpane/preview/poolFunctions";
import { YEAR_END } from "../core/ledger/bcfPool";
import {
  convertFiles,
  median,
  overlappingWords,
  pagesOf,
  PdfPage,
  wordsNotPrinted,
} from "../templates/helpers";
import { splitAddress } from "../../src/core/a1";
import type { MemorySheet } from "../../src/excel/memory/store";
import { HERTS, SCHEMES } from "./hertsPool";
import { ledgerWorkbook } from "./ledgerBook";

/**
 * Every kind of sheet the add-in writes, in a workbook that calculates, saved and printed
 * on A4 by LibreOffice: each page at a readable size, none holding only a few words.
 */
let pages: PdfPage[] = [];
let wb: MemoryWorkbook;

beforeAll(async () => {
  wb = new MemoryWorkbook([], poolFunctions);
  const [pool, monitoring] = await wb.writeSheets(poolWorkbookPlans(HERTS, SCHEMES));
  await wb.writeSheets(HERTS.partners.map((_, i) => statementSheetPlan(HERTS, i, `'${pool}'`)));
  await wb.writeSheet(boardReportPlan(HERTS, 2, `'${pool}'`, `'${monitoring}'`));
  const answers = ["pool", "pool", "pool", "pool", "pool", "", "", "pool"] as const;
  await wb.writeSheet(
    decisionSheetPlan([...answers], alignVsPool([...answers].map((a) => a || null)), {
      partnership: HERTS.name,
    })
  );
  const schedule = agreementSchedule(
    "POOL",
    {},
    {
      name: HERTS.name,
      partners: HERTS.partners,
      host: 0,
      ruleLabel: "In proportion to contributions",
      ruleDescription: METHOD_DESCRIPTIONS.proportional,
      year: "2025/26",
    }
  );
  await wb.writeSheet(agreementSheetPlan(schedule, HERTS.name));
  await ledgerWorkbook("Year end", YEAR_END, wb);
  const dir = convertFiles([{ name: "sheets.xlsx", bytes: await saveXlsx(wb) }], "pdf");
  pages = pagesOf(join(dir, "sheets.pdf"));
}, 120_000);

describe("every sheet the add-in writes, printed on A4 by LibreOffice", () => {
  it("prints every page at a readable size: the median word at least 8 pt high", () => {
    expect(pages.length).toBeGreaterThan(10);
    const small = pages.flatMap((p, i) =>
      median(p.heights) < 8 ? [`page ${i + 1}: ${p.text.slice(0, 60)}`] : []
    );
    expect(small).toEqual([]);
  });

  it("has no page holding only a handful of words", () => {
    const nearEmpty = pages.flatMap((p, i) => (p.words < 10 ? [`page ${i + 1}: ${p.text}`] : []));
    expect(nearEmpty).toEqual([]);
  });

  it("prints every heading, label and note whole: each word a sheet holds is on its own pages", () => {
    // Pages run sheet by sheet; a sheet's pages share its header and footer.
    const runs: PdfPage[][] = [];
    pages.forEach((p, i) => {
      if (i > 0 && p.margins === pages[i - 1].margins) runs[runs.length - 1].push(p);
      else runs.push([p]);
    });
    const sheets = wb.sheets.filter((s) => s.print);
    expect(runs.length).toBe(sheets.length);
    const cut = sheets.flatMap((sheet, i) =>
      wordsNotPrinted(printedTexts(sheet), runs[i]).map((w) => `${sheet.name}: ${w}`)
    );
    expect(cut).toEqual([]);
  });

  it("prints no text over other text, and no figure too wide for its column (###)", () => {
    const over = pages.flatMap((p, i) => overlappingWords(p).map((o) => `page ${i + 1}: ${o}`));
    expect(over).toEqual([]);
    expect(pages.map((p) => p.text).join(" ")).not.toContain("###");
  });

  it("shows no error anywhere", () => {
    expect(pages.map((p) => p.text).join(" ")).not.toMatch(/#NAME\?|#VALUE!|#REF!|#SPILL!|#CYCLE!/);
  });
});

/** The text typed into a sheet's cells inside its print area, bar cells a merge hides. */
function printedTexts(sheet: MemorySheet): string[] {
  const [from, to] = sheet.print!.area.split(":").map(splitAddress);
  const hidden = new Set(
    sheet.merges.flatMap((m) => {
      const [a, b] = m.split(":").map(splitAddress);
      const cells: string[] = [];
      for (let r = a.row; r <= b.row; r++)
        for (let c = a.col; c <= b.col; c++)
          if (r !== a.row || c !== a.col) cells.push(`${c},${r}`);
      return cells;
    })
  );
  return [...sheet.cells].flatMap(([at, cell]) => {
    const { col, row } = splitAddress(at);
    const inside = col >= from.col && col <= to.col && row >= from.row && row <= to.row;
    return inside && !cell.formula && typeof cell.value === "string" && !hidden.has(`${col},${row}`)
      ? [cell.value]
      : [];
  });
}
