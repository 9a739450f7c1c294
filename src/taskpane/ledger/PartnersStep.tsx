import * as React from "react";
import { PartnerFieldset } from "../components/PartnerFieldset";
import { BodyTypeSelect } from "../components/BodyTypeSelect";
import { LegalBasis } from "../components/LegalBasis";
import { Button, Field, Input, Select } from "@fluentui/react-components";
import { BodyType, PERIODS } from "../../core";
import { useFieldStyles } from "../components/fieldStyles";
import { PartnerSelect } from "./PartnerSelect";
import type { LedgerForm } from "./ledgerForm";
import { StepProps } from "./stepProps";

/** Step 1: the pool's name, year and period, its partners and its host. */
export function PartnersStep({ form, dispatch }: StepProps) {
  const field = useFieldStyles();
  const set = (patch: Partial<LedgerForm>) => dispatch({ type: "set", patch });
  return (
    <div className={field.section}>
      <Field label="Name of the pool">
        <Input
          className={field.full}
          value={form.name}
          placeholder="e.g. Northshire Better Care Fund"
          onChange={(_, d) => set({ name: d.value })}
        />
      </Field>
      <Field label="Financial year">
        <Input
          className={field.full}
          value={form.year}
          placeholder="2025/26"
          onChange={(_, d) => set({ year: d.value })}
        />
      </Field>
      <Field label="Period">
        <Select
          className={field.full}
          value={form.period}
          onChange={(_, d) => set({ period: d.value })}
        >
          {PERIODS.map((p) => (
            <option key={p}>{p}</option>
          ))}
        </Select>
      </Field>
      <LegalBasis value={form.power} onChange={(power) => set({ power })} />
      {form.partners.map((p, i) => (
        <PartnerFieldset
          key={i}
          index={i}
          name={p.name}
          onName={(name) => dispatch({ type: "partner", index: i, patch: { name } })}
          canRemove={form.partners.length > 2}
          onRemove={() => dispatch({ type: "removePartner", index: i })}
        >
          <BodyTypeSelect
            label={`Partner ${i + 1} body type`}
            value={p.bodyType}
            onChange={(bodyType) =>
              dispatch({ type: "partner", index: i, patch: { bodyType: bodyType as BodyType } })
            }
          />
        </PartnerFieldset>
      ))}
      <Button onClick={() => dispatch({ type: "addPartner" })}>Add a partner</Button>
      <PartnerSelect
        form={form}
        label="Host (holds and accounts for the pool)"
        value={form.host}
        onChange={(host) => set({ host })}
      />
    </div>
  );
}
