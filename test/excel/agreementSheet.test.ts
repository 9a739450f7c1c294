import { agreementSchedule, METHOD_DESCRIPTIONS } from "../../src/core";
import { MemoryWorkbook } from "../../src/excel/memoryWorkbook";
import { agreementSheetPlan } from "../../src/excel/plans/agreementSheet";

it("writes the schedule, the VAT warning and a risk register to complete", async () => {
  const schedule = agreementSchedule(
    "POOL",
    {},
    {
      name: "Swindon children's services",
      partners: [
        { name: "Swindon Borough Council", bodyType: "council", contribution: 20e6 },
        { name: "Swindon ICB", bodyType: "icb", contribution: 8e6 },
      ],
      host: 1,
      ruleLabel: "Host bears it all",
      ruleDescription: METHOD_DESCRIPTIONS.host,
      year: "2025/26",
    }
  );
  const wb = new MemoryWorkbook();
  const name = await wb.writeSheet(agreementSheetPlan(schedule, "Swindon children's services"));
  const texts = [...wb.sheet(name).cells.values()].map((c) => c.value);
  expect(name).toBe("Agreement schedule");
  expect(wb.cell(name, "A1")?.value).toBe("Agreement schedule: Swindon children's services");
  expect(texts).toContain("Swindon ICB");
  expect(texts).toContainEqual(expect.stringMatching(/refunds only on contracted-out services/));
  expect(texts).toContain("To agree");
  const risks = wb.sheet(name).tables.find((t) => t.name === "RiskRegister")!;
  const head = risks.range.split(":")[0];
  expect(wb.cell(name, head)?.value).toBe("Risk");
  expect(wb.cell(name, head.replace("A", "E"))?.value).toBe("Mitigation");
  expect(wb.sheet(name).validations[0].range).toMatch(/^C\d+:D\d+$/);
  expect(wb.sheet(name).print).toMatchObject({ orientation: "landscape" });
});
