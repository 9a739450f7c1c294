import * as React from "react";
import { Field, Input, RadioGroup, Select } from "@fluentui/react-components";
import { METHOD_DESCRIPTIONS, METHOD_LABELS, SPLIT_METHODS } from "../../../core";
import { Choice } from "../../components/Choice";
import { useFieldStyles } from "../../components/fieldStyles";
import { BandEditor } from "../BandEditor";
import type { RuleChoice } from "../poolForm";
import type { PoolStepProps } from "./stepProps";

/** The host, and how an over- or underspend is shared: a rule, or a schedule of bands. */
export function RulesStep({ state, dispatch }: PoolStepProps) {
  const field = useFieldStyles();
  const { form } = state;
  const set = (patch: Partial<typeof form>) => dispatch({ type: "set", patch });
  const label = (i: number) => form.partners[i].name || `Partner ${i + 1}`;
  return (
    <>
      <Field label="Host partner (holds and accounts for the pool)">
        <Select
          className={field.full}
          value={String(form.host)}
          onChange={(_, d) => set({ host: Number(d.value) })}
        >
          {form.partners.map((_, i) => (
            <option key={i} value={i}>
              {label(i)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="How an overspend is shared">
        <RadioGroup value={form.method} onChange={(_, d) => set({ method: d.value as RuleChoice })}>
          {SPLIT_METHODS.map((m) => (
            <Choice key={m} value={m} label={`${METHOD_LABELS[m]}: ${METHOD_DESCRIPTIONS[m]}`} />
          ))}
          <Choice
            value="bands"
            label="Risk-share bands: the first slice to one partner, the next shared as agreed, the rest in proportion to contributions"
          />
        </RadioGroup>
      </Field>
      {form.method === "bands" && (
        <BandEditor
          bands={form.bands}
          partners={form.partners.map((_, i) => label(i))}
          onChange={(bands) => set({ bands })}
        />
      )}
      {form.method === "tiered" && (
        <Field label="Threshold the host bears first (£)">
          <Input
            className={field.full}
            inputMode="decimal"
            value={form.threshold}
            onChange={(_, d) => set({ threshold: d.value })}
          />
        </Field>
      )}
      {form.method === "capped" &&
        form.partners.map((p, i) => (
          <Field
            key={i}
            label={`${label(i)}: cap on its share of an overspend (£, blank for none)`}
          >
            <Input
              className={field.full}
              inputMode="decimal"
              value={p.cap}
              onChange={(_, d) => dispatch({ type: "partner", index: i, patch: { cap: d.value } })}
            />
          </Field>
        ))}
    </>
  );
}
