import * as React from "react";
import { Field, Input, Select, makeStyles } from "@fluentui/react-components";
import { formatPounds, monthLabel } from "../../core";
import { useFieldStyles } from "../components/fieldStyles";
import type { MonitorAction, MonitorState } from "./monitorReducer";
import type { LoadedPool } from "./monitorState";

const useStyles = makeStyles({
  scheme: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: "4px" },
});

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/**
 * The period being reported (a month, or a quarter as its last month: "Month 6 / Quarter 2")
 * and, for each scheme, its spend to date and forecast outturn for the year.
 */
export function PeriodEntry({
  pool,
  state,
  dispatch,
  onMonthChange,
}: {
  pool: LoadedPool;
  state: MonitorState;
  dispatch: React.Dispatch<MonitorAction>;
  /** The last action's messages were about the period left behind. */
  onMonthChange: () => void;
}) {
  const styles = useStyles();
  const field = useFieldStyles();
  const named = pool.rows.filter((r) => r.name !== "");
  return (
    <>
      <Field label="Period" hint="A month's figures are the latest to date in its quarter.">
        <Select
          value={String(state.month)}
          onChange={(_, d) => {
            dispatch({ type: "month", month: Number(d.value) });
            onMonthChange();
          }}
        >
          {MONTHS.map((m) => (
            <option key={m} value={m}>
              {monthLabel(m)}
            </option>
          ))}
        </Select>
      </Field>
      {named.map((r) => (
        <fieldset key={r.name} className={field.group}>
          <legend>
            {r.name} (budget {formatPounds(r.budget)})
          </legend>
          <div className={styles.scheme}>
            {(["Spend to date", "Forecast outturn"] as const).map((label, k) => (
              <Field key={label} label={label}>
                <Input
                  className={field.full}
                  aria-label={`${r.name}: ${label.toLowerCase()}`}
                  value={state.entry[r.name]?.[k] ?? ""}
                  onChange={(_, d) =>
                    dispatch({ type: "typed", scheme: r.name, field: k as 0 | 1, text: d.value })
                  }
                />
              </Field>
            ))}
          </div>
        </fieldset>
      ))}
    </>
  );
}
