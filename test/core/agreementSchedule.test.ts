import {
  agreementSchedule,
  METHOD_DESCRIPTIONS,
  SHARED_RISKS,
  ScheduleFacts,
} from "../../src/core";

// Swindon's section 75 agreement (DOMAIN.md): council £20m and PCT £8m a year.
const swindon: ScheduleFacts = {
  name: "Swindon children's services",
  partners: [
    { name: "Swindon Borough Council", bodyType: "council", contribution: 20e6 },
    { name: "Swindon ICB", bodyType: "icb", contribution: 8e6 },
  ],
  host: 0,
  ruleLabel: "In proportion to contributions",
  ruleDescription: METHOD_DESCRIPTIONS.proportional,
  year: "2025/26",
  power: "s75",
};

describe("the agreement's financial schedule", () => {
  it("fills in what the pool set-up settles and marks the rest to agree", () => {
    const s = agreementSchedule("POOL", {}, swindon);
    const byItem = Object.fromEntries(s.financial.map((x) => [x.item, x]));
    expect(byItem["Legal basis"].value).toBe("a section 75 (NHS Act 2006) pool");
    expect(byItem["Budget-setting for later years"].value).toMatch(
      /^2025\/26 contributions: Swindon Borough Council £20,000,000.00; Swindon ICB £8,000,000.00\./
    );
    expect(byItem["How variances are handled"].value).toMatch(/^In proportion to contributions: /);
    expect(byItem["Accounting period and audit"].value).toMatch(
      /Swindon Borough Council as host .* memorandum of accounts \(IFRS 11\)/
    );
    expect(byItem["VAT treatment"].value).toMatch(
      /is a council: councils reclaim the VAT they incur on their statutory duties \(VAT Act 1994 s33\).*must not be structured to avoid tax: clear the arrangement with HMRC/
    );
    // Settled this year, but how later years are set is still to agree: never shown as agreed.
    expect(byItem["Budget-setting for later years"].status).toBe("to agree");
    expect(byItem["Assets and liabilities"].status).toBe("to agree");
    expect(byItem["Charges and management costs"]).toMatchObject({
      value: "To agree",
      status: "to agree",
    });
    expect(byItem["Termination, and how balances are returned"].status).toBe("to agree");
    expect(s.warnings).toEqual([]);
    expect(s.risks).toEqual(SHARED_RISKS);
  });

  it("answers Table 12 from the set-up, and the user's own words come first", () => {
    const s = agreementSchedule(
      "POOL",
      { "What outcomes are the partners seeking?": "Fewer children looked after out of area" },
      swindon
    );
    const q = Object.fromEntries(s.questions.map((x) => [x.item, x.value]));
    expect(q["Which partner is the named accountable host?"]).toBe("Swindon Borough Council");
    expect(q["What cash does each partner contribute?"]).toMatch(/\(£28,000,000.00 in 2025\/26\)$/);
    expect(q["What outcomes are the partners seeking?"]).toBe(
      "Fewer children looked after out of area"
    );
    expect(q["What will be done to achieve them?"]).toBe("To agree");
    // The aligned-only question is not asked of a pool.
    expect(q["How are contributions varied?"]).toBeUndefined();
  });

  it("under an NHS host, says refunds come only on contracted-out services, and to clear it with HMRC", () => {
    const s = agreementSchedule("POOL", {}, { ...swindon, host: 1 });
    expect(s.warnings).toEqual([
      "Swindon ICB is an NHS body: NHS bodies, treated as government departments, get VAT refunds only on contracted-out services (VAT Act 1994 s41) and are funded for the rest, and the host's regime applies to the whole arrangement, so the choice of host changes what VAT the pool recovers. A pool must not be structured to avoid tax: clear the arrangement with HMRC before agreeing it.",
    ]);
  });

  it("lists a funding stream as a source of money, not a party", () => {
    const manchester: ScheduleFacts = {
      ...swindon,
      name: "Income maximisation",
      partners: [
        { name: "Neighbourhood Renewal Fund", bodyType: "funding-stream", contribution: 100000 },
        { name: "Manchester City Council", bodyType: "council", contribution: 70000 },
        { name: "PCTs", bodyType: "icb", contribution: 25500 },
      ],
      host: 1,
    };
    const q = Object.fromEntries(
      agreementSchedule("POOL", {}, manchester).questions.map((x) => [x.item, x.value])
    );
    expect(q["Who are the parties to the agreement?"]).toBe(
      "Manchester City Council; PCTs. Funding streams in the pool (sources, not parties): Neighbourhood Renewal Fund"
    );
  });

  it("without a pool set up, leaves every financial item to agree but the VAT question open", () => {
    const s = agreementSchedule("EITHER", {});
    expect(s.financial.every((x) => x.status === "to agree")).toBe(true);
    expect(s.questions).toHaveLength(12);
  });
});
