import * as React from "react";
import {
  Checkbox,
  CheckboxProps,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";

const useStyles = makeStyles({
  // Fluent greys an unticked box's label, which reads as disabled: it can still be ticked.
  root: {
    "& input:enabled:not(:checked) ~ .fui-Checkbox__label": {
      color: tokens.colorNeutralForeground1,
    },
  },
});

/** A checkbox whose label stays in the body colour, ticked or not. */
export function Tick(props: CheckboxProps) {
  const styles = useStyles();
  return <Checkbox {...props} className={mergeClasses(styles.root, props.className)} />;
}
