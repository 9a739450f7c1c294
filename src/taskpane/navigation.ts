/**
 * Which screen to show. Ribbon commands run in the same (shared) runtime but ship in a
 * separate bundle, so the request travels on window: a pending value plus an event.
 */
export type Screen =
  | "home"
  | "templates"
  | "pool"
  | "ledger"
  | "ledgerYear"
  | "decide"
  | "schedule"
  | "check"
  | "share"
  | "explain"
  | "monitor";

export const SCREENS: Screen[] = [
  "home",
  "templates",
  "pool",
  "ledger",
  "ledgerYear",
  "decide",
  "schedule",
  "check",
  "share",
  "explain",
  "monitor",
];
const EVENT = "poolbudgets:navigate";

interface NavWindow {
  __poolBudgetsScreen?: Screen;
}

export function requestScreen(screen: Screen): void {
  (window as unknown as NavWindow).__poolBudgetsScreen = screen;
  window.dispatchEvent(new CustomEvent(EVENT, { detail: screen }));
}

/** Take the screen a command asked for before the pane loaded, if any. */
export function takePendingScreen(): Screen | undefined {
  const w = window as unknown as NavWindow;
  const s = w.__poolBudgetsScreen;
  delete w.__poolBudgetsScreen;
  return s;
}

export function onScreenRequest(handler: (s: Screen) => void): () => void {
  const listener = (e: Event) => {
    takePendingScreen();
    handler((e as CustomEvent<Screen>).detail);
  };
  window.addEventListener(EVENT, listener);
  return () => window.removeEventListener(EVENT, listener);
}
