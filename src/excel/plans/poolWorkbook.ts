import { SheetPlan } from "../types";
import { monitoringLayout, monitoringSheetPlan, SchemeBudget } from "./monitoringSheet";
import { poolSheetPlan } from "./poolSheet";
import { PoolSetup } from "../../core";
import { sheetRef } from "./sheetRefs";

/**
 * A pool that runs through the year: the Pool sheet and its Monitoring sheet, written
 * together, the Pool sheet's variance reading the Monitoring sheet's forecast. With no
 * schemes given, one scheme carries the whole pool (its budget the pool total) until the
 * host adds the real ones in the blank rows.
 */
export function poolWorkbookPlans(
  setup: PoolSetup,
  schemes?: SchemeBudget[],
  suffix = ""
): SheetPlan[] {
  const poolName = `Pool${suffix}`;
  const monitoringName = `Monitoring${suffix}`;
  const list = schemes?.length
    ? schemes
    : [{ name: setup.name, budget: { formula: `=${sheetRef(poolName)}!$B$6` } }];
  const M = monitoringLayout(list.length, setup.partners.length);
  const mon = sheetRef(monitoringName);
  // Forecast outturn: the budget plus the forecast variance (schemes not yet forecast at budget).
  const links = {
    variance: `=${mon}!$B$${M.variance.slice(1)}`,
    expenditure: `=${mon}!$B$${M.total}+${mon}!$B$${M.variance.slice(1)}`,
  };
  return [
    poolSheetPlan(setup, links, poolName),
    monitoringSheetPlan(setup, list, sheetRef(poolName), monitoringName),
  ];
}
