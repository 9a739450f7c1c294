import * as React from "react";
import {
  Button,
  Caption1,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  Textarea,
  makeStyles,
  mergeClasses,
} from "@fluentui/react-components";
import { BODY_TYPES, METHOD_DESCRIPTIONS, METHOD_LABELS, SPLIT_METHODS, Power } from "../../core";
import { PERIODS } from "../../core";
import { poolWorkbookPlans } from "../../excel/plans/poolWorkbook";
import { Scalar, WorkbookError } from "../../excel/types";
import { Notice } from "../components/Notice";
import {
  emptyPartner,
  evaluate,
  newForm,
  partnersFromSelection,
  PartnerRow,
  PoolForm,
  RuleChoice,
  SelectionRead,
} from "../pool/poolForm";
import { BandEditor } from "../pool/BandEditor";
import { PoolPreview } from "../pool/PoolPreview";
import { parseSchemes } from "../pool/schemeList";
import { useAction } from "../useAction";
import { ScreenTitle } from "../components/ScreenTitle";
import { useFieldStyles } from "../components/fieldStyles";
import { useWorkbook } from "../workbookContext";
import { usePlans } from "../planContext";

const useStyles = makeStyles({
  partner: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: "4px" },
  row: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "end" },
});

export default function PoolSetup() {
  const styles = useStyles();
  const field = useFieldStyles();
  const workbook = useWorkbook();
  const [form, setForm] = React.useState<PoolForm>(newForm);
  const evaluation = React.useMemo(() => evaluate(form), [form]);
  // The agreement schedule builds on the pool as last set up here.
  const { update: updatePlans } = usePlans();
  React.useEffect(() => {
    if (evaluation.setup) updatePlans({ pool: evaluation.setup });
  }, [evaluation.setup, updatePlans]);

  const update = (patch: Partial<PoolForm>) => setForm((f) => ({ ...f, ...patch }));
  const updatePartner = (i: number, patch: Partial<PartnerRow>) =>
    setForm((f) => ({
      ...f,
      partners: f.partners.map((p, j) => (j === i ? { ...p, ...patch } : p)),
    }));

  // The last selection read, so the user can pick another year column without reselecting.
  const [picked, setPicked] = React.useState<{ values: Scalar[][]; read: SelectionRead }>();
  const applyRead = (read: SelectionRead) =>
    setForm((f) => ({ ...f, partners: read.partners, host: read.host }));
  const fromSheet = useAction(async () => {
    const selection = await workbook.readSelection();
    const read = partnersFromSelection(selection.values);
    if (read.partners.length < 2)
      throw new WorkbookError("Select at least two rows: partner names and their contributions.");
    setPicked({ values: selection.values, read });
    applyRead(read);
    const column = read.columns.find((c) => c.index === read.column);
    return `${read.partners.length} partners read from ${selection.sheet}!${selection.address}${column && read.columns.length > 1 ? `, contributions from “${column.label}”` : ""}.`;
  });
  const pickColumn = (index: number) => {
    if (!picked) return;
    const read = partnersFromSelection(picked.values, index);
    setPicked({ values: picked.values, read });
    applyRead(read);
  };
  // The sheet starts with no variance: the preview's sample overspend stays in the pane.
  const [schemes, setSchemes] = React.useState("");
  const schemeList = React.useMemo(() => parseSchemes(schemes), [schemes]);
  const write = useAction(async () => {
    if (!evaluation.setup)
      throw new WorkbookError(evaluation.error ?? "The pool is not complete yet.");
    if (schemeList.bad.length) {
      throw new WorkbookError(
        `These schemes' budgets are not amounts: ${schemeList.bad.join("; ")}. Write a scheme as its name, a comma and its budget, e.g. "Intermediate care, 18,000,000".`
      );
    }
    if (schemeList.duplicates.length) {
      throw new WorkbookError(
        `Each scheme needs a name of its own: ${schemeList.duplicates.map((d) => `“${d}”`).join(", ")} ${schemeList.duplicates.length === 1 ? "is" : "are"} listed twice.`
      );
    }
    return workbook.writeSheets(poolWorkbookPlans(evaluation.setup, schemeList.schemes));
  });

  return (
    <>
      <ScreenTitle help="guide-setup">Set up a pool</ScreenTitle>
      <Field label="Name of the pool">
        <Input
          className={field.full}
          value={form.name}
          onChange={(_, d) => update({ name: d.value })}
          placeholder="e.g. Children's services section 75 pool"
        />
      </Field>

      <div className={styles.row}>
        <Field label="Financial year">
          <Input
            value={form.year}
            onChange={(_, d) => update({ year: d.value })}
            placeholder="2025/26"
          />
        </Field>
        <Field label="Period">
          <Select value={form.period} onChange={(_, d) => update({ period: d.value })}>
            {PERIODS.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </Select>
        </Field>
      </div>

      <section className={field.section} aria-labelledby="partners-h">
        <Subtitle2 as="h2" id="partners-h">
          Partners and contributions
        </Subtitle2>
        <div className={styles.row}>
          <Button onClick={() => fromSheet.run()} disabled={fromSheet.busy}>
            Use selected cells
          </Button>
          <Caption1>Select names and amounts in the sheet first.</Caption1>
        </div>
        {fromSheet.result && <Notice intent="success">{fromSheet.result}</Notice>}
        {picked && picked.read.columns.length > 1 && (
          <Field label="Contributions from column">
            <Select
              className={field.full}
              value={String(picked.read.column)}
              onChange={(_, d) => pickColumn(Number(d.value))}
            >
              {picked.read.columns.map((c) => (
                <option key={c.index} value={c.index}>
                  {c.label}
                </option>
              ))}
            </Select>
          </Field>
        )}
        {fromSheet.error && <Notice intent="error">{fromSheet.error}</Notice>}
        {form.partners.map((p, i) => (
          <fieldset
            key={i}
            className={mergeClasses(field.group, styles.partner)}
            aria-label={`Partner ${i + 1}`}
          >
            <Field label={`Partner ${i + 1} name`}>
              <Input
                className={field.full}
                value={p.name}
                onChange={(_, d) => updatePartner(i, { name: d.value })}
              />
            </Field>
            <Field label="Body type">
              <Select
                className={field.full}
                value={p.bodyType}
                onChange={(_, d) =>
                  updatePartner(i, { bodyType: d.value as PartnerRow["bodyType"] })
                }
              >
                <option value="">Not given</option>
                {BODY_TYPES.map((b) => (
                  <option key={b.value} value={b.value}>
                    {b.label}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label="Contribution (£)">
              <Input
                className={field.full}
                inputMode="decimal"
                value={p.contribution}
                onChange={(_, d) => updatePartner(i, { contribution: d.value })}
              />
            </Field>
            {form.method === "capped" && (
              <Field label="Cap on its share of an overspend (£, blank for none)">
                <Input
                  className={field.full}
                  inputMode="decimal"
                  value={p.cap}
                  onChange={(_, d) => updatePartner(i, { cap: d.value })}
                />
              </Field>
            )}
            <Button
              appearance="subtle"
              disabled={form.partners.length <= 2}
              onClick={() =>
                setForm((f) => ({
                  ...f,
                  partners: f.partners.filter((_, j) => j !== i),
                  bands: f.bands.map((b) => ({ ...b, shares: b.shares.filter((_, j) => j !== i) })),
                  host: Math.max(0, f.host >= i ? f.host - 1 : f.host),
                }))
              }
            >
              Remove partner {i + 1}
            </Button>
          </fieldset>
        ))}
        <Button
          onClick={() => setForm((f) => ({ ...f, partners: [...f.partners, emptyPartner()] }))}
        >
          Add a partner
        </Button>
      </section>

      <section className={field.section} aria-labelledby="rules-h">
        <Subtitle2 as="h2" id="rules-h">
          Host and rules
        </Subtitle2>
        <Field label="Host partner (holds and accounts for the pool)">
          <Select
            className={field.full}
            value={String(form.host)}
            onChange={(_, d) => update({ host: Number(d.value) })}
          >
            {form.partners.map((p, i) => (
              <option key={i} value={i}>
                {p.name || `Partner ${i + 1}`}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Legal basis">
          <Select
            className={field.full}
            value={form.power}
            onChange={(_, d) => update({ power: d.value as Power | "" })}
          >
            <option value="s75">NHS Act 2006 section 75 (health and social care)</option>
            <option value="children-act-s10">Children Act 2004 section 10</option>
            <option value="">Other, or not decided</option>
          </Select>
        </Field>
        <Field label="How an overspend is shared">
          <RadioGroup
            value={form.method}
            onChange={(_, d) => update({ method: d.value as RuleChoice })}
          >
            {SPLIT_METHODS.map((m) => (
              <Radio key={m} value={m} label={`${METHOD_LABELS[m]}: ${METHOD_DESCRIPTIONS[m]}`} />
            ))}
            <Radio
              value="bands"
              label="Risk-share bands: the first slice to one partner, the next shared as agreed, the rest in proportion to contributions"
            />
          </RadioGroup>
        </Field>
        {form.method === "bands" && (
          <BandEditor
            bands={form.bands}
            partners={form.partners.map((p, i) => p.name || `Partner ${i + 1}`)}
            onChange={(bands) => update({ bands })}
          />
        )}
        {form.method === "tiered" && (
          <Field label="Threshold the host bears first (£)">
            <Input
              className={field.full}
              inputMode="decimal"
              value={form.threshold}
              onChange={(_, d) => update({ threshold: d.value })}
            />
          </Field>
        )}
      </section>

      <Field
        label="Schemes the pool funds (optional): one per line, name, comma, budget"
        hint="e.g. Intermediate care, 18,000,000. Left blank, one scheme carries the whole pool; add schemes later in the Monitoring sheet's blank rows."
      >
        <Textarea
          className={field.full}
          value={schemes}
          onChange={(_, d) => setSchemes(d.value)}
          resize="vertical"
        />
      </Field>

      <PoolPreview evaluation={evaluation} />

      <Button
        appearance="primary"
        disabled={!evaluation.setup || write.busy}
        onClick={() => write.run()}
      >
        Write Pool and Monitoring sheets
      </Button>
      {write.result && (
        <Notice intent="success">
          Added the sheets “{write.result[0]}”, with live POOL formulas and a memorandum for each
          partner, and “{write.result[1]}”, where each quarter&apos;s figures go (or use Monitor
          this pool). Enter the memorandum&apos;s figures in the yellow cells.
        </Notice>
      )}
      {write.error && <Notice intent="error">{write.error}</Notice>}
    </>
  );
}
