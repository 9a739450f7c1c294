import * as React from "react";
import {
  Body1,
  Button,
  Field,
  Select,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { checkSheet, Finding } from "../../core";
import { splitAddress } from "../../core/a1";
import { Notice } from "../components/Notice";
import { useAction } from "../useAction";
import { ScreenTitle } from "../components/ScreenTitle";
import { useFieldStyles } from "../components/fieldStyles";
import { useWorkbook } from "../workbookContext";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: "8px",
  },
  item: { borderLeft: `4px solid ${tokens.colorPaletteMarigoldBorder2}`, paddingLeft: "8px" },
  row: { display: "flex", gap: "8px", alignItems: "end", flexWrap: "wrap" },
});

const KIND_LABEL: Record<Finding["kind"], string> = {
  total: "Total does not add up",
  shares: "Shares do not make 100%",
  "text-number": "Number stored as text",
  blank: "Blank contribution",
  "function-error": "Add-in function error",
  error: "Error value",
};

export default function CheckWorkbook() {
  const styles = useStyles();
  const field = useFieldStyles();
  const workbook = useWorkbook();
  const [sheets, setSheets] = React.useState<string[]>([]);
  const [sheet, setSheet] = React.useState("");
  const [loadError, setLoadError] = React.useState<string>();

  React.useEffect(() => {
    workbook.sheetNames().then(
      (names) => {
        setSheets(names);
        setSheet((s) => s || names[0] || "");
      },
      () => setLoadError("The workbook's sheets could not be read.")
    );
  }, [workbook]);

  const check = useAction(async () => {
    const snapshot = await workbook.readSheet(sheet || undefined);
    const { col, row } = splitAddress(snapshot.origin);
    return {
      sheet: snapshot.sheet,
      findings: checkSheet({
        sheet: snapshot.sheet,
        originRow: row,
        originCol: col,
        values: snapshot.values,
        formulas: snapshot.formulas,
      }),
    };
  });
  const goTo = useAction((address: string) => workbook.select(check.result!.sheet, address));

  return (
    <>
      <ScreenTitle>Check this workbook</ScreenTitle>
      <Body1 as="p">
        Looks for totals that do not add up, shares that do not make 100%, numbers stored as text,
        blank contributions and errors from the POOL functions.
      </Body1>
      {loadError && <Notice intent="error">{loadError}</Notice>}
      <div className={styles.row}>
        <Field label="Sheet to check">
          <Select
            className={field.full}
            value={sheet}
            onChange={(_, d) => {
              setSheet(d.value);
              check.reset();
            }}
          >
            {sheets.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
        </Field>
        <Button appearance="primary" disabled={check.busy || !sheet} onClick={() => check.run()}>
          Check sheet
        </Button>
        {check.busy && <Spinner size="tiny" label="Checking…" />}
      </div>
      {check.error && <Notice intent="error">{check.error}</Notice>}
      {goTo.error && <Notice intent="error">{goTo.error}</Notice>}
      {check.result && check.result.findings.length === 0 && (
        <Notice intent="success">No problems found on {check.result.sheet}.</Notice>
      )}
      {check.result && check.result.findings.length > 0 && (
        <section aria-labelledby="findings-h">
          <Notice
            intent="warning"
            title={`${check.result.findings.length} things to look at on ${check.result.sheet}`}
          >
            Each is a place to check, not always a mistake.
          </Notice>
          <h2 id="findings-h" style={{ position: "absolute", left: "-9999px" }}>
            Findings
          </h2>
          <ul className={styles.list}>
            {check.result.findings.map((f, i) => (
              <li key={i} className={styles.item}>
                <Body1 block>
                  <strong>{KIND_LABEL[f.kind]}</strong> ({f.address})
                </Body1>
                <Body1 block>{f.message}</Body1>
                <Button
                  size="small"
                  onClick={() => goTo.run(f.address)}
                  aria-label={`Go to cell ${f.address}`}
                >
                  Go to cell
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
