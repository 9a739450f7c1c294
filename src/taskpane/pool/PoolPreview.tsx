import * as React from "react";
import { Body1 } from "@fluentui/react-components";
import { formatPounds } from "../../core";
import { Notice } from "../components/Notice";
import { useFieldStyles } from "../components/fieldStyles";
import type { Evaluation } from "./poolForm";

/**
 * The set-up's preview: who may join, what is not ready yet, and a sample overspend of 10%
 * of the pool split by the rule chosen (band by band under a schedule). The sample stays in
 * the pane; the sheet starts with the variance blank.
 */
export function PoolPreview({ evaluation }: { evaluation: Evaluation }) {
  const field = useFieldStyles();
  return (
    <section className={field.section} aria-label="Preview" aria-live="polite">
      {evaluation.warnings.map((w) => (
        <Notice key={w} intent="warning" title="Who may join">
          {w}
        </Notice>
      ))}
      {evaluation.error && (
        <Notice intent="info" title="Not ready yet">
          {evaluation.error}
        </Notice>
      )}
      {evaluation.excluded && (
        <Notice intent="info" title="Funding streams">
          {evaluation.excluded}
        </Notice>
      )}
      {evaluation.bandSplits && (
        <ul aria-label="How the sample overspend falls in each band">
          {evaluation.bandSplits.map((b) => (
            <li key={b.label}>
              <Body1>
                {b.label}, {formatPounds(b.amount)}:{" "}
                {b.parts
                  .map((x, i) => `${evaluation.preview![i].name} ${formatPounds(x)}`)
                  .join("; ")}
              </Body1>
            </li>
          ))}
        </ul>
      )}
      {evaluation.preview && (
        <table className={field.table}>
          <caption>
            <Body1>
              A sample overspend of {formatPounds(evaluation.sample!)} (10% of the pool) split by
              the rule chosen: what each partner funds, and its part of the whole. The sample is for
              this preview only: the sheet starts with the variance blank, for you to enter.
            </Body1>
          </caption>
          <thead>
            <tr>
              <th scope="col">Partner</th>
              <th scope="col" className="num">
                Funds
              </th>
              <th scope="col" className="num">
                Part of the overspend
              </th>
            </tr>
          </thead>
          <tbody>
            {evaluation.preview.map((l, i) => (
              <tr key={i}>
                <th scope="row">{l.name}</th>
                <td className="num">{formatPounds(l.split)}</td>
                <td className="num">{((l.split / evaluation.sample!) * 100).toFixed(2)}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
