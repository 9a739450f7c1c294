import * as React from "react";
import { Field, Select } from "@fluentui/react-components";
import { useFieldStyles } from "../components/fieldStyles";
import type { LedgerForm } from "./ledgerForm";
import { partnerLabel } from "./stepProps";

/** A drop-down of the pool's partners, by position: a line's partner, a scheme's commissioner, the host. */
export function PartnerSelect({
  form,
  label,
  value,
  onChange,
}: {
  form: LedgerForm;
  label: string;
  value: number;
  onChange: (partner: number) => void;
}) {
  const field = useFieldStyles();
  return (
    <Field label={label}>
      <Select
        className={field.full}
        value={String(value)}
        onChange={(_, d) => onChange(Number(d.value))}
      >
        {form.partners.map((_, p) => (
          <option key={p} value={p}>
            {partnerLabel(form, p)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
