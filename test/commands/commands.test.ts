/** @jest-environment jsdom */
import { onScreenRequest, Screen } from "../../src/taskpane/navigation";

describe("ribbon command: Check sheet", () => {
  it("opens the task pane on the Check screen and tells Office it has finished", async () => {
    const calls: string[] = [];
    const associated: Record<string, (e: { completed(): void }) => Promise<void>> = {};
    (globalThis as Record<string, unknown>).Office = {
      // Never ready: the command must be associated when the module loads, not on ready.
      onReady: () => new Promise(() => {}),
      actions: {
        associate: (name: string, fn: (e: { completed(): void }) => Promise<void>) =>
          (associated[name] = fn),
      },
      addin: { showAsTaskpane: async () => calls.push("show pane") },
    };
    const asked: Screen[] = [];
    const stop = onScreenRequest((s) => asked.push(s));
    await import("../../src/commands/commands");
    expect(Object.keys(associated)).toEqual(["checkActiveSheet"]);
    await associated.checkActiveSheet({ completed: () => calls.push("completed") });
    stop();
    expect(asked).toEqual(["check"]);
    expect(calls).toEqual(["show pane", "completed"]);
  });

  it("completes the command, without throwing, even if the pane cannot be shown", async () => {
    const { checkActiveSheet } = await import("../../src/commands/commands");
    let completed = false;
    (globalThis as unknown as { Office: { addin: unknown } }).Office.addin = {
      showAsTaskpane: async () => {
        throw new Error("not supported");
      },
    };
    await expect(
      checkActiveSheet({ completed: () => (completed = true) } as never)
    ).resolves.toBeUndefined();
    expect(completed).toBe(true);
  });
});
