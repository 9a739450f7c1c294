import * as React from "react";
import { makeStyles, typographyStyles } from "@fluentui/react-components";

const useStyles = makeStyles({
  title: { ...typographyStyles.title2, margin: 0, outlineStyle: "none" },
});

/** A screen's h1. Focus moves to it when the screen opens, so keyboard and screen-reader users start at the top. */
export function ScreenTitle({ children }: { children: React.ReactNode }) {
  const ref = React.useRef<HTMLHeadingElement>(null);
  const styles = useStyles();
  React.useEffect(() => ref.current?.focus(), []);
  return (
    <h1 ref={ref} tabIndex={-1} className={styles.title}>
      {children}
    </h1>
  );
}
