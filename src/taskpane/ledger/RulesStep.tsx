import * as React from "react";
import { Choice } from "../components/Choice";
import { Caption1, Field, Input, RadioGroup, Select } from "@fluentui/react-components";
import { TREATMENT_WORDS, UnderspendTreatment } from "../../core/ledger";
import { useFieldStyles } from "../components/fieldStyles";
import { DRAW_ORDERS, DrawOrder, LEDGER_RULE_CHOICES } from "./ledgerForm";
import { lineLabel, partnerLabel, StepProps } from "./stepProps";
import { BandEditor } from "../pool/BandEditor";
import { BANDS_LABEL } from "../../core";

const ORDER_WORDS: Record<DrawOrder, string> = {
  "underspends first": "Underspends elsewhere in the pool, then the contingency, then the rule",
  "contingency first": "The contingency, then underspends elsewhere, then the rule",
  "straight to the rule": "Straight to the rule",
};

/** Step 4: the contingency, the order of draw, the rule for what is left, and underspends. */
export function RulesStep({ form, dispatch }: StepProps) {
  const field = useFieldStyles();
  const set = (patch: Partial<typeof form>) => dispatch({ type: "set", patch });
  const drawable = form.lines.flatMap((l, i) => (l.grant || l.ringFenced ? [] : [i]));
  return (
    <div className={field.section}>
      <Caption1>
        The contingency (or risk reserve) is set aside from partners&apos; own lines; grants and
        ring-fenced lines cannot fund it.
      </Caption1>
      {drawable.map((l) => (
        <Field key={l} label={`Contingency from ${lineLabel(form, l)} (£)`}>
          <Input
            className={field.full}
            inputMode="decimal"
            value={form.contingency[l] ?? ""}
            onChange={(_, d) => dispatch({ type: "contingency", line: l, value: d.value })}
          />
        </Field>
      ))}
      <Field label="Order of draw for an overspend">
        <RadioGroup value={form.draws} onChange={(_, d) => set({ draws: d.value as DrawOrder })}>
          {(Object.keys(DRAW_ORDERS) as DrawOrder[]).map((o) => (
            <Choice key={o} value={o} label={ORDER_WORDS[o]} />
          ))}
        </RadioGroup>
      </Field>
      <Field label="What the draws leave falls on">
        <Select
          className={field.full}
          value={form.rule}
          onChange={(_, d) => set({ rule: d.value })}
        >
          {LEDGER_RULE_CHOICES.map((r) => (
            <option key={r}>{r}</option>
          ))}
        </Select>
      </Field>
      {form.rule === BANDS_LABEL && (
        <BandEditor
          bands={form.bands}
          partners={form.partners.map((_, i) => partnerLabel(form, i))}
          onChange={(bands) => set({ bands })}
        />
      )}
      <Caption1>Caps and a host&apos;s threshold can be set on the Ledger sheet itself.</Caption1>
      {(["ringFenced", "other"] as const).map((key) => (
        <Field
          key={key}
          label={
            key === "ringFenced"
              ? "A ring-fenced line's unspent money"
              : "Any other line's unspent money"
          }
        >
          <Select
            className={field.full}
            value={form[key]}
            onChange={(_, d) => set({ [key]: d.value as UnderspendTreatment })}
          >
            {(Object.keys(TREATMENT_WORDS) as UnderspendTreatment[]).map((t) => (
              <option key={t} value={t}>
                {TREATMENT_WORDS[t]}
              </option>
            ))}
          </Select>
        </Field>
      ))}
    </div>
  );
}
