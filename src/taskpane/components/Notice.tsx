import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

/** A message bar; the intent is also said in words, never by colour alone. Text is rendered as text, never HTML. */
export function Notice({
  intent,
  title,
  children,
}: {
  intent: "success" | "error" | "warning" | "info";
  title?: string;
  children: React.ReactNode;
}) {
  const words = { success: "Done", error: "Problem", warning: "Warning", info: "Note" }[intent];
  return (
    <MessageBar intent={intent} layout="multiline" role={intent === "error" ? "alert" : "status"}>
      <MessageBarBody>
        <MessageBarTitle>{title ?? words}</MessageBarTitle>
        {children}
      </MessageBarBody>
    </MessageBar>
  );
}
