import { makeStyles, tokens } from "@fluentui/react-components";

/** Shared by the form screens so controls fit Excel's 320 px pane. */
export const useFieldStyles = makeStyles({
  // Inputs and selects take the pane's width, and may shrink below their content.
  full: { width: "100%", minWidth: 0, maxWidth: "100%" },
  // A screen's titled section: its controls stacked down the pane.
  section: { display: "flex", flexDirection: "column", gap: "8px" },
  // A fieldset otherwise grows to its widest control and overflows the pane.
  group: {
    minWidth: 0,
    margin: 0,
    padding: "8px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  // A small table of figures in the pane; cells of class "num" are right-aligned.
  table: {
    borderCollapse: "collapse",
    width: "100%",
    "& th, & td": {
      textAlign: "left",
      padding: "4px",
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    },
    "& .num": { textAlign: "right" },
  },
});
