// Generates the .xlsx templates from their definitions (src/templates) into generated/templates,
// plus a small manifest the task pane reads: ids, titles, sheet names and chart positions.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { TEMPLATE_BUILDERS } from "../src/templates/catalog";
import { workbookBuffer } from "../src/templates/xlsxWriter";

async function main() {
  const out = join(__dirname, "..", "generated", "templates");
  mkdirSync(out, { recursive: true });
  for (const build of TEMPLATE_BUILDERS) {
    const def = build();
    writeFileSync(join(out, def.fileName), await workbookBuffer(def));
    console.log(`templates: ${def.fileName} (${def.sheets.map((s) => s.name).join(", ")})`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
