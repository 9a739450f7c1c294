import * as React from "react";
import { Outcome } from "../components/Outcome";
import { Tick } from "../components/Tick";
import { Body1, Button, Subtitle2, makeStyles } from "@fluentui/react-components";
import { Notice } from "../components/Notice";
import { useAction } from "../useAction";
import { ScreenTitle } from "../components/ScreenTitle";
import { useWorkbook } from "../workbookContext";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: "4px" },
});

/** "24/11/2026 18:05": when the copy was made, as a finance officer writes it. */
const stamp = (d: Date) =>
  d.toLocaleString("en-GB", {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });

/**
 * Partners without the add-in see #NAME? where POOL functions were. This makes copies of
 * the chosen sheets with those formulas replaced by the values they show; the originals
 * are left as they are.
 */
export default function PrepareToShare() {
  const styles = useStyles();
  const workbook = useWorkbook();
  const [sheets, setSheets] = React.useState<string[]>([]);
  const [chosen, setChosen] = React.useState<Record<string, boolean>>({});
  const [loadError, setLoadError] = React.useState<string>();

  React.useEffect(() => {
    workbook
      .sheetNames()
      .then(setSheets, () => setLoadError("The workbook's sheets could not be read."));
  }, [workbook]);

  const picked = sheets.filter((s) => chosen[s]);
  const share = useAction(async () => {
    const copies = await workbook.shareCopies(picked, stamp(new Date()));
    setSheets(await workbook.sheetNames());
    const converted = copies.reduce((a, c) => a + c.converted, 0);
    return `Made ${copies.length} ${copies.length === 1 ? "copy" : "copies"} (${copies
      .map((c) => `“${c.to}”`)
      .join(
        ", "
      )}): ${converted} formula${converted === 1 ? "" : "s"} replaced by the values they show. The original sheets are unchanged.`;
  });

  return (
    <>
      <ScreenTitle help="guide-share">Prepare to share</ScreenTitle>
      <Body1 as="p">
        Partners without the add-in see #NAME? where POOL formulas are. Choose the sheets to send:
        the add-in copies them and replaces by the value it shows now each POOL formula, each
        formula that depends on one, and each that reads a sheet you are not sending, with a note of
        what was converted and when. Other Excel formulas are kept, pointing at the copies.
      </Body1>
      {loadError && <Notice intent="error">{loadError}</Notice>}
      <section className={styles.section} aria-labelledby="share-sheets-h">
        <Subtitle2 as="h2" id="share-sheets-h">
          Sheets to copy
        </Subtitle2>
        {sheets.map((s) => (
          <Tick
            key={s}
            label={s}
            checked={!!chosen[s]}
            onChange={(_, d) => setChosen((c) => ({ ...c, [s]: !!d.checked }))}
          />
        ))}
      </section>
      <Button
        appearance="primary"
        disabled={picked.length === 0 || share.busy}
        onClick={() => share.run()}
      >
        Make copies to share
      </Button>
      <Outcome of={share} />
    </>
  );
}
