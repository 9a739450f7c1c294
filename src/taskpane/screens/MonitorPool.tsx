import * as React from "react";
import { AskToReplace } from "../components/AskToReplace";
import { SheetPicker } from "../components/SheetPicker";
import { Outcome } from "../components/Outcome";
import { Tick } from "../components/Tick";
import { Body1, Button, Subtitle2, makeStyles } from "@fluentui/react-components";
import { monthPeriod, YEAR_END } from "../../core";
import { boardReportPlan } from "../../excel/plans/boardReport";
import { statementSheetPlan } from "../../excel/plans/statementSheet";
import { WorkbookError } from "../../excel/types";
import { Notice } from "../components/Notice";
import { ScreenTitle } from "../components/ScreenTitle";
import { useFieldStyles } from "../components/fieldStyles";
import { fromSelection, LoadedPool, loadPool } from "../monitor/monitorState";
import { entered, initialMonitor, monitorReducer, quarterOfMonth } from "../monitor/monitorReducer";
import { PeriodEntry } from "../monitor/PeriodEntry";
import { NextYear } from "../monitor/NextYear";
import { ForecastSplit } from "../monitor/ForecastSplit";
import { useAction } from "../useAction";
import { useWorkbook } from "../workbookContext";

const useStyles = makeStyles({
  row: { display: "flex", gap: "8px", flexWrap: "wrap" },
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
  const [state, dispatch] = React.useReducer(monitorReducer, initialMonitor);
  const [loadError, setLoadError] = React.useState<string>();
  const { pool, month, setPeriod, occupied } = state;
  const quarter = quarterOfMonth(month);
  // At year end the last month's figures are the outturn: the period stays Year end.
  const atYearEnd = pool?.setup.period === YEAR_END;
  const period = atYearEnd && month === 12 ? YEAR_END : monthPeriod(month);

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

  const open = useAction(async () => {
    const p = await loadPool(workbook, chosen);
    dispatch({ type: "opened", pool: p });
    return `${p.setup.partners.length} partners and ${schemeCount(p)} read from “${p.pool}” and “${p.monitoring}”.`;
  });

  const parsed = React.useMemo(() => entered(state), [state]);

  const paste = useAction(async () => {
    const sel = await workbook.readSelection();
    const { figures, unmatched } = fromSelection(
      sel.values,
      named.map((r) => r.name)
    );
    dispatch({ type: "pasted", figures });
    return `${Object.keys(figures).length} schemes' figures read from ${sel.sheet}!${sel.address}.${unmatched.length ? ` Not matched to a scheme: ${unmatched.join(", ")}.` : ""}`;
  });

  const writeQuarter = useAction(async (replace: boolean) => {
    if (!pool || !parsed) throw new WorkbookError("Open a pool first.");
    if ("error" in parsed) throw new WorkbookError(parsed.error);
    const M = pool.layouts.monitoring;
    const values = pool.rows.map((r) => {
      const q = parsed.rows[pool.rows.indexOf(r)].quarters[quarter - 1];
      return r.name ? [q.actual, q.forecast] : [null, null];
    });
    // The figures ask before replacing others; the period is the user's tick.
    const result = await workbook.writeInputs(
      [
        { sheet: pool.monitoring, at: `${M.actualCol(quarter)}${M.first}`, values, ask: true },
        ...(setPeriod
          ? [{ sheet: pool.pool, at: pool.layouts.pool.period, values: [[period]], ask: false }]
          : []),
      ],
      replace
    );
    if (!result.written) {
      dispatch({ type: "occupied", cells: result.occupied });
      return undefined;
    }
    dispatch({ type: "written", rows: parsed.rows, period: setPeriod ? period : undefined });
    const where = period === `Quarter ${quarter}` ? "" : ` in Quarter ${quarter}'s columns`;
    return `${period} written to “${pool.monitoring}”${where}${setPeriod ? `, and the Pool sheet's period set to ${period}` : ""}.`;
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
        Each month or quarter: enter each scheme&apos;s spend to date and forecast outturn, see the
        forecast over- or underspend split by the agreed rule, and write it to the Monitoring sheet.
        Then send each partner its statement and the board its report; at year end, start next year.
      </Body1>
      {loadError && <Notice intent="error">{loadError}</Notice>}
      {sheets.length === 0 && !loadError && (
        <Notice intent="info">
          No Monitoring sheet yet: Set up a pool writes one beside the Pool sheet.
        </Notice>
      )}
      {sheets.length > 0 && (
        <SheetPicker
          label="Pool (its Monitoring sheet)"
          sheets={sheets}
          chosen={chosen}
          onChoose={setChosen}
          open="Open pool"
          busy={open.busy}
          onOpen={() => open.run()}
        />
      )}
      <Outcome of={open} />

      {pool && (
        <section className={field.section} aria-labelledby="quarter-h">
          <Subtitle2 as="h2" id="quarter-h">
            {pool.setup.name}, {pool.setup.year}
          </Subtitle2>
          <PeriodEntry
            pool={pool}
            state={state}
            dispatch={dispatch}
            onMonthChange={() => {
              for (const x of [paste, writeQuarter, statements, board]) x.reset();
            }}
          />
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
              outturn={period === YEAR_END}
            />
          )}
          <Tick
            label={`Set the Pool sheet's period to ${period}`}
            checked={setPeriod}
            onChange={(_, d) => dispatch({ type: "setPeriod", on: !!d.checked })}
          />
          <Button
            appearance="primary"
            disabled={!parsed || "error" in parsed || writeQuarter.busy}
            onClick={() => writeQuarter.run(false)}
          >
            Write {period} to the Monitoring sheet
          </Button>
          {occupied && (
            <AskToReplace
              title={`Quarter ${quarter} already has figures`}
              cells={occupied}
              onReplace={() => writeQuarter.run(true)}
              onKeep={() => dispatch({ type: "occupied" })}
            />
          )}
          <Outcome of={writeQuarter} />
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
          <Outcome of={statements} />
          <Outcome of={board} />
        </section>
      )}

      {pool && parsed && !("error" in parsed) && (
        <NextYear
          pool={pool}
          lines={parsed.position.lines}
          onPeriodSet={(p) => dispatch({ type: "periodSet", period: p })}
        />
      )}
    </>
  );
}
