import * as React from "react";
import {
  Body1,
  Button,
  Checkbox,
  Field,
  Input,
  Select,
  Subtitle2,
  makeStyles,
} from "@fluentui/react-components";
import { checkQuarter, formatPounds, SchemeFigures } from "../../core";
import { boardReportPlan } from "../../excel/plans/boardReport";
import { statementSheetPlan } from "../../excel/plans/statementSheet";
import { WorkbookError } from "../../excel/types";
import { Notice } from "../components/Notice";
import { ScreenTitle } from "../components/ScreenTitle";
import { useFieldStyles } from "../components/fieldStyles";
import { fromSelection, LoadedPool, loadPool, nextQuarter, typed } from "../monitor/monitorState";
import { NextYear } from "../monitor/NextYear";
import { ForecastSplit } from "../monitor/ForecastSplit";
import { splitOf, yearPosition } from "../pool/monitorModel";
import { messageOf, useAction } from "../useAction";
import { useWorkbook } from "../workbookContext";

const useStyles = makeStyles({
  row: { display: "flex", gap: "8px", flexWrap: "wrap" },
  scheme: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: "4px" },
});

const schemeCount = (p: LoadedPool) => {
  const k = p.rows.filter((r) => r.name).length;
  return `${k} ${k === 1 ? "scheme" : "schemes"}`;
};

const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;

/**
 * Run a pool through its year: pick the pool's Monitoring sheet, enter or paste a quarter's
 * spend to date and forecast outturn per scheme, see the forecast variance and its split,
 * write the quarter, then produce partner statements, a board report, and next year's sheets.
 */
export default function MonitorPool() {
  const styles = useStyles();
  const field = useFieldStyles();
  const workbook = useWorkbook();
  const [sheets, setSheets] = React.useState<string[]>([]);
  const [chosen, setChosen] = React.useState("");
  const [pool, setPool] = React.useState<LoadedPool>();
  const [quarter, setQuarter] = React.useState(1);
  const [entry, setEntry] = React.useState<Record<string, [string, string]>>({});
  const [setPeriod, setSetPeriod] = React.useState(true);
  const [occupied, setOccupied] = React.useState<string[]>();
  const [loadError, setLoadError] = React.useState<string>();

  React.useEffect(() => {
    workbook.sheetNames().then(
      (all) => {
        const mon = all.filter((s) => /^Monitoring/i.test(s));
        setSheets(mon);
        setChosen(mon[0] ?? "");
      },
      () => setLoadError("The workbook's sheets could not be read.")
    );
  }, [workbook]);

  const named = (pool?.rows ?? []).filter((r) => r.name !== "");
  const fill = (p: LoadedPool, q: number) =>
    setEntry(
      Object.fromEntries(
        p.rows
          .filter((r) => r.name !== "")
          .map((r) => {
            const f = r.quarters[q - 1];
            return [
              r.name,
              [
                // With thousands separators, as officers read figures.
                f.actual === null ? "" : formatPounds(f.actual),
                f.forecast === null ? "" : formatPounds(f.forecast),
              ],
            ];
          })
      )
    );

  const open = useAction(async () => {
    const p = await loadPool(workbook, chosen);
    const q = nextQuarter(p.rows);
    setPool(p);
    setQuarter(q);
    fill(p, q);
    setOccupied(undefined);
    return `${p.setup.partners.length} partners and ${schemeCount(p)} read from “${p.pool}” and “${p.monitoring}”.`;
  });

  // The rows as they would be with this quarter's entries: what the preview and next year use.
  const parsed = React.useMemo(() => {
    if (!pool) return undefined;
    const bad: string[] = [];
    const rows: SchemeFigures[] = pool.rows.map((r) => {
      if (!r.name) return r;
      const [a, f] = entry[r.name] ?? ["", ""];
      const actual = typed(a);
      const forecast = typed(f);
      if (actual === undefined) bad.push(`${r.name}'s spend to date (“${a}”)`);
      if (forecast === undefined) bad.push(`${r.name}'s forecast outturn (“${f}”)`);
      const quarters = r.quarters.map((x, k) =>
        k === quarter - 1 ? { actual: actual ?? null, forecast: forecast ?? null } : x
      );
      return { ...r, quarters };
    });
    if (bad.length)
      return {
        error: `These are not amounts: ${bad.join("; ")}. Use figures such as 20000 or £20,000.`,
      };
    try {
      checkQuarter(
        rows.map((r) => r.quarters[quarter - 1]),
        rows.map((r) => r.name || "A scheme")
      );
      const position = yearPosition(pool.setup, pool.inputs, rows);
      return { rows, position, split: splitOf(pool.setup, position.variance) };
    } catch (e) {
      return { error: messageOf(e) };
    }
  }, [pool, entry, quarter]);

  const paste = useAction(async () => {
    const sel = await workbook.readSelection();
    const { figures, unmatched } = fromSelection(
      sel.values,
      named.map((r) => r.name)
    );
    setEntry((e) => ({ ...e, ...figures }));
    return `${Object.keys(figures).length} schemes' figures read from ${sel.sheet}!${sel.address}.${unmatched.length ? ` Not matched to a scheme: ${unmatched.join(", ")}.` : ""}`;
  });

  const writeQuarter = useAction(async (replace: boolean) => {
    if (!pool || !parsed || "error" in parsed)
      throw new WorkbookError(parsed?.error ?? "Open a pool first.");
    const M = pool.layouts.monitoring;
    const values = pool.rows.map((r) => {
      const q = parsed.rows[pool.rows.indexOf(r)].quarters[quarter - 1];
      return r.name ? [q.actual, q.forecast] : [null, null];
    });
    // The quarter's figures ask before replacing others; the period is the user's tick.
    const result = await workbook.writeInputs(
      [
        { sheet: pool.monitoring, at: `${M.actualCol(quarter)}${M.first}`, values, ask: true },
        ...(setPeriod
          ? [
              {
                sheet: pool.pool,
                at: pool.layouts.pool.period,
                values: [[`Quarter ${quarter}`]],
                ask: false,
              },
            ]
          : []),
      ],
      replace
    );
    if (!result.written) {
      setOccupied(result.occupied);
      return undefined;
    }
    setOccupied(undefined);
    setPool({
      ...pool,
      rows: parsed.rows,
      setup: setPeriod ? { ...pool.setup, period: `Quarter ${quarter}` } : pool.setup,
    });
    return `Quarter ${quarter} written to “${pool.monitoring}”${setPeriod ? `, and the Pool sheet's period set to Quarter ${quarter}` : ""}.`;
  });

  const statements = useAction(async () => {
    if (!pool) throw new WorkbookError("Open a pool first.");
    const names = await workbook.writeSheets(
      pool.setup.partners.map((_, i) =>
        statementSheetPlan(pool.setup, i, quoted(pool.pool), pool.layouts.pool)
      )
    );
    return `Added ${names.length} statements: ${names.map((n) => `“${n}”`).join(", ")}. Each prints on one A4 page.`;
  });

  const board = useAction(async () => {
    if (!pool) throw new WorkbookError("Open a pool first.");
    const name = await workbook.writeSheet(
      boardReportPlan(
        pool.setup,
        pool.planned,
        quoted(pool.pool),
        quoted(pool.monitoring),
        pool.layouts.pool,
        pool.layouts.monitoring
      )
    );
    return `Added the board report “${name}”.`;
  });

  return (
    <>
      <ScreenTitle help="guide-monitor">Monitor this pool</ScreenTitle>
      <Body1 as="p">
        Each quarter: enter each scheme&apos;s spend to date and forecast outturn, see the forecast
        over- or underspend split by the agreed rule, and write it to the Monitoring sheet. Then
        send each partner its statement and the board its report; at year end, start next year.
      </Body1>
      {loadError && <Notice intent="error">{loadError}</Notice>}
      {sheets.length === 0 && !loadError && (
        <Notice intent="info">
          No Monitoring sheet yet: Set up a pool writes one beside the Pool sheet.
        </Notice>
      )}
      {sheets.length > 0 && (
        <div className={styles.row}>
          <Field label="Pool (its Monitoring sheet)" className={field.full}>
            <Select value={chosen} onChange={(_, d) => setChosen(d.value)} className={field.full}>
              {sheets.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </Select>
          </Field>
          <Button disabled={!chosen || open.busy} onClick={() => open.run()}>
            Open pool
          </Button>
        </div>
      )}
      {open.result && <Notice intent="success">{open.result}</Notice>}
      {open.error && <Notice intent="error">{open.error}</Notice>}

      {pool && (
        <section className={field.section} aria-labelledby="quarter-h">
          <Subtitle2 as="h2" id="quarter-h">
            {pool.setup.name}, {pool.setup.year}
          </Subtitle2>
          <Field label="Quarter">
            <Select
              value={String(quarter)}
              onChange={(_, d) => {
                setQuarter(Number(d.value));
                fill(pool, Number(d.value));
                // The last action's message was about the quarter left behind.
                for (const a of [paste, writeQuarter, statements, board]) a.reset();
              }}
            >
              {[1, 2, 3, 4].map((q) => (
                <option key={q} value={q}>
                  Quarter {q}
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
                      value={entry[r.name]?.[k] ?? ""}
                      onChange={(_, d) =>
                        setEntry((e) => {
                          const pair: [string, string] = [...(e[r.name] ?? ["", ""])] as [
                            string,
                            string,
                          ];
                          pair[k] = d.value;
                          return { ...e, [r.name]: pair };
                        })
                      }
                    />
                  </Field>
                ))}
              </div>
            </fieldset>
          ))}
          <Button disabled={paste.busy} onClick={() => paste.run()}>
            Use selected cells
          </Button>
          {paste.result && <Notice intent="info">{paste.result}</Notice>}
          {parsed && "error" in parsed && <Notice intent="warning">{parsed.error}</Notice>}
          {parsed && !("error" in parsed) && (
            <ForecastSplit
              variance={parsed.position.variance}
              partners={pool.setup.partners.map((p) => p.name)}
              split={parsed.split}
            />
          )}
          <Checkbox
            label={`Set the Pool sheet's period to Quarter ${quarter}`}
            checked={setPeriod}
            onChange={(_, d) => setSetPeriod(!!d.checked)}
          />
          <Button
            appearance="primary"
            disabled={!parsed || "error" in parsed || writeQuarter.busy}
            onClick={() => writeQuarter.run(false)}
          >
            Write Quarter {quarter} to the Monitoring sheet
          </Button>
          {occupied && (
            <Notice intent="warning" title="Quarter already has figures">
              <Body1 block>
                {occupied.join(", ")} already hold other figures. Replace them with these?
              </Body1>
              <div className={styles.row}>
                <Button onClick={() => writeQuarter.run(true)}>Replace them</Button>
                <Button onClick={() => setOccupied(undefined)}>Keep them</Button>
              </div>
            </Notice>
          )}
          {writeQuarter.result && <Notice intent="success">{writeQuarter.result}</Notice>}
          {writeQuarter.error && <Notice intent="error">{writeQuarter.error}</Notice>}
        </section>
      )}

      {pool && (
        <section className={field.section} aria-labelledby="send-h">
          <Subtitle2 as="h2" id="send-h">
            Statements and board report
          </Subtitle2>
          <Body1>
            Written as formulas on the Pool and Monitoring sheets, so they show the figures as they
            stand, with the year and period in the heading.
          </Body1>
          <div className={styles.row}>
            <Button disabled={statements.busy} onClick={() => statements.run()}>
              Write partner statements
            </Button>
            <Button disabled={board.busy} onClick={() => board.run()}>
              Write board report
            </Button>
          </div>
          {statements.result && <Notice intent="success">{statements.result}</Notice>}
          {statements.error && <Notice intent="error">{statements.error}</Notice>}
          {board.result && <Notice intent="success">{board.result}</Notice>}
          {board.error && <Notice intent="error">{board.error}</Notice>}
        </section>
      )}

      {pool && parsed && !("error" in parsed) && (
        <NextYear
          pool={pool}
          lines={parsed.position.lines}
          onPeriodSet={(period) => setPool({ ...pool, setup: { ...pool.setup, period } })}
        />
      )}
    </>
  );
}
