import * as React from "react";
import { Field, Textarea } from "@fluentui/react-components";
import { Notice } from "../../components/Notice";
import { useFieldStyles } from "../../components/fieldStyles";
import { parseSchemes } from "../schemeList";
import type { PoolStepProps } from "./stepProps";

/** The schemes the pool funds and their budgets, one per line; blank, one scheme carries the pool. */
export function SchemesStep({ state, dispatch }: PoolStepProps) {
  const field = useFieldStyles();
  const list = React.useMemo(() => parseSchemes(state.schemes), [state.schemes]);
  return (
    <>
      <Field
        label="Schemes the pool funds (optional): one per line, name, comma, budget"
        hint="e.g. Intermediate care, 18,000,000. Left blank, one scheme carries the whole pool; add schemes later in the Monitoring sheet's blank rows."
      >
        <Textarea
          className={field.full}
          value={state.schemes}
          onChange={(_, d) => dispatch({ type: "schemes", text: d.value })}
          resize="vertical"
        />
      </Field>
      {list.bad.length > 0 && (
        <Notice intent="warning">These budgets are not amounts: {list.bad.join("; ")}.</Notice>
      )}
      {list.duplicates.length > 0 && (
        <Notice intent="warning">
          Listed twice: {list.duplicates.map((d) => `“${d}”`).join(", ")}. Each scheme needs a name
          of its own.
        </Notice>
      )}
    </>
  );
}
