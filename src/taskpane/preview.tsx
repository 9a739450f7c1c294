import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { WorkbookGateway } from "../excel/types";
import { App } from "./App";
import { demoWorkbook } from "./preview/demoWorkbook";
import { WorkbookView } from "./preview/WorkbookView";
import { poolFunctions } from "./preview/poolFunctions";

/**
 * `npm run preview`: the task pane at Excel's default 320 px width, running against an
 * in-memory demo workbook, so anyone can click through it in a normal browser.
 */
const workbook = demoWorkbook(poolFunctions);
(window as unknown as { __workbook: unknown }).__workbook = workbook;

function Preview() {
  const [version, setVersion] = React.useState(0);
  // Redraw the grid after anything the pane writes.
  const gateway = React.useMemo<WorkbookGateway>(() => {
    const bump = <T,>(p: Promise<T>) => p.finally(() => setVersion((v) => v + 1));
    return {
      sheetNames: () => workbook.sheetNames(),
      readSelection: () => workbook.readSelection(),
      readSheet: (n) => workbook.readSheet(n),
      readSheets: (n) => workbook.readSheets(n),
      writeSheet: (p) => bump(workbook.writeSheet(p)),
      writeSheets: (p) => bump(workbook.writeSheets(p)),
      writeInputs: (w, r) => bump(workbook.writeInputs(w, r)),
      insertTemplate: (t) => bump(workbook.insertTemplate(t)),
      select: (s, a) => bump(workbook.select(s, a)),
      shareCopies: (s, w) => bump(workbook.shareCopies(s, w)),
      readFormulaSource: () => workbook.readFormulaSource(),
      writeNote: (s, a, t, r) => bump(workbook.writeNote(s, a, t, r)),
    };
  }, []);
  return (
    <div style={{ display: "flex", minHeight: "100vh" }}>
      <div id="pane" style={{ width: 320, flexShrink: 0 }}>
        <App gateway={gateway} />
      </div>
      <FluentProvider theme={webLightTheme} style={{ flexGrow: 1, minWidth: 0, display: "flex" }}>
        <WorkbookView
          workbook={workbook}
          version={version}
          onEdit={() => setVersion((v) => v + 1)}
        />
      </FluentProvider>
    </div>
  );
}

createRoot(document.getElementById("root")!).render(<Preview />);
