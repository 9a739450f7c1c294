import { checkSheet } from "../../src/core";
import { officeWorkbook } from "../../src/excel/officeWorkbook";
import { WorkbookError } from "../../src/excel/types";
import { fundingProfileExample } from "../../src/templates/fundingProfile";
import { asTemplateFile } from "../../src/taskpane/templateFiles";
import { installExcelMock } from "./excelMock";

/** Excel.run failing with an Office.js error code, as Excel on the web reports it. */
function failWith(code: string) {
  installExcelMock();
  (globalThis as unknown as { Excel: { run: unknown } }).Excel.run = async () => {
    throw Object.assign(new Error(`RichApi.Error ${code}`), { code });
  };
}

describe("what Excel on the web refuses", () => {
  it.each(["GeneralException", "InvalidArgument"])(
    "an insert refused with %s says so plainly and offers the .xlsx",
    async (code) => {
      failWith(code);
      const insert = officeWorkbook.insertTemplate(
        asTemplateFile(fundingProfileExample(), async () => "UEsDBA==")
      );
      await expect(insert).rejects.toThrow(/Excel on the web refuses some files.*Download \.xlsx/);
      await expect(insert).rejects.toMatchObject({ offerDownload: true });
      await expect(insert).rejects.not.toThrow(/Finish editing/);
    }
  );

  it.each([
    [
      "InvalidSelection",
      /Select one block of cells \(not several areas, and not a chart or a shape\)/,
    ],
    ["ResponsePayloadSizeLimitExceeded", /more than Excel on the web sends at once/],
  ])("%s says what to do", async (code, words) => {
    failWith(code);
    const read = officeWorkbook.readSelection();
    await expect(read).rejects.toBeInstanceOf(WorkbookError);
    await expect(read).rejects.toThrow(words);
  });
});

describe("a big sheet", () => {
  // 10,000 rows of a name, a figure as text and eighteen numbers: 200,000 cells.
  const rows = 10_000;
  const cols = 20;
  const values = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) =>
      c === 0 ? `Scheme ${r + 1}` : c === 1 ? `£${r},000` : r * c
    )
  );
  const used = { address: "Budget!A1:T10000", values, formulas: values };

  it("is read in blocks, each response far under Excel on the web's 5 MB", async () => {
    const rec = installExcelMock({ activeSheet: "Budget", used });
    const snapshot = await officeWorkbook.readSheet();
    expect(snapshot.values).toHaveLength(rows);
    expect(snapshot.values[9999][19]).toBe(9999 * 19);
    expect(snapshot.formulas[0][0]).toBe("Scheme 1");
    // The first request learns the used range; then 1,000 rows a request.
    expect(rec.syncs).toBe(11);
    expect(rec.largestResponse).toBeGreaterThan(0);
    expect(rec.largestResponse).toBeLessThan(1_000_000);
  });

  it("a small sheet is still read in one request", async () => {
    const rec = installExcelMock({
      activeSheet: "Budget",
      used: {
        address: "Budget!A1:T100",
        values: values.slice(0, 100),
        formulas: values.slice(0, 100),
      },
    });
    expect((await officeWorkbook.readSheet()).values).toHaveLength(100);
    expect(rec.syncs).toBe(1);
  });

  it("is checked, and its numbers stored as text are found", async () => {
    installExcelMock({ activeSheet: "Budget", used });
    const s = await officeWorkbook.readSheet();
    const findings = checkSheet({
      sheet: s.sheet,
      originRow: 1,
      originCol: 1,
      values: s.values,
      formulas: s.formulas,
    });
    expect(findings.some((f) => f.kind === "text-number")).toBe(true);
  });
});
