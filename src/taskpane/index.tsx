import { createRoot } from "react-dom/client";
import { lazyGateway } from "../excel/lazyGateway";
import { App } from "./App";

// The Office.js gateway loads with the first screen that reads or writes the workbook.
const gateway = lazyGateway(
  async () =>
    (await import(/* webpackChunkName: "gateway" */ "../excel/officeWorkbook")).officeWorkbook
);

Office.onReady(() => {
  createRoot(document.getElementById("root")!).render(<App gateway={gateway} />);
});
