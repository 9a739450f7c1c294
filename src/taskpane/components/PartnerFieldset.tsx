import * as React from "react";
import { Button, Field, Input, mergeClasses } from "@fluentui/react-components";
import { useFieldStyles } from "./fieldStyles";

/**
 * One partner in a set-up: its name, whatever else the set-up asks of it (`children`), and
 * a button to remove it, which a pool's last two partners do not offer.
 */
export function PartnerFieldset({
  index,
  name,
  onName,
  canRemove,
  onRemove,
  children,
}: {
  index: number;
  name: string;
  onName: (name: string) => void;
  canRemove: boolean;
  onRemove: () => void;
  children: React.ReactNode;
}) {
  const field = useFieldStyles();
  return (
    <fieldset
      className={mergeClasses(field.group, field.section)}
      aria-label={`Partner ${index + 1}`}
    >
      <Field label={`Partner ${index + 1} name`}>
        <Input className={field.full} value={name} onChange={(_, d) => onName(d.value)} />
      </Field>
      {children}
      <Button appearance="subtle" disabled={!canRemove} onClick={onRemove}>
        Remove partner {index + 1}
      </Button>
    </fieldset>
  );
}
