import { bodyTypeFromName, eligibilityWarnings, parseBodyType } from "../../src/core";

describe("who may join a pool", () => {
  it("accepts the historical names as synonyms for today's bodies", () => {
    expect(parseBodyType("PCT")).toBe("icb");
    expect(parseBodyType("Strategic Health Authority")).toBe("icb");
    expect(parseBodyType("county council")).toBe("council");
    expect(parseBodyType("Constabulary")).toBe("police");
    expect(parseBodyType("spaceship")).toBeUndefined();
  });

  it("warns that police and third-sector partners cannot join a section 75 pool", () => {
    const warnings = eligibilityWarnings(
      [
        { name: "Swindon Borough Council", bodyType: "council" },
        { name: "Swindon PCT", bodyType: "icb" },
        { name: "Wiltshire Police", bodyType: "police" },
        { name: "Voluntary Services Council", bodyType: "third-sector" },
        { name: "Neighbourhood Renewal Fund", bodyType: "funding-stream" },
      ],
      "s75"
    );
    expect(warnings.map((w) => w.partner)).toEqual([
      "Wiltshire Police",
      "Voluntary Services Council",
      "Neighbourhood Renewal Fund",
    ]);
    expect(warnings[1].message).toMatch(/contracted to provide the service/);
    expect(warnings[2].message).toMatch(/its accountable body is the member/);
    expect(warnings[2].message).toMatch(/aligned rather than pooled/);
  });

  it("warns when a section 75 pool has no NHS body, or no council", () => {
    const twoCouncils = eligibilityWarnings(
      [
        { name: "Swindon Borough Council", bodyType: "council" },
        { name: "Wiltshire Council", bodyType: "council" },
      ],
      "s75"
    );
    expect(twoCouncils).toHaveLength(1);
    expect(twoCouncils[0].partner).toBe("");
    expect(twoCouncils[0].message).toMatch(/needs an NHS body/);
    const nhsOnly = eligibilityWarnings(
      [
        { name: "Swindon PCT", bodyType: "icb" },
        { name: "Great Western Hospitals", bodyType: "nhs-trust" },
      ],
      "s75"
    );
    expect(nhsOnly.map((w) => w.message)).toEqual([
      expect.stringMatching(/needs a local authority/),
    ]);
    expect(
      eligibilityWarnings(
        [
          { name: "Swindon Borough Council", bodyType: "council" },
          { name: "Swindon PCT", bodyType: "icb" },
        ],
        "s75"
      )
    ).toEqual([]);
  });

  it("asks for a body type that is not given instead of passing the partner", () => {
    const warnings = eligibilityWarnings(
      [{ name: "Swindon Borough Council", bodyType: "council" }, { name: "Swindon PCT" }],
      "s75"
    );
    expect(warnings[0]).toEqual({
      partner: "Swindon PCT",
      message: expect.stringMatching(/^Give Swindon PCT's body type/),
    });
    // Without a known NHS body the membership check cannot pass either.
    expect(warnings[1].message).toMatch(/needs an NHS body/);
  });

  it("lets police and probation join a Children Act section 10 fund but not a private firm", () => {
    const warnings = eligibilityWarnings(
      [
        { name: "Police", bodyType: "police" },
        { name: "Probation", bodyType: "probation" },
        { name: "Acme Ltd", bodyType: "private" },
      ],
      "children-act-s10"
    );
    // No council either: the fund is the children's services authority's.
    expect(warnings.map((w) => w.partner)).toEqual(["Acme Ltd", ""]);
    expect(warnings[1].message).toMatch(/children's services authority/);
  });

  it("warns that an NHS trust is not a Children Act section 10 relevant partner", () => {
    const warnings = eligibilityWarnings(
      [
        { name: "Swindon Borough Council", bodyType: "council" },
        { name: "Swindon PCT", bodyType: "icb" },
        { name: "Great Western Hospitals", bodyType: "nhs-trust" },
        { name: "Jobcentre Plus", bodyType: "jobcentre-plus" },
      ],
      "children-act-s10"
    );
    expect(warnings.map((w) => w.partner)).toEqual(["Great Western Hospitals"]);
    expect(warnings[0].message).toMatch(/not relevant partners/);
  });

  it("reads body types from the names partners already carry", () => {
    expect(bodyTypeFromName("Manchester City Council")).toBe("council");
    expect(bodyTypeFromName("PCTs")).toBe("icb");
    expect(bodyTypeFromName("Neighbourhood Renewal Fund")).toBe("funding-stream");
    expect(bodyTypeFromName("Time-limited grant")).toBe("funding-stream");
    expect(bodyTypeFromName("West Midlands Police")).toBe("police");
    expect(bodyTypeFromName("Derbyshire Constabulary")).toBe("police");
    expect(bodyTypeFromName("NHS West Kent")).toBeUndefined();
    expect(bodyTypeFromName("Dartford and Gravesham NHS Trust")).toBe("nhs-trust");
    expect(bodyTypeFromName("Mainstream")).toBeUndefined();
    expect(bodyTypeFromName("Voluntary Services Council")).toBe("third-sector");
    expect(bodyTypeFromName("Learning and Skills Council")).toBe("other-statutory");
  });
});
