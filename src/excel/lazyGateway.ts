import type { WorkbookGateway } from "./types";

type Method = keyof WorkbookGateway;

const METHODS: Method[] = [
  "sheetNames",
  "readSelection",
  "readSheet",
  "readSheets",
  "writeSheet",
  "writeSheets",
  "writeInputs",
  "insertTemplate",
  "select",
  "shareCopies",
  "readFormulaSource",
  "writeNote",
];

/**
 * A gateway whose code loads on its first use, not before Home: every method is already
 * asynchronous, so each simply waits for the module, then calls it.
 */
export function lazyGateway(load: () => Promise<WorkbookGateway>): WorkbookGateway {
  let loading: Promise<WorkbookGateway> | undefined;
  const gateway = () => (loading ??= load());
  return Object.fromEntries(
    METHODS.map((m) => [
      m,
      async (...args: unknown[]) =>
        ((await gateway())[m] as (...a: unknown[]) => Promise<unknown>)(...args),
    ])
  ) as unknown as WorkbookGateway;
}
