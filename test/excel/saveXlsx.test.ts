import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MemoryWorkbook } from "../../src/excel/memoryWorkbook";
import { saveXlsx } from "../../src/excel/memory/saveXlsx";
import { poolFunctions } from "../../src/taskpane/preview/poolFunctions";
import { YEAR_END } from "../core/ledger/bcfPool";
import { convertFiles, median, pagesOf } from "../templates/helpers";
import { formulaCells, validationOverlaps } from "../strict/xlsxRules";
import { fundingProfileExample } from "../../src/templates/fundingProfile";
import { workbookBuffer } from "../../src/templates/xlsxWriter";
import { asTemplateFile } from "../../src/taskpane/templateFiles";
import { ledgerWorkbook, L } from "./ledgerBook";
import { poolWorkbookPlans } from "../../src/excel/plans/poolWorkbook";
import { poolLayout } from "../../src/excel/plans/poolLayout";
import { HERTS, SCHEMES } from "./hertsPool";

/** The BCF ledger at year end in a workbook that calculates, as the preview's does. */
async function calculatingLedger() {
  const wb = new MemoryWorkbook([], poolFunctions);
  const { names } = await ledgerWorkbook("Year end", YEAR_END, wb);
  return { wb, names };
}

describe("saving the preview's workbook as .xlsx", () => {
  it("keeps every formula with the value it shows, each cell of a spill as INDEX into it, formats and settings", async () => {
    const { wb, names } = await calculatingLedger();
    const bytes = await saveXlsx(wb);
    const file = new ExcelJS.Workbook();
    await file.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(file.worksheets.map((w) => w.name)).toEqual(names);
    const ledger = file.getWorksheet("Ledger")!;
    // Every formula carries its value (read from the file's own XML); none is an error.
    const formulas = await formulaCells(bytes);
    expect(formulas.length).toBeGreaterThan(200);
    expect(formulas.filter((f) => !f.cached || f.error)).toEqual([]);
    // Excel's own rules: no two validations on the same cells (Excel would repair the file).
    expect(await validationOverlaps(bytes)).toEqual([]);
    // The partners' shares of what the draws leave: a spilled DEFICITSPLIT, each cell INDEX
    // into it with its value cached.
    const split = (at: string) => ledger.getCell(at).value as ExcelJS.CellFormulaValue;
    expect(split(`F${L.partners.first}`).formula).toMatch(
      /^INDEX\(IF\(.*POOL\.DEFICITSPLIT\(.*\),1\)$/
    );
    expect(split(`F${L.partners.last}`)).toMatchObject({
      formula: expect.stringMatching(/,2\)$/),
      result: 38009.05,
    });
    // A formula of one cell is saved as written.
    const r = L.lines.first;
    expect(split(`I${r}`).formula).toBe(`ROUND(G${r}+H${r},2)`);
    expect(ledger.getCell(`E${L.partners.first}`).numFmt).toBe("£#,##0.00;(£#,##0.00)");
    expect(ledger.getCell(`K${L.lines.first}`).fill).toMatchObject({
      fgColor: { argb: "FFFFF2CC" },
    });
    expect(ledger.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToWidth: 1,
    });
    expect(
      (ledger as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations
        .model[L.period]
    ).toMatchObject({ type: "list" });
  });

  it("keeps each sheet's names its own: two pools' Pool_Partners, each scoped to its sheet", async () => {
    const wb = new MemoryWorkbook([], poolFunctions);
    await wb.writeSheets(poolWorkbookPlans(HERTS, SCHEMES));
    await wb.writeSheets(poolWorkbookPlans({ ...HERTS, year: "2026/27" }, SCHEMES, " 2026-27"));
    const bytes = await saveXlsx(wb);
    const xml = await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")!.async("string");
    const partners = [
      ...xml.matchAll(/<definedName name="Pool_Partners" localSheetId="(\d+)">([^<]*)</g),
    ].map((m) => [m[1], m[2].replace(/&apos;/g, "'")]);
    const P = poolLayout(2);
    expect(partners).toEqual([
      ["0", `'Pool'!$A$${P.head}:$H$${P.checkRow}`],
      ["2", `'Pool 2026-27'!$A$${P.head}:$H$${P.checkRow}`],
    ]);
    // LibreOffice opens them as each sheet's own: in its own file, inside each sheet's table.
    const dir = convertFiles([{ name: "pools.xlsx", bytes }], "ods");
    const content = await (
      await JSZip.loadAsync(readFileSync(join(dir, "pools.ods")))
    )
      .file("content.xml")!
      .async("string");
    const tables = [...content.matchAll(/<table:table table:name="([^"]+)"(.*?)<\/table:table>/gs)];
    expect(tables.map(([, name, body]) => [name, body.includes('"Pool_Partners"')])).toEqual([
      ["Pool", true],
      ["Monitoring", false],
      ["Pool 2026-27", true],
      ["Monitoring 2026-27", false],
    ]);
  }, 120_000);

  it("opens in LibreOffice showing the figures, and prints readably on A4", async () => {
    const { wb } = await calculatingLedger();
    const dir = convertFiles([{ name: "ledger.xlsx", bytes: await saveXlsx(wb) }], "pdf");
    const pages = pagesOf(join(dir, "ledger.pdf"));
    const text = pages.map((p) => p.text).join(" ");
    expect(text).toContain("£361,990.95");
    // LibreOffice has no POOL functions: it shows the values the file holds, never #NAME?.
    expect(text).not.toMatch(/#NAME\?|#VALUE!|#REF!/);
    expect(text).toContain("Memorandum of accounts: Northshire County Council");
    expect(median(pages.flatMap((p) => p.heights))).toBeGreaterThanOrEqual(8);
  }, 120_000);

  it("saves a sheet whose name has an apostrophe with its print area, the apostrophe doubled as Excel writes it", async () => {
    const wb = new MemoryWorkbook([], poolFunctions);
    await wb.writeSheet({
      baseName: "Statement St John's Hospice",
      blocks: [{ at: "A1", cells: [["Statement of account"]] }],
      print: { orientation: "portrait", area: "A1:B2", header: "h", footer: "f", onePage: true },
    });
    const zip = await JSZip.loadAsync(await saveXlsx(wb));
    const book = await zip.file("xl/workbook.xml")!.async("string");
    expect(book).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;Statement St John&apos;&apos;s Hospice&apos;!$A$1:$B$2</definedName>`
    );
  });

  it("saves an inserted template with its table references as ranges, since the file has no tables", async () => {
    const def = fundingProfileExample();
    const bytes = await workbookBuffer(def);
    const wb = new MemoryWorkbook([], poolFunctions);
    await wb.insertTemplate(asTemplateFile(def, async () => bytes.toString("base64")));
    const saved = await saveXlsx(wb);
    const formulas = (await formulaCells(saved)).map((f) => f.formula);
    expect(formulas.length).toBeGreaterThan(10);
    expect(formulas.filter((f) => f.includes("["))).toEqual([]);
    const dir = convertFiles([{ name: "profile.xlsx", bytes: saved }], "pdf");
    const text = pagesOf(join(dir, "profile.pdf"))
      .map((p) => p.text)
      .join(" ");
    expect(text).toContain("Neighbourhood Renewal Fund");
    expect(text).not.toMatch(/#NAME\?|#VALUE!|#REF!/);
  }, 120_000);
});
