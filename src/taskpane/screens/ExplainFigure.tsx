import * as React from "react";
import { Body1, Button, Caption1, Subtitle2, makeStyles } from "@fluentui/react-components";
import { explanationText, FormulaSource } from "../../core";
import { explainFormula, ExplainResult } from "../../functions/explainFormula";
import { Notice } from "../components/Notice";
import { ScreenTitle } from "../components/ScreenTitle";
import { messageOf } from "../useAction";
import { useWorkbook } from "../workbookContext";

const useStyles = makeStyles({
  steps: { margin: 0, paddingLeft: "20px", display: "flex", flexDirection: "column", gap: "6px" },
  row: { display: "flex", gap: "8px", flexWrap: "wrap" },
});

type Shown = { source: FormulaSource; result: ExplainResult };

/** Copy to the clipboard; where the pane may not, select the text so Ctrl+C does it. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Select a cell holding a POOL function, or one cell of its spilled result, and the pane
 * explains its figure step by step with the numbers. The engine writes the words; this
 * screen reads the cell, shows them, copies them or puts them in a note on the cell.
 */
export default function ExplainFigure() {
  const styles = useStyles();
  const workbook = useWorkbook();
  const [shown, setShown] = React.useState<Shown>();
  const [status, setStatus] = React.useState<{
    intent: "success" | "error" | "info";
    text: string;
  }>();
  const [existing, setExisting] = React.useState<string>();
  const [busy, setBusy] = React.useState(false);
  const [manualCopy, setManualCopy] = React.useState(false);

  const act = async (body: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    try {
      await body();
    } catch (e) {
      setStatus({ intent: "error", text: messageOf(e) });
    } finally {
      setBusy(false);
    }
  };

  const explain = () =>
    act(async () => {
      setStatus(undefined);
      setExisting(undefined);
      setManualCopy(false);
      const source = await workbook.readFormulaSource();
      setShown({ source, result: explainFormula(source) });
    });

  const explanation = shown?.result.ok ? shown.result.explanation : undefined;
  const text = explanation ? explanationText(explanation) : "";
  const cell = shown ? `${shown.source.sheet}!${shown.source.address}` : "";

  const copy = () =>
    act(async () => {
      const ok = await copyText(text);
      setManualCopy(!ok);
      setStatus(
        ok
          ? { intent: "success", text: "Copied. Paste it into an email, a paper or a cell." }
          : { intent: "info", text: "Select the text below and press Ctrl+C to copy it." }
      );
    });

  const note = (replace: boolean) =>
    act(async () => {
      const { sheet, address } = shown!.source;
      const r = await workbook.writeNote(sheet, address, text, replace);
      setExisting(r.written ? undefined : r.existing);
      if (r.written) setStatus({ intent: "success", text: `Put in a note on ${address}.` });
    });

  return (
    <>
      <ScreenTitle help="guide-explain">Explain this figure</ScreenTitle>
      <Body1 as="p">
        Select a cell holding a POOL function, or one cell of the results it spills into, then press
        Explain. You get the working in plain English with the numbers, including which partner
        received any leftover penny and why.
      </Body1>
      <Button appearance="primary" disabled={busy} onClick={explain}>
        Explain the selected cell
      </Button>
      {shown && !shown.result.ok && <Notice intent="warning">{shown.result.message}</Notice>}
      {explanation && shown?.result.ok && (
        <section aria-labelledby="explain-h">
          <Caption1 block>
            {shown.result.fn} in {cell}
          </Caption1>
          <Subtitle2 as="h2" id="explain-h">
            {explanation.summary}
          </Subtitle2>
          <ol className={styles.steps}>
            {explanation.steps.map((s, i) => (
              <li key={i}>
                <Body1>{s}</Body1>
              </li>
            ))}
          </ol>
        </section>
      )}
      {explanation && (
        <div className={styles.row}>
          <Button disabled={busy} onClick={copy}>
            Copy the explanation
          </Button>
          <Button disabled={busy} onClick={() => note(false)}>
            Put it in a note on {shown?.source.address}
          </Button>
        </div>
      )}
      {manualCopy && (
        <textarea
          aria-label="The explanation, to copy"
          readOnly
          rows={8}
          value={text}
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
      {existing !== undefined && (
        <Notice intent="warning" title="That cell already has a note">
          <Body1 block>“{existing}”</Body1>
          <div className={styles.row}>
            <Button disabled={busy} onClick={() => note(true)}>
              Replace the note
            </Button>
            <Button disabled={busy} onClick={() => setExisting(undefined)}>
              Keep it
            </Button>
          </div>
        </Notice>
      )}
      {status && <Notice intent={status.intent}>{status.text}</Notice>}
    </>
  );
}
