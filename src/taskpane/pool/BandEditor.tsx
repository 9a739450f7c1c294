import * as React from "react";
import { Button, Field, Input, mergeClasses } from "@fluentui/react-components";
import { useFieldStyles } from "../components/fieldStyles";
import { BandRow, emptyBand } from "./poolForm";

/**
 * The risk-share schedule, band by band: a size (blank in the last for everything beyond)
 * and each partner's share of the band (blank throughout: in proportion to contributions).
 */
export function BandEditor({
  bands,
  partners,
  onChange,
}: {
  bands: BandRow[];
  partners: string[];
  onChange: (bands: BandRow[]) => void;
}) {
  const field = useFieldStyles();
  const set = (b: number, patch: Partial<BandRow>) =>
    onChange(bands.map((row, k) => (k === b ? { ...row, ...patch } : row)));
  return (
    <>
      {bands.map((band, b) => (
        <fieldset key={b} className={mergeClasses(field.group)} aria-label={`Band ${b + 1}`}>
          <Field
            label={`Band ${b + 1} size (£)${b === bands.length - 1 ? ", blank for everything beyond" : ""}`}
          >
            <Input
              className={field.full}
              inputMode="decimal"
              value={band.size}
              onChange={(_, d) => set(b, { size: d.value })}
            />
          </Field>
          {partners.map((name, i) => (
            <Field key={i} label={`${name}'s share of band ${b + 1} (%)`}>
              <Input
                className={field.full}
                inputMode="decimal"
                value={band.shares[i] ?? ""}
                placeholder="blank: in proportion"
                onChange={(_, d) => {
                  const shares = partners.map((_, j) => band.shares[j] ?? "");
                  shares[i] = d.value;
                  set(b, { shares });
                }}
              />
            </Field>
          ))}
          <Button
            appearance="subtle"
            disabled={bands.length <= 1}
            onClick={() => onChange(bands.filter((_, k) => k !== b))}
          >
            Remove band {b + 1}
          </Button>
        </fieldset>
      ))}
      <Button onClick={() => onChange([...bands, emptyBand(partners.length)])}>Add a band</Button>
    </>
  );
}
