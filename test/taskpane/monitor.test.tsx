/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import "../setup/matchMedia";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryWorkbook } from "../../src/excel/memoryWorkbook";
import { monitoringLayout } from "../../src/excel/plans/monitoringSheet";
import { poolWorkbookPlans } from "../../src/excel/plans/poolWorkbook";
import { poolLayout } from "../../src/excel/plans/poolLayout";
import { STATEMENT_ROWS } from "../../src/excel/plans/statementSheet";
import { App } from "../../src/taskpane/App";
import { HERTS, SCHEMES } from "../excel/hertsPool";
import { CalculatedBook } from "../excel/hyperBook";

async function enterQuarter(user: ReturnType<typeof userEvent.setup>, figures: string[][]) {
  for (const [k, scheme] of ["Intermediate care", "Community equipment"].entries()) {
    const spend = screen.getByLabelText(`${scheme}: spend to date`);
    const forecast = screen.getByLabelText(`${scheme}: forecast outturn`);
    await user.clear(spend);
    await user.type(spend, figures[k][0]);
    await user.clear(forecast);
    await user.type(forecast, figures[k][1]);
  }
}

describe("Monitor this pool", () => {
  it("reports a month as the latest figures in its quarter, and offers the next month after it", async () => {
    const wb = new MemoryWorkbook();
    await wb.writeSheets(poolWorkbookPlans(HERTS, SCHEMES));
    const M = monitoringLayout(2, 2);
    const user = userEvent.setup();
    render(<App gateway={wb} />);
    await user.click(screen.getByRole("button", { name: "Monitor this pool" }));
    await user.click(await screen.findByRole("button", { name: "Open pool" }));
    await screen.findByText(/2 partners and 2 schemes/);
    // Nothing forecast yet: the first quarter's end is offered.
    expect(screen.getByLabelText("Period")).toHaveValue("3");
    await user.selectOptions(screen.getByLabelText("Period"), "Month 4");
    await enterQuarter(user, [
      ["1,500,000", "18,200,000"],
      ["800,000", "10,000,000"],
    ]);
    expect(
      screen.getByRole("checkbox", { name: "Set the Pool sheet's period to Month 4" })
    ).toBeChecked();
    await user.click(screen.getByRole("button", { name: "Write Month 4 to the Monitoring sheet" }));
    expect(
      await screen.findByText(
        "Month 4 written to “Monitoring” in Quarter 2's columns, and the Pool sheet's period set to Month 4."
      )
    ).toBeInTheDocument();
    expect(wb.cell("Pool", "B5")?.value).toBe("Month 4");
    expect(wb.cell("Monitoring", `${M.forecastCol(2)}${M.first}`)?.value).toBe(18200000);

    // Opened again, the pool offers Month 5, with Month 4's figures to update.
    await user.click(screen.getByRole("button", { name: "Open pool" }));
    await waitFor(() => expect(screen.getByLabelText("Period")).toHaveValue("5"));
    expect(screen.getByLabelText("Intermediate care: forecast outturn")).toHaveValue(
      "£18,200,000.00"
    );
  });

  it("runs the Hertfordshire-like pool through two quarters, statements, board report and next year", async () => {
    const wb = new MemoryWorkbook();
    await wb.writeSheets(poolWorkbookPlans(HERTS, SCHEMES));
    const P = poolLayout(2);
    // The host enters what each partner has paid and brought forward.
    wb.sheet("Pool").cells.set(`B${P.memoFirst}`, { value: 50000 });
    wb.sheet("Pool").cells.set(`B${P.memoFirst + 1}`, { value: 20000 });
    wb.sheet("Pool").cells.set(`C${P.memoFirst}`, { value: 20000000 });
    wb.sheet("Pool").cells.set(`C${P.memoFirst + 1}`, { value: 7500000 });
    const user = userEvent.setup();
    render(<App gateway={wb} />);
    await user.click(screen.getByRole("button", { name: "Monitor this pool" }));
    await user.click(await screen.findByRole("button", { name: "Open pool" }));
    expect(
      await screen.findByText(/2 partners and 2 schemes read from “Pool” and “Monitoring”/)
    ).toBeInTheDocument();

    await enterQuarter(user, [
      ["4,400,000", "18,500,000"],
      ["£2,400,000", "9900000"],
    ]);
    expect(screen.getByText(/for the year: £400,000\.00/)).toBeInTheDocument();
    await user.click(
      screen.getByRole("button", { name: "Write Quarter 1 to the Monitoring sheet" })
    );
    expect(await screen.findByText(/Quarter 1 written to “Monitoring”/)).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText("Period"), "Month 6 / Quarter 2");
    await enterQuarter(user, [
      ["9100000", "18900000"],
      ["5000000", "10100000"],
    ]);
    const table = screen.getByRole("table");
    expect(within(table).getByText(/for the year: £1,000,000\.00/)).toBeInTheDocument();
    expect(within(table).getByRole("row", { name: /Hertfordshire ICB/ })).toHaveTextContent(
      "£285,714.29"
    );
    await user.click(
      screen.getByRole("button", { name: "Write Quarter 2 to the Monitoring sheet" })
    );
    await screen.findByText(/Quarter 2 written/);
    expect(wb.cell("Pool", "B5")?.value).toBe("Quarter 2");

    // Writing quarter 1 again over different figures asks first. Choosing it clears the last
    // action's message and shows the quarter's figures with their thousands separators.
    await user.selectOptions(screen.getByLabelText("Period"), "Month 3 / Quarter 1");
    expect(screen.queryByText(/Quarter 2 written/)).not.toBeInTheDocument();
    expect(screen.getByLabelText("Intermediate care: forecast outturn")).toHaveValue(
      "£18,500,000.00"
    );
    await enterQuarter(user, [
      ["1", "18500000"],
      ["2400000", "9900000"],
    ]);
    await user.click(
      screen.getByRole("button", { name: "Write Quarter 1 to the Monitoring sheet" })
    );
    expect(await screen.findByText(/C6 already hold other figures/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Keep them" }));
    expect(wb.cell("Monitoring", "C6")?.value).toBe(4400000);
    await user.selectOptions(screen.getByLabelText("Period"), "Month 6 / Quarter 2");

    await user.click(screen.getByRole("button", { name: "Write partner statements" }));
    expect(await screen.findByText(/Added 2 statements/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Write board report" }));
    expect(await screen.findByText(/Added the board report “Board report”/)).toBeInTheDocument();

    // Next year starts from the year end, not Quarter 2: the pane says so and offers the change.
    expect(screen.getByRole("button", { name: "Start next year" })).toBeDisabled();
    expect(
      screen.getByText(/Start next year works from the Year end period.*says Quarter 2/)
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Set the period to Year end" }));
    await waitFor(() => expect(wb.cell("Pool", "B5")?.value).toBe("Year end"));
    // At year end the last month's figures are the outturn, and the period stays Year end.
    await user.selectOptions(screen.getByLabelText("Period"), "Month 12 / Quarter 4");
    expect(
      screen.getByRole("button", { name: "Write Year end to the Monitoring sheet" })
    ).toBeInTheDocument();
    expect(screen.getByText(/^Outturn over\/\(under\)spend for the year/)).toBeInTheDocument();
    await user.clear(screen.getByLabelText("Hertfordshire County Council: uplift"));
    await user.type(screen.getByLabelText("Hertfordshire County Council: uplift"), "2.5%");
    await user.clear(screen.getByLabelText("Hertfordshire ICB: uplift"));
    await user.type(screen.getByLabelText("Hertfordshire ICB: uplift"), "3%");
    await user.clear(screen.getByLabelText("Hertfordshire ICB: saving or growth"));
    await user.type(screen.getByLabelText("Hertfordshire ICB: saving or growth"), "-100,000");
    await user.click(screen.getByRole("button", { name: "Start next year" }));
    expect(
      await screen.findByText(/Added “Pool 2026-27” and “Monitoring 2026-27” for 2026\/27/)
    ).toBeInTheDocument();

    // What the workbook then holds, calculated as Excel would.
    const book = new CalculatedBook(wb);
    const statement = (name: string) =>
      book.for(name).value(`B${STATEMENT_ROWS.carriedForward}`) as number;
    const closing = [
      statement("Statement Hertfordshire County"),
      statement("Statement Hertfordshire ICB"),
    ];
    expect(closing[1]).toBeCloseTo(20000 + 7500000 - 8285714.29, 6);
    const next = book.for("Pool 2026-27");
    expect(next.value("B4")).toBe("2026/27");
    expect(next.value(`C${P.first}`)).toBe(20500000);
    expect(next.value(`C${P.first + 1}`)).toBe(8140000);
    // Balances brought forward are the statements' closing balances, to the penny.
    expect(next.value(`B${P.memoFirst}`)).toBeCloseTo(closing[0], 6);
    expect(next.value(`B${P.memoFirst + 1}`)).toBeCloseTo(closing[1], 6);
    expect(Math.round(closing[1] * 100)).toBe(
      Math.round((next.value(`B${P.memoFirst + 1}`) as number) * 100)
    );
    // Every split adds up: the board report and Monitoring checks are zero.
    const M = monitoringLayout(2, 2);
    expect(book.for("Monitoring").value(`C${M.splitTotal + 1}`)).toBe(0);
    expect(book.for("Monitoring").value(`C${M.splitTotal}`)).toBe(1000000);
    expect(book.for("Board report").value("B7")).toBe(1000000);
    expect(wb.cell("Monitoring 2026-27", "A6")?.value).toBe("Intermediate care");
    expect(wb.cell("Monitoring 2026-27", "B6")).toBeUndefined();
  });
});
