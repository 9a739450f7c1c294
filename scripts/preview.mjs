// `npm run preview`: the task pane in a browser against a demo workbook, no Excel needed.
import { PORT, serve } from "./serve.mjs";

serve(
  ["--env", "preview"],
  `
The preview is being served (the first build takes a minute):

  https://localhost:${PORT}/preview.html   the task pane against a demo workbook
  https://localhost:${PORT}/               links to the preview, the pane and the help

Accept the certificate in the browser if asked. Press Ctrl+C, or run "npm stop", to stop.
`
);
