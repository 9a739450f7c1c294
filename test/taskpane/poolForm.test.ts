import {
  newPoolSetup,
  POOL_STEPS,
  poolSetupReducer,
} from "../../src/taskpane/pool/poolSetupReducer";
import {
  currentPeriod,
  evaluate,
  newForm,
  partnersFromSelection,
} from "../../src/taskpane/pool/poolForm";

const read = (v: (string | number | null)[][]) => partnersFromSelection(v);

describe("pool set-up form", () => {
  it("reads partners from a selection with a header and a total row", () => {
    expect(
      partnersFromSelection([
        ["Source", "Body type", "Contribution 2005/06"],
        ["Neighbourhood Renewal Fund", "Funding stream", 50000],
        ["Manchester City Council", "Council", 70000],
        ["PCTs", "PCT", "£75,500"],
        ["Total", null, 195500],
      ]).partners
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
    const read = partnersFromSelection([[20e6], [8e6]]);
    expect(read.partners.map((p) => [p.name, p.contribution])).toEqual([
      ["Partner 1", "20000000"],
      ["Partner 2", "8000000"],
    ]);
  });

  // The Manchester funding profile's table as a user selects it (DOMAIN.md figures).
  const manchester = [
    ["Source", "Type", "10/02-03/03", "2003/04", "2004/05", "2005/06"],
    ["Neighbourhood Renewal Fund", "Time-limited grant", 55000, 150000, 100000, 50000],
    ["Manchester City Council", "Mainstream", 20000, 20000, 70000, 70000],
    ["PCTs", "Mainstream", 25500, 25500, 25500, 75500],
    ["Subtotal", null, 100500, 195500, 195500, 195500],
    ["Target total", null, 100500, 195500, 195500, 195500],
    ["Check: subtotal minus target (should be 0)", null, 0, 0, 0, 0],
  ];

  it("reads the Manchester funding profile: latest full year, body types, never a grant as host", () => {
    const read = partnersFromSelection(manchester);
    expect(read.columns.map((c) => c.label)).toEqual([
      "10/02-03/03",
      "2003/04",
      "2004/05",
      "2005/06",
    ]);
    expect(read.column).toBe(5);
    expect(read.partners).toEqual([
      {
        name: "Neighbourhood Renewal Fund",
        bodyType: "funding-stream",
        contribution: "50000",
        cap: "",
      },
      { name: "Manchester City Council", bodyType: "council", contribution: "70000", cap: "" },
      { name: "PCTs", bodyType: "icb", contribution: "75500", cap: "" },
    ]);
    expect(read.host).toBe(1);
  });

  it("takes contributions from the year column the user picks", () => {
    const read = partnersFromSelection(manchester, 3);
    expect(read.column).toBe(3);
    expect(read.partners.map((p) => p.contribution)).toEqual(["150000", "20000", "25500"]);
  });

  it("starts on the financial year and quarter of today's date", () => {
    expect(currentPeriod(new Date(2026, 10, 24))).toEqual({ year: "2026/27", period: "Quarter 3" });
    expect(currentPeriod(new Date(2027, 2, 31))).toEqual({ year: "2026/27", period: "Quarter 4" });
    expect(currentPeriod(new Date(2027, 3, 1))).toEqual({ year: "2027/28", period: "Quarter 1" });
  });

  it("leaves a funding stream out of the preview's overspend split, and says why", () => {
    const form = {
      ...newForm(),
      host: 1,
      power: "" as const,
      partners: read(manchester).partners,
    };
    const e = evaluate(form);
    expect(e.preview!.map((l) => l.split)).toEqual([0, 9405.5, 10144.5]);
    expect(e.preview!.reduce((a, l) => a + l.split, 0)).toBeCloseTo(e.sample!, 9);
    expect(e.excluded).toMatch(
      /Neighbourhood Renewal Fund is a funding stream: a grant never funds/
    );
    expect(evaluate({ ...form, host: 0 }).error).toMatch(
      /is a funding stream; the host .* organisation/
    );
  });

  it("previews a risk-share schedule band by band", () => {
    const form = {
      ...newForm(),
      method: "bands" as const,
      partners: [
        { name: "Council", bodyType: "council" as const, contribution: "20,000,000", cap: "" },
        { name: "ICB", bodyType: "icb" as const, contribution: "8,000,000", cap: "" },
      ],
      bands: [
        { size: "£500,000", shares: ["100%", "0"] },
        { size: "1000000", shares: ["50", "50%"] },
        { size: "", shares: ["", ""] },
      ],
    };
    const e = evaluate(form);
    expect(e.error).toBeUndefined();
    expect(e.preview!.map((l) => l.split)).toEqual([1928571.43, 871428.57]);
    expect(e.bandSplits).toEqual([
      { label: "Band 1", amount: 500000, parts: [500000, 0] },
      { label: "Band 2", amount: 1000000, parts: [500000, 500000] },
      { label: "Band 3", amount: 1300000, parts: [928571.43, 371428.57] },
    ]);
    expect(e.setup!.bands).toEqual([
      { size: 500000, shares: [1, 0] },
      { size: 1000000, shares: [0.5, 0.5] },
      { size: null, shares: null },
    ]);
    const bad = evaluate({ ...form, bands: [{ size: "10", shares: ["60%", "30%"] }] });
    expect(bad.error).toMatch(/Band 1's shares add up to 90.00%, not 100%/);
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
    // The parts the preview shows add up to the sample, to the penny.
    expect(e.preview!.reduce((a, l) => a + l.split, 0)).toBe(e.sample);
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

describe("Set up a pool's state", () => {
  it("keeps the host and each band's shares in step as partners come and go", () => {
    let s = newPoolSetup();
    s = poolSetupReducer(s, { type: "addPartner" });
    expect(s.form.partners).toHaveLength(3);
    expect(s.form.bands.map((b) => b.shares.length)).toEqual([3, 3]);
    s = poolSetupReducer(s, { type: "set", patch: { host: 2 } });
    s = poolSetupReducer(s, { type: "removePartner", index: 0 });
    // The host was the third partner; it is now the second.
    expect(s.form.host).toBe(1);
    expect(s.form.bands.map((b) => b.shares.length)).toEqual([2, 2]);
    // A pool keeps two partners at least.
    expect(poolSetupReducer(s, { type: "removePartner", index: 0 })).toBe(s);
    expect(poolSetupReducer(s, { type: "step", step: 9 }).step).toBe(POOL_STEPS.length - 1);
  });
});
