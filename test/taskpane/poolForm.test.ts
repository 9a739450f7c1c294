import { evaluate, newForm, partnersFromSelection } from "../../src/taskpane/pool/poolForm";

describe("pool set-up form", () => {
  it("reads partners from a selection with a header and a total row", () => {
    expect(
      partnersFromSelection([
        ["Source", "Body type", "Contribution 2005/06"],
        ["Neighbourhood Renewal Fund", "Funding stream", 50000],
        ["Manchester City Council", "Council", 70000],
        ["PCTs", "PCT", "£75,500"],
        ["Total", null, 195500],
      ])
    ).toEqual([
      {
        name: "Neighbourhood Renewal Fund",
        bodyType: "funding-stream",
        contribution: "50000",
        cap: "",
      },
      { name: "Manchester City Council", bodyType: "council", contribution: "70000", cap: "" },
      { name: "PCTs", bodyType: "icb", contribution: "£75,500", cap: "" },
    ]);
  });

  it("reads a single column of amounts as numbered partners", () => {
    expect(partnersFromSelection([[20e6], [8e6]]).map((p) => [p.name, p.contribution])).toEqual([
      ["Partner 1", "20000000"],
      ["Partner 2", "8000000"],
    ]);
  });

  it("previews shares and a 10% overspend split to the penny", () => {
    const form = {
      ...newForm(),
      name: "Swindon",
      partners: [
        { name: "Council", bodyType: "council" as const, contribution: "£20,000,000", cap: "" },
        { name: "PCT", bodyType: "icb" as const, contribution: "8,000,000", cap: "" },
      ],
    };
    const e = evaluate(form);
    expect(e.sample).toBe(2.8e6);
    expect(e.preview!.map((l) => [l.name, l.split])).toEqual([
      ["Council", 2e6],
      ["PCT", 0.8e6],
    ]);
    expect(e.preview![0].share).toBeCloseTo(20 / 28, 12);
    expect(e.warnings).toEqual([]);
  });

  it("warns that the police cannot join a section 75 pool", () => {
    const form = {
      ...newForm(),
      partners: [
        { name: "Council", bodyType: "council" as const, contribution: "5000", cap: "" },
        {
          name: "Isle of Wight Police",
          bodyType: "police" as const,
          contribution: "2000",
          cap: "",
        },
      ],
    };
    expect(evaluate(form).warnings[0]).toMatch(
      /Isle of Wight Police cannot be a member of a section 75/
    );
  });

  it("explains what is missing before a pool can be written", () => {
    expect(evaluate(newForm()).error).toBe("Partner 1 needs a name.");
    const form = {
      ...newForm(),
      partners: [
        { name: "A", bodyType: "" as const, contribution: "lots", cap: "" },
        { name: "B", bodyType: "" as const, contribution: "1", cap: "" },
      ],
    };
    expect(evaluate(form).error).toBe(
      'A\'s contribution ("lots") is not an amount. Use a number such as 20000 or £20,000.'
    );
    const capped = {
      ...form,
      method: "capped" as const,
      partners: [
        { name: "A", bodyType: "" as const, contribution: "100", cap: "1" },
        { name: "B", bodyType: "" as const, contribution: "100", cap: "1" },
      ],
    };
    expect(evaluate(capped).error).toBe(
      "Caps cover £2.00 of the £20.00 overspend; raise them by £18.00."
    );
  });
});
