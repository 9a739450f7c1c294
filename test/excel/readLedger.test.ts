import { instalmentsOf } from "../../src/core/ledger";
import { MemoryWorkbook } from "../../src/excel/memoryWorkbook";
import { ledgerSheetPlan } from "../../src/excel/plans/ledgerSheet";
import { readLedgerSheet } from "../../src/excel/plans/readLedger";
import { BCF, BCF_BANDED, p, YEAR_END } from "../core/ledger/bcfPool";
import { ledgerLayout } from "../../src/excel/plans/ledgerLayout";
import { enter } from "./ledgerBook";
import { CalculatedBook } from "./hyperBook";

/** The ledger as written, its instalments spelt out as the sheet holds them. */
const asWritten = (ledger: typeof BCF) => ({ ...ledger, instalments: instalmentsOf(ledger) });

describe("reading a Ledger sheet back", () => {
  it("gives the pool's ledger as written, and the period's figures as typed", async () => {
    const wb = new MemoryWorkbook();
    const [name] = await wb.writeSheets([ledgerSheetPlan(BCF, "Year end")]);
    const book = new CalculatedBook(wb);
    enter(book.for(name), "Year end", YEAR_END);
    const read = readLedgerSheet(await wb.readSheet(name));
    expect(read.ledger).toEqual(asWritten(BCF));
    expect(read.period).toBe("Year end");
    expect(read.figures).toEqual({
      ...YEAR_END,
      income: YEAR_END.income ?? BCF.schemes.map(() => 0),
    });
  });

  it("reads what the host changed on the sheet, and follows its parts through inserted rows and a rename", async () => {
    const wb = new MemoryWorkbook();
    const [name] = await wb.writeSheets([ledgerSheetPlan(BCF_BANDED, "Quarter 2")]);
    const book = new CalculatedBook(wb);
    const sheet = book.for(name);
    const B = ledgerLayout(BCF_BANDED);
    // The additional contribution raised, and the rule changed to the commissioner's.
    sheet.set(`G${B.lines.first + 2}`, 2100000);
    sheet.set(B.rule, "Lead commissioner bears it");
    book.insertRows(name, 3, 2);
    // Above the schemes' heading, which the two rows above have already moved down by 2.
    book.insertRows(name, B.schemes.head + 2);
    book.renameSheet(name, "Ledger 2025-26");
    const read = readLedgerSheet(await wb.readSheet("Ledger 2025-26"));
    expect(read.ledger.lines[2].annual).toBe(p(2_100_000));
    expect(read.ledger.rules.riskShare).toEqual({ kind: "commissioner" });
    expect(read.ledger.schemes.map((s) => s.name)).toEqual(BCF.schemes.map((s) => s.name));
    expect(read.ledger.contingency).toEqual(BCF.contingency);
    expect(read.period).toBe("Quarter 2");
    expect(read.periodCell).toBe("B7");
  });

  it("refuses a figure that is not whole pence, naming its cell", async () => {
    const wb = new MemoryWorkbook();
    const [name] = await wb.writeSheets([ledgerSheetPlan(BCF, "Quarter 2")]);
    const at = `K${ledgerLayout(BCF).lines.first}`;
    wb.typeInto(name, at, "7500000.005");
    await expect(wb.readSheet(name).then(readLedgerSheet)).rejects.toThrow(
      `The amount in ${at} on "Ledger", £7500000.005, is not a whole number of pence`
    );
  });

  it("refuses a sheet that is not a Ledger sheet, in words", async () => {
    const wb = new MemoryWorkbook([{ name: "Budget", rows: [["Partner", 1]] }]);
    await expect(wb.readSheet("Budget").then(readLedgerSheet)).rejects.toThrow(
      '"Budget" is not a Ledger sheet written by the add-in'
    );
  });
});

describe("a Ledger sheet's instalments", () => {
  it("read back as dated, a line paid once in April included", async () => {
    const instalments = [
      ...instalmentsOf(BCF).filter((x) => x.line !== 3),
      { line: 3, date: "2025-04-01", amount: p(3_000_000) },
    ];
    const wb = new MemoryWorkbook();
    const [name] = await wb.writeSheets([ledgerSheetPlan({ ...BCF, instalments }, "Quarter 1")]);
    const read = readLedgerSheet(await wb.readSheet(name));
    expect(read.ledger.instalments!.filter((x) => x.line === 3)).toEqual([
      { line: 3, date: "2025-04-01", amount: p(3_000_000) },
    ]);
  });
});

describe("a Ledger sheet's legal basis", () => {
  it("is said under the title and read back", async () => {
    const wb = new MemoryWorkbook();
    const [name] = await wb.writeSheets([ledgerSheetPlan({ ...BCF, power: "s75" }, "Quarter 1")]);
    expect(String(wb.cell(name, "A2")?.value)).toContain(
      "Legal basis: a section 75 (NHS Act 2006) pool."
    );
    expect(readLedgerSheet(await wb.readSheet(name)).ledger.power).toBe("s75");
  });
});
