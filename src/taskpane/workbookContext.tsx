import * as React from "react";
import type { WorkbookGateway } from "../excel/types";

const WorkbookContext = React.createContext<WorkbookGateway | null>(null);

export function WorkbookProvider({
  gateway,
  children,
}: {
  gateway: WorkbookGateway;
  children: React.ReactNode;
}) {
  return <WorkbookContext.Provider value={gateway}>{children}</WorkbookContext.Provider>;
}

/** The workbook the pane works on: Excel in production, an in-memory one in tests and the preview. */
export function useWorkbook(): WorkbookGateway {
  const gateway = React.useContext(WorkbookContext);
  if (!gateway) throw new Error("useWorkbook needs a WorkbookProvider");
  return gateway;
}
