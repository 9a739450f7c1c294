import * as React from "react";
import type { Recommendation } from "../core";
import type { PoolSetup } from "../core";

/** What earlier screens settled, for a later one (the agreement schedule) to build on. */
export interface Plans {
  pool?: PoolSetup;
  recommendation?: Recommendation;
}

const PlanContext = React.createContext<{ plans: Plans; update: (p: Partial<Plans>) => void }>({
  plans: {},
  update: () => undefined,
});

export function PlanProvider({ children }: { children: React.ReactNode }) {
  const [plans, setPlans] = React.useState<Plans>({});
  const update = React.useCallback((p: Partial<Plans>) => setPlans((x) => ({ ...x, ...p })), []);
  const value = React.useMemo(() => ({ plans, update }), [plans, update]);
  return <PlanContext.Provider value={value}>{children}</PlanContext.Provider>;
}

export const usePlans = () => React.useContext(PlanContext);
