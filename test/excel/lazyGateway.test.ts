import { lazyGateway } from "../../src/excel/lazyGateway";
import { MemoryWorkbook } from "../../src/excel/memoryWorkbook";

describe("a gateway loaded on first use", () => {
  it("loads once, when first called, and passes every call and its answer through", async () => {
    const wb = new MemoryWorkbook([{ name: "Data", rows: [["a", 1]] }]);
    let loads = 0;
    const gateway = lazyGateway(async () => {
      loads++;
      return wb;
    });
    expect(loads).toBe(0);
    expect(await gateway.sheetNames()).toEqual(["Data"]);
    await gateway.select("Data", "B1");
    expect(await gateway.readSelection()).toEqual({ sheet: "Data", address: "B1", values: [[1]] });
    expect(loads).toBe(1);
  });
});

describe("the lazy Office.js gateway", () => {
  it("offers every method the Office.js gateway has", async () => {
    const { officeWorkbook } = await import("../../src/excel/officeWorkbook");
    const gateway = lazyGateway(async () => officeWorkbook);
    expect(Object.keys(gateway).sort()).toEqual(Object.keys(officeWorkbook).sort());
  });
});
