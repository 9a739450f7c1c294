/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import "../setup/matchMedia";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { MemoryWorkbook } from "../../src/excel/memoryWorkbook";
import { CalculatedBook } from "../excel/hyperBook";
import { enter } from "../excel/ledgerBook";
import { ledgerLayout } from "../../src/excel/plans/ledgerLayout";
import { LEDGER_STATEMENT_ROWS as R } from "../../src/excel/plans/ledgerStatement";
import { BCF, YEAR_END } from "../core/ledger/bcfPool";

// Typed in the pane, the winter variation is already in the council's £2.1m.
const L = ledgerLayout({ ...BCF, variations: [] });

type User = ReturnType<typeof userEvent.setup>;

/** Replace a field's text as a user pasting into it would. */
async function fill(user: User, label: string | RegExp, text: string) {
  const input = screen.getByLabelText(label);
  await user.clear(input);
  await user.click(input);
  await user.paste(text);
}

const next = (user: User) => user.click(screen.getByRole("button", { name: "Next" }));

const SCHEME_TABLE = [
  "Scheme\tScheme type\tLead commissioner\tSource of funding\tPlanned expenditure",
  "Community health services\tCommunity based schemes\tNHS\tNHS minimum contribution\t15,000,000",
  "Intermediate care and reablement\tIntermediate care\tLA\tNHS minimum contribution\t4,400,000",
  "Intermediate care and reablement\tIntermediate care\tLA\tLocal authority BCF grant\t3,000,000",
  "Adult social care packages\tHome care\tLA\tLocal authority BCF grant\t5,000,000",
  "Adult social care packages\tHome care\tLA\tAdditional contribution\t1,600,000",
  "Home adaptations\tDFG related schemes\tLA\tDFG\t3,000,000",
].join("\n");

describe("Set up a pool ledger", () => {
  it("walks the steps with the BCF pool, pasting its scheme table, and writes sheets that calculate", async () => {
    const user = userEvent.setup();
    const wb = new MemoryWorkbook();
    render(<App gateway={wb} />);
    await user.click(screen.getByRole("button", { name: "Set up a pool ledger" }));
    await screen.findByRole("heading", { level: 1, name: "Set up a pool ledger" });
    expect(screen.getByText("Step 1 of 5")).toBeInTheDocument();

    await fill(user, "Name of the pool", "Northshire Better Care Fund");
    await fill(user, "Financial year", "2025-26");
    await fill(user, "Partner 1 name", "Northshire ICB");
    await fill(user, "Partner 2 name", "Northshire County Council");
    expect(screen.getByLabelText(/^Host/)).toHaveDisplayValue("Northshire County Council");
    await next(user);

    expect(
      screen.getByRole("heading", { level: 2, name: "Contribution lines" })
    ).toBeInTheDocument();
    await fill(user, "Line 1 source", "NHS minimum contribution");
    await fill(user, "Line 1 annual contribution (£)", "£20,000,000");
    await fill(user, "Line 2 source", "Local authority BCF grant");
    await fill(user, "Line 2 annual contribution (£)", "8,000,000");
    await user.click(
      within(screen.getByRole("group", { name: "Line 2" })).getByLabelText(
        "A grant (funding stream)"
      )
    );
    await user.click(screen.getByRole("button", { name: "Add a line" }));
    await user.selectOptions(screen.getByLabelText("Line 3 partner"), "Northshire County Council");
    await fill(user, "Line 3 source", "Additional contribution");
    await fill(user, "Line 3 annual contribution (£)", "2,100,000");
    await next(user);

    await fill(user, "Paste a scheme table (optional)", SCHEME_TABLE);
    await user.click(screen.getByRole("button", { name: "Use the pasted schemes" }));
    expect(
      screen.getByText(
        "4 schemes read; new contribution line for Northshire County Council: DFG: give its annual amount."
      )
    ).toBeInTheDocument();
    expect(screen.getByLabelText("Scheme 2 lead commissioner")).toHaveDisplayValue(
      "Northshire County Council"
    );
    await user.click(screen.getByRole("button", { name: "Back" }));
    await fill(user, "Line 4 annual contribution (£)", "3,000,000");
    const dfg = within(screen.getByRole("group", { name: "Line 4" }));
    expect(dfg.getByLabelText("Ring-fenced")).toBeChecked();
    await next(user);
    await next(user);

    // The contingency can come only from partners' own lines: not the grant or the DFG.
    expect(screen.queryByLabelText(/Contingency from .*DFG/)).not.toBeInTheDocument();
    await fill(user, "Contingency from Northshire ICB: NHS minimum contribution (£)", "600,000");
    await fill(
      user,
      "Contingency from Northshire County Council: Additional contribution (£)",
      "400,000"
    );
    await next(user);

    const lines = screen.getByRole("table", { name: "Contribution lines" });
    // £2.1m less £1.6m to social care and £0.4m to the contingency.
    expect(within(lines).getByRole("row", { name: /Additional contribution/ })).toHaveTextContent(
      "£2,100,000.00£100,000.00"
    );
    await user.click(
      screen.getByRole("button", {
        name: "Write the Ledger, statements, balances and board report",
      })
    );
    expect(
      await screen.findByText(/Added the sheets “Ledger”, “Statement Northshire ICB”/)
    ).toBeInTheDocument();

    // The written Ledger, with the year's figures typed in, meets the overspend in the agreed order.
    const book = new CalculatedBook(wb);
    const ledger = book.for("Ledger");
    enter(ledger, "Year end", YEAR_END, L);
    expect(ledger.range(`D${L.draw.first}:D${L.leftRow}`)).toEqual([[300000], [1000000], [400000]]);
    expect(ledger.range(`E${L.partners.first}:E${L.partners.last}`)).toEqual([
      [361990.95],
      [38009.05],
    ]);
    // The DFG's £400,000 carried forward on the council's statement.
    expect(book.for("Statement Northshire County").value(`D${R.carriedForward}`)).toBe(400000);
  });

  it("says what to put right before writing", async () => {
    const user = userEvent.setup();
    render(<App gateway={new MemoryWorkbook()} initial="ledger" />);
    for (let i = 0; i < 4; i++) await next(user);
    expect(screen.getByText("Give the pool a name.")).toBeInTheDocument();
    expect(
      screen.getByRole("button", {
        name: "Write the Ledger, statements, balances and board report",
      })
    ).toBeDisabled();
  });
});
