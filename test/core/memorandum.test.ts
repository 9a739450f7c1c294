import { memorandum } from "../../src/core";

describe("memorandum of accounts", () => {
  it("tags the Swindon pool's income, spend and overspend to each partner", () => {
    const lines = memorandum(
      [
        { name: "Swindon Borough Council", contribution: 20e6 },
        { name: "Swindon PCT", contribution: 8e6 },
      ],
      28e6,
      28.7e6
    );
    expect(lines).toEqual([
      {
        partner: "Swindon Borough Council",
        contribution: 20e6,
        share: 20 / 28,
        income: 20e6,
        expenditure: 20.5e6,
        variance: 500000,
      },
      {
        partner: "Swindon PCT",
        contribution: 8e6,
        share: 8 / 28,
        income: 8e6,
        expenditure: 8.2e6,
        variance: 200000,
      },
    ]);
  });

  it("keeps every column adding up to the penny", () => {
    const lines = memorandum(
      [1, 1, 1].map((c, i) => ({ name: `P${i}`, contribution: c })),
      100,
      100.01
    );
    const total = (k: "income" | "expenditure" | "variance") =>
      Math.round(lines.reduce((a, l) => a + l[k] * 100, 0));
    expect(total("income")).toBe(10000);
    expect(total("expenditure")).toBe(10001);
    expect(total("variance")).toBe(1);
  });
});
