import * as React from "react";
import {
  Body1,
  Button,
  Field,
  Select,
  Spinner,
  Subtitle2,
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
  sheetHeading: { display: "block", marginTop: "16px", marginBottom: "8px" },
});

const KIND_LABEL: Record<Finding["kind"], string> = {
  total: "Total does not add up",
  shares: "Shares do not make 100%",
  "text-number": "Number stored as text",
  blank: "Blank contribution",
  "function-error": "Add-in function error",
  error: "Error value",
};

/** The Select's value for checking the whole workbook. */
const EVERY_SHEET = "";

interface SheetFindings {
  sheet: string;
  findings: Finding[];
}

export default function CheckWorkbook() {
  const styles = useStyles();
  const field = useFieldStyles();
  const workbook = useWorkbook();
  const [sheets, setSheets] = React.useState<string[]>([]);
  const [sheet, setSheet] = React.useState(EVERY_SHEET);
  const [loadError, setLoadError] = React.useState<string>();

  React.useEffect(() => {
    workbook
      .sheetNames()
      .then(setSheets, () => setLoadError("The workbook's sheets could not be read."));
  }, [workbook]);

  const check = useAction(async (): Promise<SheetFindings[]> => {
    const snapshots = await workbook.readSheets(sheet === EVERY_SHEET ? sheets : [sheet]);
    return snapshots.map((snapshot) => {
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
  });
  const goTo = useAction((at: string, address: string) => workbook.select(at, address));
  const withFindings = check.result?.filter((r) => r.findings.length > 0) ?? [];
  const total = withFindings.reduce((n, r) => n + r.findings.length, 0);
  const clean = check.result?.filter((r) => r.findings.length === 0).map((r) => r.sheet) ?? [];
  const checked = sheet === EVERY_SHEET ? "this workbook" : sheet;

  return (
    <>
      <ScreenTitle help="guide-check">Check this workbook</ScreenTitle>
      <Body1 as="p">
        Looks for totals that do not add up, shares that do not make 100%, numbers stored as text,
        blank contributions and errors from the POOL functions, on every sheet or on one.
      </Body1>
      {loadError && <Notice intent="error">{loadError}</Notice>}
      <div className={styles.row}>
        <Field label="What to check">
          <Select
            className={field.full}
            value={sheet}
            onChange={(_, d) => {
              setSheet(d.value);
              check.reset();
            }}
          >
            <option value={EVERY_SHEET}>Every sheet</option>
            {sheets.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
        </Field>
        <Button
          appearance="primary"
          disabled={check.busy || sheets.length === 0}
          onClick={() => check.run()}
        >
          {sheet === EVERY_SHEET ? "Check every sheet" : "Check sheet"}
        </Button>
        {check.busy && <Spinner size="tiny" label="Checking…" />}
      </div>
      {check.error && <Notice intent="error">{check.error}</Notice>}
      {goTo.error && <Notice intent="error">{goTo.error}</Notice>}
      {check.result && total === 0 && (
        <Notice intent="success">No problems found on {checked}.</Notice>
      )}
      {check.result && total > 0 && (
        <section aria-label="Findings">
          <Notice
            intent="warning"
            title={`${total} ${total === 1 ? "thing" : "things"} to look at on ${withFindings.map((r) => r.sheet).join(", ")}`}
          >
            Each is a place to check, not always a mistake.
            {clean.length > 0 && ` No problems on ${clean.join(", ")}.`}
          </Notice>
          {withFindings.map((r) => (
            <section key={r.sheet} aria-label={`Findings on ${r.sheet}`}>
              <Subtitle2 as="h2" className={styles.sheetHeading}>
                {r.sheet}
              </Subtitle2>
              <ul className={styles.list}>
                {r.findings.map((f, i) => (
                  <li key={i} className={styles.item}>
                    <Body1 block>
                      <strong>{KIND_LABEL[f.kind]}</strong> ({f.address})
                    </Body1>
                    <Body1 block>{f.message}</Body1>
                    <Button
                      size="small"
                      onClick={() => goTo.run(r.sheet, f.address)}
                      aria-label={`Go to cell ${f.address} on ${r.sheet}`}
                    >
                      Go to cell
                    </Button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      )}
    </>
  );
}
