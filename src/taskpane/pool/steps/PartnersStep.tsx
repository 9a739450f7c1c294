import * as React from "react";
import { PartnerFieldset } from "../../components/PartnerFieldset";
import { BodyTypeSelect } from "../../components/BodyTypeSelect";
import { Outcome } from "../../components/Outcome";
import { Button, Caption1, Field, Input, Select, makeStyles } from "@fluentui/react-components";
import { WorkbookError } from "../../../excel/types";
import { Notice } from "../../components/Notice";
import { useFieldStyles } from "../../components/fieldStyles";
import { useAction } from "../../useAction";
import { useWorkbook } from "../../workbookContext";
import { partnersFromSelection, PartnerRow } from "../poolForm";
import type { PoolStepProps } from "./stepProps";

const useStyles = makeStyles({
  row: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "end" },
});

/** The partners and what each contributes: typed, or read from the selected cells. */
export function PartnersStep({ state, dispatch, evaluation }: PoolStepProps) {
  const styles = useStyles();
  const field = useFieldStyles();
  const workbook = useWorkbook();
  const { form, picked } = state;
  const fromSheet = useAction(async () => {
    const selection = await workbook.readSelection();
    const read = partnersFromSelection(selection.values);
    if (read.partners.length < 2)
      throw new WorkbookError("Select at least two rows: partner names and their contributions.");
    dispatch({ type: "selection", values: selection.values, read });
    const column = read.columns.find((c) => c.index === read.column);
    return `${read.partners.length} partners read from ${selection.sheet}!${selection.address}${column && read.columns.length > 1 ? `, contributions from “${column.label}”` : ""}.`;
  });
  const update = (index: number, patch: Partial<PartnerRow>) =>
    dispatch({ type: "partner", index, patch });
  return (
    <>
      <div className={styles.row}>
        <Button onClick={() => fromSheet.run()} disabled={fromSheet.busy}>
          Use selected cells
        </Button>
        <Caption1>Select names and amounts in the sheet first.</Caption1>
      </div>
      <Outcome of={fromSheet} />
      {picked && picked.read.columns.length > 1 && (
        <Field label="Contributions from column">
          <Select
            className={field.full}
            value={String(picked.read.column)}
            onChange={(_, d) => dispatch({ type: "column", index: Number(d.value) })}
          >
            {picked.read.columns.map((c) => (
              <option key={c.index} value={c.index}>
                {c.label}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {form.partners.map((p, i) => (
        <PartnerFieldset
          key={i}
          index={i}
          name={p.name}
          onName={(name) => update(i, { name })}
          canRemove={form.partners.length > 2}
          onRemove={() => dispatch({ type: "removePartner", index: i })}
        >
          <BodyTypeSelect
            blank="Not given"
            value={p.bodyType}
            onChange={(bodyType) => update(i, { bodyType })}
          />
          <Field label="Contribution (£)">
            <Input
              className={field.full}
              inputMode="decimal"
              value={p.contribution}
              onChange={(_, d) => update(i, { contribution: d.value })}
            />
          </Field>
        </PartnerFieldset>
      ))}
      <Button onClick={() => dispatch({ type: "addPartner" })}>Add a partner</Button>
      {/* Who may join is the partners' question: say it here, not only at the end. */}
      {evaluation.warnings.map((w) => (
        <Notice key={w} intent="warning" title="Who may join">
          {w}
        </Notice>
      ))}
    </>
  );
}
