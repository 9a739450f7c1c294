import * as React from "react";
import { SheetPicker } from "../components/SheetPicker";
import { Outcome } from "../components/Outcome";
import { Body1, Button, Field, Select, Subtitle2, makeStyles } from "@fluentui/react-components";
import { fromPence, PERIODS } from "../../core";
import { yearPosition, type YearPosition } from "../../core/ledger";
import { LedgerRead, readLedgerSheet } from "../../excel/plans/readLedger";
import { WorkbookError } from "../../excel/types";
import { Notice } from "../components/Notice";
import { ScreenTitle } from "../components/ScreenTitle";
import { useFieldStyles } from "../components/fieldStyles";
import { LedgerPosition } from "../ledgerYear/LedgerPosition";
import { LedgerFigures } from "../ledgerYear/LedgerFigures";
import { entryOf, entryWrites, figuresOf, LedgerEntry } from "../ledgerYear/ledgerEntry";
import { NextLedgerYear } from "../ledgerYear/NextLedgerYear";
import { messageOf, useAction } from "../useAction";
import { useWorkbook } from "../workbookContext";

const useStyles = makeStyles({
  row: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "end" },
});

/**
 * Run a pool ledger through its year: open a Ledger sheet, see where the pool stands as
 * its figures are typed in (the over/(under)spend, the order of draw, each partner's share
 * and what each line has left), move the period on, and at year end start next year.
 */
export default function LedgerYear() {
  const styles = useStyles();
  const field = useFieldStyles();
  const workbook = useWorkbook();
  const [sheets, setSheets] = React.useState<string[]>([]);
  const [chosen, setChosen] = React.useState("");
  const [read, setRead] = React.useState<{ sheet: string; ledger: LedgerRead }>();
  const [period, setPeriod] = React.useState("");
  const [entry, setEntry] = React.useState<LedgerEntry>();
  const [occupied, setOccupied] = React.useState<string[]>();

  React.useEffect(() => {
    workbook.sheetNames().then((all) => {
      const found = all.filter((s) => /^Ledger/i.test(s));
      setSheets(found);
      setChosen(found[0] ?? "");
    });
  }, [workbook]);

  const load = async (sheet: string) => {
    const ledger = readLedgerSheet(await workbook.readSheet(sheet));
    setRead({ sheet, ledger });
    setPeriod(ledger.period);
    setEntry(entryOf(ledger));
    setOccupied(undefined);
    return ledger;
  };
  const open = useAction(async () => {
    const ledger = await load(chosen);
    return `${ledger.ledger.partners.length} partners, ${ledger.ledger.lines.length} lines and ${ledger.ledger.schemes.length} schemes read from “${chosen}”.`;
  });
  // The figures as typed (the sheet's until changed): what the position shows and is written.
  const typed = React.useMemo(
    () => (read && entry ? figuresOf(read.ledger, entry) : undefined),
    [read, entry]
  );
  const position = React.useMemo((): { ok: YearPosition } | { error: string } | undefined => {
    if (!read || !typed || "error" in typed) return undefined;
    try {
      return { ok: yearPosition(read.ledger.ledger, typed.figures) };
    } catch (e) {
      return { error: messageOf(e) };
    }
  }, [read, typed]);

  // Next year starts from the figures on the sheet, never from ones typed here and not written.
  const sheetPosition = React.useMemo(() => {
    if (!read) return undefined;
    try {
      return yearPosition(read.ledger.ledger, read.ledger.figures);
    } catch {
      return undefined;
    }
  }, [read]);

  const write = useAction(async (replace: boolean) => {
    if (!read || !typed) throw new WorkbookError("Open a ledger first.");
    if ("error" in typed) throw new WorkbookError(typed.error);
    const result = await workbook.writeInputs(
      entryWrites(read.sheet, read.ledger, typed.figures),
      replace
    );
    if (!result.written) {
      setOccupied(result.occupied);
      return undefined;
    }
    await load(read.sheet);
    return `The figures are on “${read.sheet}”.`;
  });

  // Moving the period on keeps each scheme's variance as it stood: the board report's movement.
  const setThePeriod = useAction(async () => {
    if (!read) throw new WorkbookError("Open a ledger first.");
    const kept = (sheetPosition?.schemes ?? []).map((x, k) => ({
      sheet: read.sheet,
      at: read.ledger.cells.lastVariance[k],
      values: [[fromPence(x.variance)]],
      ask: false,
    }));
    await workbook.writeInputs(
      [{ sheet: read.sheet, at: read.ledger.periodCell, values: [[period]], ask: false }, ...kept],
      false
    );
    await load(read.sheet);
    const was = kept.length
      ? ` Each scheme's over/(under) budget at ${read.ledger.period} is kept beside it, for the board report's movement.`
      : "";
    return `The period on “${read.sheet}” is now ${period}.${was}`;
  });

  return (
    <>
      <ScreenTitle help="guide-ledger-year">Run a pool ledger&apos;s year</ScreenTitle>
      <Body1 as="p">
        Each period: see where the pool stands, type each line&apos;s received to date and each
        scheme&apos;s latest forecast (here or in the Ledger sheet&apos;s yellow cells), and move
        the period on. At year end, start next year.
      </Body1>
      {sheets.length === 0 ? (
        <Notice intent="info">No Ledger sheet yet: Set up a pool ledger writes one.</Notice>
      ) : (
        <SheetPicker
          label="Ledger sheet"
          sheets={sheets}
          chosen={chosen}
          onChoose={setChosen}
          open={read ? "Read it again" : "Open ledger"}
          busy={open.busy}
          onOpen={() => open.run()}
        />
      )}
      <Outcome of={open} />
      {read && (
        <section className={field.section} aria-labelledby="ledger-now-h">
          <Subtitle2 as="h2" id="ledger-now-h">
            {read.ledger.ledger.name}, {read.ledger.ledger.year}, {read.ledger.period}
          </Subtitle2>
          {position && "error" in position && <Notice intent="warning">{position.error}</Notice>}
          {position && "ok" in position && (
            <LedgerPosition ledger={read.ledger.ledger} position={position.ok} />
          )}
          <div className={styles.row}>
            <Field label="Period">
              <Select
                value={period}
                onChange={(_, d) => {
                  setPeriod(d.value);
                  setThePeriod.reset();
                }}
              >
                {PERIODS.map((p) => (
                  <option key={p}>{p}</option>
                ))}
              </Select>
            </Field>
            <Button
              disabled={period === read.ledger.period || setThePeriod.busy}
              onClick={() => setThePeriod.run()}
            >
              Set the period
            </Button>
          </div>
          <Outcome of={setThePeriod} />
        </section>
      )}
      {read && entry && (
        <LedgerFigures
          read={read.ledger}
          entry={entry}
          onEntry={(e) => {
            setEntry(e);
            write.reset();
          }}
          error={typed && "error" in typed ? typed.error : undefined}
          occupied={occupied}
          busy={write.busy}
          onWrite={(replace) => write.run(replace)}
          onKeep={() => setOccupied(undefined)}
        />
      )}
      {read && <Outcome of={write} />}
      {read && sheetPosition && <NextLedgerYear read={read.ledger} position={sheetPosition} />}
    </>
  );
}
