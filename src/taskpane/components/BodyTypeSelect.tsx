import * as React from "react";
import { Field, Select } from "@fluentui/react-components";
import { BODY_TYPES, BodyType } from "../../core";
import { useFieldStyles } from "./fieldStyles";

/** A partner's body type, in labels short enough to show whole; `blank` offers "not given". */
export function BodyTypeSelect({
  label = "Body type",
  value,
  onChange,
  blank,
}: {
  label?: string;
  value: BodyType | "";
  onChange: (body: BodyType | "") => void;
  blank?: string;
}) {
  const field = useFieldStyles();
  return (
    <Field label={label}>
      <Select
        className={field.full}
        value={value}
        onChange={(_, d) => onChange(d.value as BodyType | "")}
      >
        {blank !== undefined && <option value="">{blank}</option>}
        {BODY_TYPES.map((b) => (
          <option key={b.value} value={b.value}>
            {b.short ?? b.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
