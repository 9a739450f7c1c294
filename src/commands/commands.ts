import { requestScreen } from "../taskpane/navigation";

/**
 * Ribbon commands, run in the shared runtime. "Check sheet" opens the pane on the Check
 * screen; the pane is where findings can be read and each one visited.
 */
export async function checkActiveSheet(event: Office.AddinCommands.Event): Promise<void> {
  requestScreen("check");
  try {
    await Office.addin.showAsTaskpane();
  } catch {
    // Older hosts cannot open the pane from code; the user can still press Pool Budgets.
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate("checkActiveSheet", checkActiveSheet);
});
