import { checkSheet, SheetGrid } from "../../src/core";

const grid = (values: SheetGrid["values"], formulas?: SheetGrid["formulas"]): SheetGrid => ({
  sheet: "Budget",
  originRow: 1,
  originCol: 1,
  values,
  formulas: formulas ?? values,
});

describe("checkSheet", () => {
  it("finds nothing wrong in the Manchester profile", () => {
    const findings = checkSheet(
      grid([
        ["Source", "10/02-03/03", "2003/04", "2004/05", "2005/06"],
        ["Neighbourhood Renewal Fund", 55000, 150000, 100000, 50000],
        ["Manchester City Council", 20000, 20000, 70000, 70000],
        ["PCTs", 25500, 25500, 25500, 75500],
        ["Subtotal", 100500, 195500, 195500, 195500],
      ])
    );
    expect(findings).toEqual([]);
  });

  it("finds a total that does not add up, and says by how much", () => {
    const findings = checkSheet(
      grid([
        ["Source", "2004/05"],
        ["NRF", 100000],
        ["Council", 70000],
        ["PCTs", 25500],
        ["Subtotal", 175500],
      ])
    );
    expect(findings).toEqual([
      {
        kind: "total",
        address: "B5",
        message:
          "The total in B5 is £175,500.00 but the figures above it add up to £195,500.00 (a difference of (£20,000.00)).",
      },
    ]);
  });

  it("finds shares that do not make 100%", () => {
    const findings = checkSheet(
      grid([
        ["Partner", "Share"],
        ["Council", 0.625],
        ["PCT", 0.1042],
        ["Police", 0.1042],
      ])
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ kind: "shares", address: "B1" });
    expect(findings[0].message).toMatch(/83\.34%, not 100%/);
  });

  it("accepts Coventry's shares written as percentages that round to 100", () => {
    expect(
      checkSheet(
        grid([
          ["Partner", "Share %"],
          ["Council", 62.5],
          ["PCT", 10.42],
          ["LSC", 10.42],
          ["Police", 10.42],
          ["VSC", 2.6],
          ["Connexions", 2.6],
          ["FE", 1.04],
        ])
      )
    ).toEqual([]);
  });

  it("finds numbers stored as text, but not formulas or labels", () => {
    const findings = checkSheet(
      grid([
        ["Partner", "Contribution"],
        ["PCT", "£10,000"],
        ["Council", 60000],
        ["Year", "2003/04"],
      ])
    );
    expect(findings).toEqual([
      {
        kind: "text-number",
        address: "B2",
        message:
          'B2 holds "£10,000" as text, so SUM and other formulas leave it out. Re-enter it as a number.',
      },
    ]);
  });

  it("finds a blank in a contributions column", () => {
    const findings = checkSheet(
      grid([
        ["Partner", "Contribution"],
        ["Council", 60000],
        ["LSC", null],
        ["Police", 10000],
      ])
    );
    expect(findings).toEqual([
      {
        kind: "blank",
        address: "B3",
        message:
          'B3 is blank in the "Contribution" column. The add-in counts a blank as £0; enter 0 if that is meant.',
      },
    ]);
  });

  it("finds #VALUE! from the add-in's functions and other error values", () => {
    const findings = checkSheet(
      grid(
        [["Split", "#VALUE!", "#DIV/0!"]],
        [["Split", '=POOL.DEFICITSPLIT(B9,B2:B5,"host")', "=1/0"]]
      )
    );
    expect(findings.map((f) => [f.kind, f.address])).toEqual([
      ["function-error", "B1"],
      ["error", "C1"],
    ]);
    expect(findings[0].message).toMatch(/add-in function/);
  });

  it("reports addresses relative to where the used range starts", () => {
    const g = {
      ...grid([
        ["Partner", "Contribution"],
        ["PCT", "£10,000"],
      ]),
      originRow: 4,
      originCol: 3,
    };
    expect(checkSheet(g)[0].address).toBe("D5");
  });
});
