import * as React from "react";
import { makeStyles, mergeClasses, Radio, RadioProps, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  // Fluent greys an unchosen option's label, which reads as disabled: every option is open.
  root: {
    "& input:enabled:not(:checked) ~ .fui-Radio__label": { color: tokens.colorNeutralForeground1 },
  },
});

/** One option of a RadioGroup, its label in the body colour whether chosen or not. */
export function Choice(props: RadioProps) {
  const styles = useStyles();
  return <Radio {...props} className={mergeClasses(styles.root, props.className)} />;
}
