import { pasteSchemes } from "../../src/taskpane/ledger/bcfPaste";
import {
  ledgerReducer,
  LedgerForm,
  newLedgerForm,
  readLedgerForm,
} from "../../src/taskpane/ledger/ledgerForm";
import { BCF, p } from "../core/ledger/bcfPool";

/** The BCF pool as a host would type it into the pane (before the winter variation). */
export function bcfForm(): LedgerForm {
  return {
    ...newLedgerForm(),
    name: "Northshire Better Care Fund",
    year: "2025-26",
    partners: [
      { name: "Northshire ICB", bodyType: "icb" },
      { name: "Northshire County Council", bodyType: "council" },
    ],
    host: 1,
    lines: [
      {
        partner: 0,
        source: "NHS minimum contribution",
        annual: "£20,000,000",
        grant: false,
        ringFenced: false,
      },
      {
        partner: 1,
        source: "Local authority BCF grant",
        annual: "8,000,000",
        grant: true,
        ringFenced: false,
      },
      {
        partner: 1,
        source: "Additional contribution",
        annual: "2000000",
        grant: false,
        ringFenced: false,
      },
      {
        partner: 1,
        source: "Disabled Facilities Grant",
        annual: "3,000,000.00",
        grant: true,
        ringFenced: true,
      },
    ],
    schemes: BCF.schemes.map((s) => ({
      name: s.name,
      commissioner: s.commissioner,
      funding: BCF.lines.map((_, l) => {
        const f = s.funding.find((x) => x.line === l);
        return f ? String(f.amount / 100) : "";
      }),
    })),
    contingency: ["600,000", "", "400,000", ""],
  };
}

describe("the pool ledger form", () => {
  it("reads the BCF pool as typed, amounts in any of the ways officers write them", () => {
    const { ledger, error, unallocated } = readLedgerForm(bcfForm());
    expect(error).toBeUndefined();
    const { variations, ...agreed } = BCF;
    expect(variations).toHaveLength(1); // agreed later in the year, on the sheet
    expect(ledger).toMatchObject({
      ...agreed,
      rules: { ...BCF.rules, riskShare: { kind: "split", method: "proportional", host: 1 } },
    });
    expect(ledger?.variations).toBeUndefined();
    expect(unallocated).toEqual([]);
  });

  it("writes out the instalments when a line is paid other than quarterly", () => {
    let form = ledgerReducer(bcfForm(), { type: "line", index: 3, patch: { pattern: "annual" } });
    form = ledgerReducer(form, { type: "line", index: 1, patch: { pattern: "half-yearly" } });
    const { ledger } = readLedgerForm(form);
    const on = (line: number) =>
      ledger!.instalments!.filter((x) => x.line === line).map((x) => [x.date, x.amount]);
    expect(on(3)).toEqual([["2025-04-01", p(3_000_000)]]);
    expect(on(1)).toEqual([
      ["2025-04-01", p(4_000_000)],
      ["2025-10-01", p(4_000_000)],
    ]);
    expect(on(0)).toHaveLength(4);
    // Quarterly throughout is the default, left unwritten.
    expect(readLedgerForm(bcfForm()).ledger?.instalments).toBeUndefined();
  });

  it("shows money no scheme uses as unallocated, and refuses a line over-committed", () => {
    const more = ledgerReducer(bcfForm(), {
      type: "line",
      index: 0,
      patch: { annual: "20,250,000" },
    });
    expect(readLedgerForm(more).unallocated).toEqual([{ line: 0, amount: p(250_000) }]);
    const over = ledgerReducer(bcfForm(), {
      type: "funding",
      scheme: 3,
      line: 3,
      value: "3,100,000",
    });
    expect(readLedgerForm(over).error).toBe(
      "Schemes and the contingency are given £3,100,000.00 from Northshire County Council: Disabled Facilities Grant, which has only £3,000,000.00."
    );
  });

  it("says what is missing in words", () => {
    expect(readLedgerForm({ ...bcfForm(), year: "next year" }).error).toBe(
      "Give the financial year as 2025/26 (or 2025-26)."
    );
    expect(
      readLedgerForm(
        ledgerReducer(bcfForm(), { type: "line", index: 1, patch: { annual: "lots" } })
      ).error
    ).toBe(
      "Northshire County Council: Local authority BCF grant's annual contribution (“lots”) is not an amount."
    );
    expect(
      readLedgerForm(ledgerReducer(bcfForm(), { type: "contingency", line: 3, value: "100" })).error
    ).toMatch(/contingency is funded from .*Disabled Facilities Grant, which is ring-fenced/);
  });

  it("reads risk-share bands as typed, and says what is wrong with a band", () => {
    const banded: LedgerForm = {
      ...bcfForm(),
      rule: "Risk-share bands",
      bands: [
        { size: "250,000", shares: ["50%", "50%"] },
        { size: "", shares: ["", ""] },
      ],
    };
    expect(readLedgerForm(banded).ledger?.rules.riskShare).toEqual({
      kind: "bands",
      bands: [
        { size: 250000, shares: [0.5, 0.5] },
        { size: null, shares: null },
      ],
    });
    const wrong = { ...banded, bands: [{ size: "250,000", shares: ["half", ""] }] };
    expect(readLedgerForm(wrong).error).toBe(
      'Band 1\'s share ("half") is not a share. Use a percentage such as 50%.'
    );
  });

  it("keeps lines, funding and the contingency in step when a line or partner goes", () => {
    const fewer = ledgerReducer(bcfForm(), { type: "removeLine", index: 1 });
    expect(fewer.lines.map((l) => l.source)).toEqual([
      "NHS minimum contribution",
      "Additional contribution",
      "Disabled Facilities Grant",
    ]);
    expect(fewer.schemes[2].funding).toEqual(["", "1600000", ""]);
    expect(fewer.contingency).toEqual(["600,000", "400,000", ""]);
    const added = ledgerReducer(bcfForm(), { type: "addLine" });
    expect(added.schemes.every((s) => s.funding.length === 5)).toBe(true);
    const three = ledgerReducer(bcfForm(), { type: "addPartner" });
    const two = ledgerReducer(three, { type: "removePartner", index: 0 });
    expect(two.lines.every((l) => l.partner === 0 || l.partner === 1)).toBe(true);
    expect(two.lines.map((l) => l.source)).toEqual([
      "Local authority BCF grant",
      "Additional contribution",
      "Disabled Facilities Grant",
    ]);
    expect(two.host).toBe(0);
  });
});

describe("a scheme table pasted from a BCF expenditure sheet", () => {
  const partners = bcfForm().partners;
  const lines = bcfForm().lines.slice(0, 3);
  const pasted = [
    "Scheme\tScheme type\tLead commissioner\tSource of funding\tPlanned expenditure",
    "Community health services\tCommunity based schemes\tNHS\tMinimum NHS Contribution\t£15,000,000",
    "Intermediate care and reablement\tIntermediate care\tLA\tMinimum NHS Contribution\t4,400,000",
    "Intermediate care and reablement\tIntermediate care\tLA\tLocal authority BCF grant\t3,000,000",
    "Home adaptations\tDFG related schemes\tLA\tDFG\t3,000,000",
    "Carers' breaks\tCarers services\tJoint\tAdditional LA Contribution\t250,000",
  ].join("\n");

  it("makes one scheme per name, funded by each source named, and a new line for a source not yet one", () => {
    const r = pasteSchemes(pasted, partners, lines);
    expect(r.schemes.map((s) => [s.name, s.commissioner, s.funding])).toEqual([
      ["Community health services", 0, ["15,000,000", "", "", ""]],
      ["Intermediate care and reablement", 1, ["4,400,000", "3,000,000", "", ""]],
      ["Home adaptations", 1, ["", "", "", "3,000,000"]],
    ]);
    expect(r.lines[3]).toEqual({
      partner: 1,
      source: "DFG",
      annual: "",
      grant: true,
      ringFenced: true,
    });
    expect(r.summary).toBe(
      "3 schemes read; new contribution line for Northshire County Council: DFG: give its annual amount."
    );
    expect(r.problems).toEqual([
      "Row 6: “Joint” is not one of the partners; name the lead commissioner as a partner is named (a joint scheme needs one lead).",
    ]);
  });

  it("reads comma-separated rows with amounts that have their own commas", () => {
    const r = pasteSchemes(
      "Falls service, Prevention, Northshire ICB, NHS minimum contribution, £1,200,000",
      partners,
      lines
    );
    expect(r.schemes).toEqual([
      { name: "Falls service", commissioner: 0, funding: ["1,200,000", "", ""] },
    ]);
    expect(r.problems).toEqual([]);
  });
});
