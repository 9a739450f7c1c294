import * as React from "react";
import { Tick } from "../components/Tick";
import { Button, Caption1, Field, Input, Select, mergeClasses } from "@fluentui/react-components";
import { InstalmentPattern, PATTERN_WORDS } from "../../core/ledger";
import { useFieldStyles } from "../components/fieldStyles";
import { PartnerSelect } from "./PartnerSelect";
import { StepProps } from "./stepProps";

/** Step 2: what each partner puts in, a line per source, marked grant or ring-fenced. */
export function LinesStep({ form, dispatch }: StepProps) {
  const field = useFieldStyles();
  return (
    <div className={field.section}>
      <Caption1>
        A line per partner and source, as the agreement lists them. A grant (funding stream) pays
        only for its own schemes; a ring-fenced line&apos;s unspent money stays on the line.
      </Caption1>
      {form.lines.map((l, i) => (
        <fieldset
          key={i}
          className={mergeClasses(field.group, field.section)}
          aria-label={`Line ${i + 1}`}
        >
          <PartnerSelect
            form={form}
            label={`Line ${i + 1} partner`}
            value={l.partner}
            onChange={(partner) => dispatch({ type: "line", index: i, patch: { partner } })}
          />
          <Field label={`Line ${i + 1} source`}>
            <Input
              className={field.full}
              value={l.source}
              placeholder="e.g. NHS minimum contribution"
              onChange={(_, d) => dispatch({ type: "line", index: i, patch: { source: d.value } })}
            />
          </Field>
          <Field label={`Line ${i + 1} annual contribution (£)`}>
            <Input
              className={field.full}
              inputMode="decimal"
              value={l.annual}
              onChange={(_, d) => dispatch({ type: "line", index: i, patch: { annual: d.value } })}
            />
          </Field>
          <Field label={`Line ${i + 1} paid`}>
            <Select
              className={field.full}
              value={l.pattern ?? "quarterly"}
              onChange={(_, d) =>
                dispatch({
                  type: "line",
                  index: i,
                  patch: { pattern: d.value as InstalmentPattern },
                })
              }
            >
              {(Object.keys(PATTERN_WORDS) as InstalmentPattern[]).map((k) => (
                <option key={k} value={k}>
                  {PATTERN_WORDS[k]}
                </option>
              ))}
            </Select>
          </Field>
          <Tick
            label="A grant (funding stream)"
            checked={l.grant}
            onChange={(_, d) => dispatch({ type: "line", index: i, patch: { grant: !!d.checked } })}
          />
          <Tick
            label="Ring-fenced"
            checked={l.ringFenced}
            onChange={(_, d) =>
              dispatch({ type: "line", index: i, patch: { ringFenced: !!d.checked } })
            }
          />
          <Button
            appearance="subtle"
            disabled={form.lines.length <= 1}
            onClick={() => dispatch({ type: "removeLine", index: i })}
          >
            Remove line {i + 1}
          </Button>
        </fieldset>
      ))}
      <Button onClick={() => dispatch({ type: "addLine" })}>Add a line</Button>
      <Caption1>
        Instalments are equal payments on the first day of each period; the Ledger sheet lists them
        by date, to change where the agreement sets other dates.
      </Caption1>
    </div>
  );
}
