import * as React from "react";
import { Body1 } from "@fluentui/react-components";

/**
 * Whatever fails while drawing a screen shows as a message, never as a blank pane. Plain
 * text in a role="alert" region: MessageBar would pull its icon set into the first download.
 */
export class ErrorBoundary extends React.Component<
  { children: React.ReactNode },
  { failed: boolean }
> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    if (this.state.failed) {
      return (
        <div role="alert">
          <Body1>
            <strong>Problem: </strong>this screen could not be shown. Close and reopen the pane;
            your workbook has not been changed.
          </Body1>
        </div>
      );
    }
    return this.props.children;
  }
}
