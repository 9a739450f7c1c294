import * as React from "react";
import { Link, makeStyles, typographyStyles } from "@fluentui/react-components";

const useStyles = makeStyles({
  title: { ...typographyStyles.title2, margin: 0, outlineStyle: "none" },
});

/**
 * A screen's h1, with a link to its section of the guide in help.html. Focus moves to the
 * heading when the screen opens, so keyboard and screen-reader users start at the top.
 */
export function ScreenTitle({ children, help }: { children: React.ReactNode; help?: string }) {
  const ref = React.useRef<HTMLHeadingElement>(null);
  const styles = useStyles();
  React.useEffect(() => ref.current?.focus(), []);
  return (
    <>
      <h1 ref={ref} tabIndex={-1} className={styles.title}>
        {children}
      </h1>
      {help && (
        <Link href={`help.html#${help}`} target="_blank" rel="noopener">
          Help with this screen
        </Link>
      )}
    </>
  );
}
