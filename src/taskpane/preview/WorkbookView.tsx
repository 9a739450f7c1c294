import * as React from "react";
import {
  Button,
  Caption1,
  Field,
  Input,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { address } from "../../core/a1";
import type { MemoryWorkbook } from "../../excel/memoryWorkbook";

const useStyles = makeStyles({
  root: {
    flexGrow: 1,
    minWidth: 0,
    padding: "12px",
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    overflow: "auto",
  },
  tabs: { display: "flex", flexWrap: "wrap", gap: "4px", marginBottom: "8px" },
  grid: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    "& td, & th": {
      border: `1px solid ${tokens.colorNeutralStroke2}`,
      padding: "2px 6px",
      whiteSpace: "nowrap",
      maxWidth: "220px",
      overflow: "hidden",
      textOverflow: "ellipsis",
    },
  },
});

/** The preview's stand-in for Excel's grid: shows what the pane wrote into the in-memory workbook. */
export function WorkbookView({ workbook, version }: { workbook: MemoryWorkbook; version: number }) {
  const styles = useStyles();
  const [shown, setShown] = React.useState(workbook.active);
  const [selection, setSelection] = React.useState(workbook.selection.address);
  React.useEffect(() => setShown(workbook.active), [workbook, version]);
  const sheet = workbook.sheets.find((s) => s.name === shown) ?? workbook.sheets[0];
  let rows = 0;
  let cols = 0;
  for (const key of sheet?.cells.keys() ?? []) {
    const m = /^([A-Z]+)(\d+)$/.exec(key)!;
    rows = Math.max(rows, Number(m[2]));
    cols = Math.max(cols, m[1].length === 1 ? m[1].charCodeAt(0) - 64 : 26);
  }
  rows = Math.min(rows, 60);
  return (
    <section className={styles.root} aria-label="Demo workbook">
      <Subtitle2 as="h2">Demo workbook (stands in for Excel)</Subtitle2>
      <div className={styles.tabs} role="group" aria-label="Sheets">
        {workbook.sheets.map((s) => (
          <Button
            key={s.name}
            size="small"
            appearance={s.name === sheet?.name ? "primary" : "secondary"}
            onClick={() => setShown(s.name)}
            aria-pressed={s.name === sheet?.name}
          >
            {s.name}
          </Button>
        ))}
      </div>
      <Field label={`Selected range on ${workbook.selection.sheet}`}>
        <Input
          value={selection}
          onChange={(_, d) => setSelection(d.value)}
          onBlur={() => {
            if (/^[A-Z]+\d+(:[A-Z]+\d+)?$/i.test(selection) && sheet)
              workbook.selectRange(sheet.name, selection.toUpperCase());
          }}
        />
      </Field>
      <Caption1 block>Formulas are shown as written; the preview does not calculate them.</Caption1>
      {sheet && (
        <table className={styles.grid} data-sheet={sheet.name}>
          <tbody>
            {Array.from({ length: rows }, (_, r) => (
              <tr key={r}>
                <th scope="row">{r + 1}</th>
                {Array.from({ length: cols }, (_, c) => {
                  const cell = sheet.cells.get(address(c + 1, r + 1));
                  const at = address(c + 1, r + 1);
                  const text = cell ? (cell.formula ?? String(cell.value ?? "")) : "";
                  // A cell note shows as a corner mark, its text on hover, as in Excel.
                  const note = sheet.notes.get(at);
                  return (
                    <td
                      key={c}
                      title={note ? `${text}\n\nNote: ${note}` : text}
                      data-address={at}
                      data-note={note}
                    >
                      {text}
                      {note && <span aria-label="has a note"> ◥</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
