import * as React from "react";
import { Field, Input, Select, makeStyles } from "@fluentui/react-components";
import { PERIODS, Power } from "../../../core";
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
      <Field
        label="Legal basis"
        hint={
          form.power === "s75"
            ? "Health and social care: councils and NHS bodies only."
            : form.power === "children-act-s10"
              ? "Children's services: the authority and its relevant partners."
              : "The Pool sheet will not name a power."
        }
      >
        <Select
          className={field.full}
          value={form.power}
          onChange={(_, d) => set({ power: d.value as Power | "" })}
        >
          <option value="s75">Section 75, NHS Act 2006</option>
          <option value="children-act-s10">Section 10, Children Act 2004</option>
          <option value="">Other, or not decided</option>
        </Select>
      </Field>
    </>
  );
}
