import * as React from "react";
import { Button, Field, Select, makeStyles } from "@fluentui/react-components";
import { useFieldStyles } from "./fieldStyles";

const useStyles = makeStyles({
  row: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "end" },
});

/** Choose one of the workbook's sheets of a kind, and open it. */
export function SheetPicker({
  label,
  sheets,
  chosen,
  onChoose,
  open,
  busy,
  onOpen,
}: {
  label: string;
  sheets: string[];
  chosen: string;
  onChoose: (sheet: string) => void;
  /** The button's words: "Open pool". */
  open: string;
  busy: boolean;
  onOpen: () => void;
}) {
  const styles = useStyles();
  const field = useFieldStyles();
  return (
    <div className={styles.row}>
      <Field label={label} className={field.full}>
        <Select value={chosen} onChange={(_, d) => onChoose(d.value)} className={field.full}>
          {sheets.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </Select>
      </Field>
      <Button disabled={!chosen || busy} onClick={onOpen}>
        {open}
      </Button>
    </div>
  );
}
