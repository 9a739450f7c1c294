import { parseSchemes } from "../../src/taskpane/pool/schemeList";

describe("schemes typed in Set up a pool", () => {
  it("reads a name and a budget per line, as typed or pasted from Excel", () => {
    expect(
      parseSchemes(
        "Intermediate care, 18,000,000\nCommunity equipment, £10,000,000\n\nReablement\nStep-down beds\t1200.50\nFalls, fractures and frailty, 250,000"
      )
    ).toEqual({
      schemes: [
        { name: "Intermediate care", budget: 18000000 },
        { name: "Community equipment", budget: 10000000 },
        { name: "Reablement", budget: null },
        { name: "Step-down beds", budget: 1200.5 },
        { name: "Falls, fractures and frailty", budget: 250000 },
      ],
      bad: [],
      duplicates: [],
    });
  });

  it("names the lines whose budget is not an amount of zero or more", () => {
    expect(parseSchemes("Carers, (5,000)\nMental health, 12.3.4").bad).toEqual([
      "Carers, (5,000)",
      "Mental health, 12.3.4",
    ]);
  });
});

describe("scheme names given twice", () => {
  it("are named, so one scheme's figures never land on another's row", () => {
    const { duplicates } = parseSchemes(
      "Intermediate care, 18,000,000\nCommunity equipment, 10,000,000\nintermediate care , 2,000,000"
    );
    expect(duplicates).toEqual(["intermediate care"]);
  });
});
