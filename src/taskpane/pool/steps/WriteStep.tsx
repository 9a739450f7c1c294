import * as React from "react";
import { Button } from "@fluentui/react-components";
import { poolWorkbookPlans } from "../../../excel/plans/poolWorkbook";
import { WorkbookError } from "../../../excel/types";
import { Notice } from "../../components/Notice";
import { useAction } from "../../useAction";
import { useWorkbook } from "../../workbookContext";
import { PoolPreview } from "../PoolPreview";
import { parseSchemes } from "../schemeList";
import type { PoolStepProps } from "./stepProps";

/** The preview of a sample overspend split by the rule, and the write of the Pool and Monitoring sheets. */
export function WriteStep({ state, evaluation }: PoolStepProps) {
  const workbook = useWorkbook();
  const schemeList = React.useMemo(() => parseSchemes(state.schemes), [state.schemes]);
  const write = useAction(async () => {
    if (!evaluation.setup)
      throw new WorkbookError(evaluation.error ?? "The pool is not complete yet.");
    if (schemeList.bad.length) {
      throw new WorkbookError(
        `These schemes' budgets are not amounts: ${schemeList.bad.join("; ")}. Write a scheme as its name, a comma and its budget, e.g. "Intermediate care, 18,000,000".`
      );
    }
    if (schemeList.duplicates.length) {
      throw new WorkbookError(
        `Each scheme needs a name of its own: ${schemeList.duplicates.map((d) => `“${d}”`).join(", ")} ${schemeList.duplicates.length === 1 ? "is" : "are"} listed twice.`
      );
    }
    return workbook.writeSheets(poolWorkbookPlans(evaluation.setup, schemeList.schemes));
  });
  return (
    <>
      <PoolPreview evaluation={evaluation} />
      <Button
        appearance="primary"
        disabled={!evaluation.setup || write.busy}
        onClick={() => write.run()}
      >
        Write Pool and Monitoring sheets
      </Button>
      {write.result && (
        <Notice intent="success">
          Added the sheets “{write.result[0]}”, with live POOL formulas and a memorandum for each
          partner, and “{write.result[1]}”, where each quarter&apos;s figures go (or use Monitor
          this pool). Enter the memorandum&apos;s figures in the yellow cells.
        </Notice>
      )}
      {write.error && <Notice intent="error">{write.error}</Notice>}
    </>
  );
}
