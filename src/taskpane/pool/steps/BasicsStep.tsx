import * as React from "react";
import { Field, Input, Select, makeStyles } from "@fluentui/react-components";
import { PERIODS } from "../../../core";
import { LegalBasis } from "../../components/LegalBasis";
import { useFieldStyles } from "../../components/fieldStyles";
import type { PoolStepProps } from "./stepProps";

const useStyles = makeStyles({
  row: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "end" },
});

/** What the pool is called, the year and period its sheets report, and the power it is made under. */
export function BasicsStep({ state, dispatch }: PoolStepProps) {
  const styles = useStyles();
  const field = useFieldStyles();
  const { form } = state;
  const set = (patch: Partial<typeof form>) => dispatch({ type: "set", patch });
  return (
    <>
      <Field label="Name of the pool">
        <Input
          className={field.full}
          value={form.name}
          onChange={(_, d) => set({ name: d.value })}
          placeholder="e.g. Children's services section 75 pool"
        />
      </Field>
      <div className={styles.row}>
        <Field label="Financial year">
          <Input
            value={form.year}
            onChange={(_, d) => set({ year: d.value })}
            placeholder="2025/26"
          />
        </Field>
        <Field label="Period">
          <Select value={form.period} onChange={(_, d) => set({ period: d.value })}>
            {PERIODS.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </Select>
        </Field>
      </div>
      <LegalBasis value={form.power} onChange={(power) => set({ power })} />
    </>
  );
}
