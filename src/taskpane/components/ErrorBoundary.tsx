import * as React from "react";
import { Notice } from "./Notice";

/** Whatever fails while drawing a screen shows as a message, never as a blank pane. */
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
        <Notice intent="error">
          This screen could not be shown. Close and reopen the pane; your workbook has not been
          changed.
        </Notice>
      );
    }
    return this.props.children;
  }
}
