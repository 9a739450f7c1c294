import * as React from "react";
import { Notice } from "./Notice";

/** What an action said when it finished: its result as done, or its error in words. */
export function Outcome({ of }: { of: { result?: unknown; error?: string } }) {
  return (
    <>
      {typeof of.result === "string" && <Notice intent="success">{of.result}</Notice>}
      {of.error && <Notice intent="error">{of.error}</Notice>}
    </>
  );
}
