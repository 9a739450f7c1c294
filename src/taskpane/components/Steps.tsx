import * as React from "react";
import { Button, Caption1, Subtitle2, makeStyles } from "@fluentui/react-components";

const useStyles = makeStyles({
  nav: { display: "flex", gap: "8px", justifyContent: "space-between" },
  head: { display: "flex", flexDirection: "column", gap: "4px" },
});

/**
 * A set-up in steps that fit the pane: which step of how many, its name (announced when it
 * changes, for a screen reader), the step itself, and Back and Next.
 */
export function Steps({
  names,
  step,
  onStep,
  children,
}: {
  names: string[];
  step: number;
  onStep: (step: number) => void;
  children: React.ReactNode;
}) {
  const styles = useStyles();
  return (
    <>
      <div className={styles.head} aria-live="polite">
        <Caption1>
          Step {step + 1} of {names.length}
        </Caption1>
        <Subtitle2 as="h2">{names[step]}</Subtitle2>
      </div>
      {children}
      <div className={styles.nav}>
        <Button disabled={step === 0} onClick={() => onStep(step - 1)}>
          Back
        </Button>
        <Button
          appearance="primary"
          disabled={step === names.length - 1}
          onClick={() => onStep(step + 1)}
        >
          Next
        </Button>
      </div>
    </>
  );
}
