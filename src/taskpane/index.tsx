import { createRoot } from "react-dom/client";
import { officeWorkbook } from "../excel/officeWorkbook";
import { App } from "./App";

Office.onReady(() => {
  createRoot(document.getElementById("root")!).render(<App gateway={officeWorkbook} />);
});
