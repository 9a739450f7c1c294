import * as React from "react";
import { Field, Select } from "@fluentui/react-components";
import type { Power } from "../../core";
import { useFieldStyles } from "./fieldStyles";

const HINTS: Record<Power | "", string> = {
  s75: "Health and social care: councils and NHS bodies only.",
  "children-act-s10": "Children's services: the authority and its relevant partners.",
  "": "The sheets will not name a power.",
};

/** The power a pool is made under, in words that fit the pane, with what it means below. */
export function LegalBasis({
  value,
  onChange,
}: {
  value: Power | "";
  onChange: (power: Power | "") => void;
}) {
  const field = useFieldStyles();
  return (
    <Field label="Legal basis" hint={HINTS[value]}>
      <Select
        className={field.full}
        value={value}
        onChange={(_, d) => onChange(d.value as Power | "")}
      >
        <option value="s75">Section 75, NHS Act 2006</option>
        <option value="children-act-s10">Section 10, Children Act 2004</option>
        <option value="">Other, or not decided</option>
      </Select>
    </Field>
  );
}
