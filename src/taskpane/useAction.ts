import * as React from "react";
import { isPoolError } from "../core/errors";
import { WorkbookError } from "../excel/types";

export interface ActionState<T> {
  busy: boolean;
  error?: string;
  /** The failed action's result can still be had as a download (a template's .xlsx). */
  offerDownload?: boolean;
  result?: T;
}

/** A message fit to show: our own errors as written, anything else in general words. */
export function messageOf(e: unknown): string {
  if (isPoolError(e) || e instanceof WorkbookError) return e.message;
  return "Something went wrong. Finish editing any cell in Excel and try again.";
}

/** Run an async action with busy, error and result state; a second click while busy is ignored. */
export function useAction<A extends unknown[], T>(action: (...args: A) => Promise<T>) {
  const [state, setState] = React.useState<ActionState<T>>({ busy: false });
  const busy = React.useRef(false);
  const run = React.useCallback(
    async (...args: A) => {
      if (busy.current) return;
      busy.current = true;
      setState({ busy: true });
      try {
        const result = await action(...args);
        setState({ busy: false, result });
      } catch (e) {
        const offerDownload = e instanceof WorkbookError && e.offerDownload;
        setState({ busy: false, error: messageOf(e), offerDownload });
      } finally {
        busy.current = false;
      }
    },
    [action]
  );
  const reset = React.useCallback(() => setState({ busy: false }), []);
  return { ...state, run, reset };
}
