import * as React from "react";
import {
  Button,
  Caption1,
  Field,
  Input,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { address, colLetter, splitAddress } from "../../core/a1";
import { cellText } from "../../excel/memory/cellText";
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
  bar: { display: "flex", gap: "8px", alignItems: "end", marginBottom: "8px" },
  grid: {
    borderCollapse: "collapse",
    tableLayout: "fixed",
    fontSize: tokens.fontSizeBase200,
    "& td, & th": {
      border: `1px solid ${tokens.colorNeutralStroke2}`,
      padding: "2px 4px",
      whiteSpace: "nowrap",
      overflow: "hidden",
      textOverflow: "ellipsis",
      height: "18px",
    },
    "& th": { backgroundColor: tokens.colorNeutralBackground3, fontWeight: "normal" },
  },
  number: { textAlign: "right" },
  error: { color: tokens.colorPaletteRedForeground1 },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
});

/** Save the whole workbook, every formula with its value, as a file the browser downloads. */
async function download(workbook: MemoryWorkbook): Promise<void> {
  const { saveXlsx } = await import(/* webpackChunkName: "save" */ "../../excel/memory/saveXlsx");
  const bytes = await saveXlsx(workbook);
  const url = URL.createObjectURL(
    new Blob([bytes as BlobPart], {
      type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    })
  );
  const a = document.createElement("a");
  a.href = url;
  a.download = "pool-budgets-preview.xlsx";
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A row's height in points as pixels, where the sheet sets one. */
const rowPx = (points?: number) => (points ? Math.round(points * 1.2) : undefined);

/** Merged ranges as the grid draws them: how many columns each spans from its top-left cell, and the cells it covers. */
function mergedCells(merges: string[]) {
  const spans = new Map<string, number>();
  const hidden = new Set<string>();
  for (const m of merges) {
    const [from, to = from] = m.split(":").map(splitAddress);
    spans.set(address(from.col, from.row), to.col - from.col + 1);
    for (let c = from.col + 1; c <= to.col; c++) hidden.add(address(c, from.row));
  }
  return { spans, hidden };
}

const MAX_ROWS = 200;
const MAX_COLS = 30;
/** Column widths in points (Excel's default is 48), shown a little narrower to fit more. */
const px = (points?: number) => Math.round(Math.min(300, (points ?? 48) * 0.9));

/**
 * The preview's stand-in for Excel's grid: every figure calculated (the POOL functions
 * too), in its number format, with the input cells' fill. Click a cell to select it (shift
 * for a range); type into the bar above to change an input, or paste a block of cells.
 */
export function WorkbookView({
  workbook,
  version,
  onEdit,
}: {
  workbook: MemoryWorkbook;
  version: number;
  onEdit: () => void;
}) {
  const styles = useStyles();
  const [shown, setShown] = React.useState(workbook.active);
  const [, redraw] = React.useState(0);
  React.useEffect(() => setShown(workbook.active), [workbook, version]);
  const sheet = workbook.sheets.find((s) => s.name === shown) ?? workbook.sheets[0];
  const selection = workbook.selection.sheet === sheet?.name ? workbook.selection.address : "A1";
  const first = selection.split(":")[0];
  const [nameBox, setNameBox] = React.useState(selection);
  const [content, setContent] = React.useState("");
  const [anchor, setAnchor] = React.useState(first);
  const cellAt = sheet?.cells.get(first);
  React.useEffect(() => {
    setNameBox(selection);
    const c = sheet?.cells.get(selection.split(":")[0]);
    setContent(c ? (c.formula ?? String(c.value ?? "")) : "");
  }, [selection, sheet, version, cellAt]);

  if (!sheet) return null;
  const select = (range: string) => {
    workbook.selectRange(sheet.name, range);
    redraw((n) => n + 1);
  };
  const pick = (at: string, extend: boolean) => {
    if (extend) {
      const a = splitAddress(anchor);
      const b = splitAddress(at);
      const from = address(Math.min(a.col, b.col), Math.min(a.row, b.row));
      const to = address(Math.max(a.col, b.col), Math.max(a.row, b.row));
      select(from === to ? from : `${from}:${to}`);
    } else {
      setAnchor(at);
      select(at);
    }
  };
  const commit = (text: string) => {
    // A pasted block (tabs and lines, as Excel copies cells) fills the cells from the selection.
    const rows = text
      .replace(/\r?\n$/, "")
      .split(/\r?\n/)
      .map((r) => r.split("\t"));
    const at = splitAddress(first);
    rows.forEach((row, r) =>
      row.forEach((v, c) => workbook.typeInto(sheet.name, address(at.col + c, at.row + r), v))
    );
    onEdit();
  };

  let rows = 1;
  let cols = 1;
  for (const key of [...sheet.cells.keys(), ...sheet.looks.keys()]) {
    const { col, row } = splitAddress(key);
    rows = Math.max(rows, row);
    cols = Math.max(cols, col);
  }
  rows = Math.min(rows + 1, MAX_ROWS);
  cols = Math.min(cols, MAX_COLS);
  const calc = workbook.calculation();
  const widths = Array.from({ length: cols }, (_, c) => px(sheet.widths[c]));
  const merged = mergedCells(sheet.merges);
  const inRange = (at: string) => {
    const [from, to = from] = selection.split(":");
    const a = splitAddress(from);
    const b = splitAddress(to);
    const p = splitAddress(at);
    return p.row >= a.row && p.row <= b.row && p.col >= a.col && p.col <= b.col;
  };
  return (
    <section className={styles.root} aria-label="Demo workbook">
      <Subtitle2 as="h2">Demo workbook (stands in for Excel)</Subtitle2>
      <div className={styles.tabs} role="group" aria-label="Sheets">
        {workbook.sheets.map((s) => (
          <Button
            key={s.name}
            size="small"
            appearance={s.name === sheet.name ? "primary" : "secondary"}
            onClick={() => {
              setShown(s.name);
              workbook.selectRange(s.name, "A1");
              setAnchor("A1");
            }}
            aria-pressed={s.name === sheet.name}
          >
            {s.name}
          </Button>
        ))}
      </div>
      <div className={styles.bar}>
        <Field label={`Selected on ${sheet.name}`}>
          <Input
            value={nameBox}
            onChange={(_, d) => setNameBox(d.value)}
            onBlur={() => {
              if (/^[A-Z]+\d+(:[A-Z]+\d+)?$/i.test(nameBox)) select(nameBox.toUpperCase());
            }}
          />
        </Field>
        <Field label={`Contents of ${first}`} style={{ flexGrow: 1 }}>
          <Input
            value={content}
            onChange={(_, d) => setContent(d.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") commit(content);
            }}
            onPaste={(e) => {
              const text = e.clipboardData.getData("text/plain");
              if (/[\t\n]/.test(text.trim())) {
                e.preventDefault();
                commit(text);
              }
            }}
          />
        </Field>
      </div>
      <Button onClick={() => void download(workbook)}>Save as .xlsx</Button>
      <Caption1 block>
        Figures are calculated as Excel would. Yellow cells are inputs: select one, type, and press
        Enter.
      </Caption1>
      <table
        className={styles.grid}
        data-sheet={sheet.name}
        style={{ width: 36 + widths.reduce((a, b) => a + b, 0) }}
      >
        <colgroup>
          <col style={{ width: 36 }} />
          {widths.map((w, c) => (
            <col key={c} style={{ width: w }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th />
            {Array.from({ length: cols }, (_, c) => (
              <th key={c} scope="col">
                {colLetter(c + 1)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, r) => (
            <tr key={r} style={{ height: rowPx(sheet.heights[r + 1]) }}>
              <th scope="row">{r + 1}</th>
              {Array.from({ length: cols }, (_, c) => {
                const at = address(c + 1, r + 1);
                if (merged.hidden.has(at)) return null;
                const cell = sheet.cells.get(at);
                const look = sheet.looks.get(at);
                const v = calc.cell(sheet.name, at);
                const error = "error" in v;
                const text = error
                  ? v.error
                  : cellText(v.value, look?.numberFormat ?? cell?.numberFormat);
                const note = sheet.notes.get(at);
                const title = [
                  cell?.formula,
                  error ? v.detail : undefined,
                  note ? `Note: ${note}` : undefined,
                ]
                  .filter(Boolean)
                  .join("\n\n");
                return (
                  <td
                    key={c}
                    data-address={at}
                    data-note={note}
                    colSpan={merged.spans.get(at)}
                    title={title || text}
                    onClick={(e) => pick(at, e.shiftKey)}
                    className={mergeClasses(
                      !error && typeof v.value === "number" && styles.number,
                      error && styles.error,
                      inRange(at) && styles.selected
                    )}
                    style={{
                      backgroundColor: look?.fill,
                      fontWeight: look?.bold ? 600 : undefined,
                      fontStyle: look?.italic ? "italic" : undefined,
                      // Wrapped text shows whole, as the sheet sizes its row for it.
                      whiteSpace: look?.wrap ? "normal" : undefined,
                      verticalAlign: sheet.heights[r + 1] ? "top" : undefined,
                    }}
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
    </section>
  );
}
