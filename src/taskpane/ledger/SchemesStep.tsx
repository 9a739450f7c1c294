import * as React from "react";
import {
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  mergeClasses,
  Textarea,
} from "@fluentui/react-components";
import { Notice } from "../components/Notice";
import { useFieldStyles } from "../components/fieldStyles";
import { PartnerSelect } from "./PartnerSelect";
import { pasteSchemes, PasteResult } from "./bcfPaste";
import { lineLabel, StepProps } from "./stepProps";

const useStyles = makeStyles({
  // Source on the left, amount on the right: a scheme's funding in a few short rows.
  funding: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) 120px", alignItems: "center" },
});

/** A line by its source alone where that is unique, else with its partner. */
function shortLine(form: StepProps["form"], l: number): string {
  const source = form.lines[l].source.trim();
  const same = form.lines.filter((x) => x.source.trim().toLowerCase() === source.toLowerCase());
  return source && same.length === 1 ? source : lineLabel(form, l);
}

/** Step 3: the schemes, each with its lead commissioner and the funding each line gives it. */
export function SchemesStep({ form, dispatch }: StepProps) {
  const field = useFieldStyles();
  const styles = useStyles();
  const [pasted, setPasted] = React.useState("");
  const [read, setRead] = React.useState<PasteResult>();
  const usePasted = () => {
    const r = pasteSchemes(pasted, form.partners, form.lines);
    setRead(r);
    if (r.schemes.length) dispatch({ type: "replaceSchemes", lines: r.lines, schemes: r.schemes });
  };
  return (
    <div className={field.section}>
      <Field
        label="Paste a scheme table (optional)"
        hint="From a BCF-style expenditure sheet: scheme, scheme type, lead commissioner, source of funding, planned expenditure."
      >
        <Textarea className={field.full} value={pasted} onChange={(_, d) => setPasted(d.value)} />
      </Field>
      <Button disabled={!pasted.trim()} onClick={usePasted}>
        Use the pasted schemes
      </Button>
      {read && (
        <Notice intent={read.problems.length ? "warning" : "success"}>
          {read.summary}
          {read.problems.map((p) => (
            <div key={p}>{p}</div>
          ))}
        </Notice>
      )}
      {form.schemes.map((s, k) => (
        <fieldset
          key={k}
          className={mergeClasses(field.group, field.section)}
          aria-label={`Scheme ${k + 1}`}
        >
          <Field label={`Scheme ${k + 1} name`}>
            <Input
              className={field.full}
              value={s.name}
              onChange={(_, d) => dispatch({ type: "scheme", index: k, patch: { name: d.value } })}
            />
          </Field>
          <PartnerSelect
            form={form}
            label={`Scheme ${k + 1} lead commissioner`}
            value={s.commissioner}
            onChange={(commissioner) =>
              dispatch({ type: "scheme", index: k, patch: { commissioner } })
            }
          />
          <Caption1>Funding from each line (£)</Caption1>
          {form.lines.map((_, l) => (
            <Field
              key={l}
              orientation="horizontal"
              label={shortLine(form, l)}
              className={styles.funding}
            >
              <Input
                className={field.full}
                inputMode="decimal"
                aria-label={`${s.name || `Scheme ${k + 1}`}: from ${lineLabel(form, l)} (£)`}
                value={s.funding[l] ?? ""}
                onChange={(_, d) =>
                  dispatch({ type: "funding", scheme: k, line: l, value: d.value })
                }
              />
            </Field>
          ))}
          <Button
            appearance="subtle"
            disabled={form.schemes.length <= 1}
            onClick={() => dispatch({ type: "removeScheme", index: k })}
          >
            Remove scheme {k + 1}
          </Button>
        </fieldset>
      ))}
      <Button onClick={() => dispatch({ type: "addScheme" })}>Add a scheme</Button>
      <Caption1>A scheme&apos;s budget is the funding its lines give it.</Caption1>
    </div>
  );
}
