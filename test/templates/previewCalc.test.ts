import { address } from "../../src/core/a1";
import { MemoryWorkbook } from "../../src/excel/memoryWorkbook";
import { TEMPLATE_BUILDERS } from "../../src/templates/catalog";
import { workbookBuffer } from "../../src/templates/xlsxWriter";
import { asTemplateFile } from "../../src/taskpane/templateFiles";
import { poolFunctions } from "../../src/taskpane/preview/poolFunctions";
import { calculatedTemplate } from "./calculatedTemplate";
import { shownAlike } from "../excel/shownAlike";

describe("every template inserted into the preview calculates as HyperFormula does", () => {
  it.each(TEMPLATE_BUILDERS.map((b) => [b().id, b]))("%s", async (_, build) => {
    const def = build();
    const bytes = await workbookBuffer(def);
    const wb = new MemoryWorkbook([], poolFunctions);
    await wb.insertTemplate(asTemplateFile(def, async () => bytes.toString("base64")));
    const theirs = await calculatedTemplate(def);
    const calc = wb.calculation();
    const disagreements: string[] = [];
    for (const sheet of wb.sheets) {
      theirs.rowsOf(sheet.name).forEach((row, r) =>
        row.forEach((expected, c) => {
          const at = address(c + 1, r + 1);
          const got = calc.cell(sheet.name, at);
          const mine = "error" in got ? got.error : (got.value ?? "");
          const same = shownAlike(mine, expected, !!sheet.cells.get(at)?.formula);
          if (!same)
            disagreements.push(`${sheet.name}!${at}: ${String(mine)} against ${String(expected)}`);
        })
      );
    }
    expect(disagreements.slice(0, 10)).toEqual([]);
  });
});
