import * as React from "react";
import { Body1 } from "@fluentui/react-components";
import { formatPounds } from "../../core";
import { useFieldStyles } from "../components/fieldStyles";

/**
 * The period's forecast over/(under)spend for the year (the outturn at year end), and each
 * partner's share of it by the agreed rule.
 */
export function ForecastSplit({
  variance,
  partners,
  split,
  outturn = false,
}: {
  variance: number;
  partners: string[];
  split: number[];
  outturn?: boolean;
}) {
  const field = useFieldStyles();
  return (
    <table className={field.table}>
      <caption>
        <Body1>
          {outturn ? "Outturn" : "Forecast"} {variance < 0 ? "underspend" : "over/(under)spend"} for
          the year: {formatPounds(variance)}, split by the agreed rule.
        </Body1>
      </caption>
      <thead>
        <tr>
          <th scope="col">Partner</th>
          <th scope="col" className="num">
            Share of variance
          </th>
        </tr>
      </thead>
      <tbody>
        {partners.map((name, i) => (
          <tr key={name}>
            <td>{name}</td>
            <td className="num">{formatPounds(split[i])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
