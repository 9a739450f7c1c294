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

// At the top level of the module, as Microsoft's template does: associated inside
// Office.onReady, a shared runtime can miss the first click on the ribbon button.
Office.actions.associate("checkActiveSheet", checkActiveSheet);
