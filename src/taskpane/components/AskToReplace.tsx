import * as React from "react";
import { Body1, Button, makeStyles } from "@fluentui/react-components";
import { Notice } from "./Notice";

const useStyles = makeStyles({ row: { display: "flex", gap: "8px", flexWrap: "wrap" } });

/** Cells a write would replace, named, with the choice to replace them or keep them. */
export function AskToReplace({
  title,
  cells,
  onReplace,
  onKeep,
}: {
  title: string;
  cells: string[];
  onReplace: () => void;
  onKeep: () => void;
}) {
  const styles = useStyles();
  return (
    <Notice intent="warning" title={title}>
      <Body1 block>{cells.join(", ")} already hold other figures. Replace them with these?</Body1>
      <div className={styles.row}>
        <Button onClick={onReplace}>Replace them</Button>
        <Button onClick={onKeep}>Keep them</Button>
      </div>
    </Notice>
  );
}
