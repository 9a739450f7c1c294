import { eligibilityWarnings, parseBodyType } from "../../src/core";

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
    ]);
    expect(warnings[1].message).toMatch(/contracted to provide the service/);
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
    expect(warnings.map((w) => w.partner)).toEqual(["Acme Ltd"]);
  });
});
