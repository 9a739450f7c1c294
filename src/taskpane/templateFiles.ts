import type { TemplateFile } from "../excel/types";
import { TEMPLATE_BUILDERS } from "../templates/catalog";
import type { TemplateDef } from "../templates/model";

export interface TemplateChoice {
  family: "resource-map" | "funding-profile" | "pool-budget";
  variant: "example" | "blank";
  def: TemplateDef;
  /** Where the built .xlsx is served from, beside the pane's page. */
  url: string;
}

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

export const TEMPLATE_CHOICES: TemplateChoice[] = TEMPLATE_BUILDERS.map((build) => {
  const def = build();
  // Ids are "<family>-example" and "<family>-blank".
  const [, family, variant] = /^(.*)-(example|blank)$/.exec(def.id)!;
  return { family, variant, def, url: `templates/${def.fileName}` } as TemplateChoice;
});

/** A template as the gateway takes it: names and chart from the definition, bytes from `load`. */
export function asTemplateFile(def: TemplateDef, load: () => Promise<string>): TemplateFile {
  return {
    id: def.id,
    title: def.title,
    sheetNames: def.sheets.map((s) => s.name),
    chart: def.chart,
    load,
  };
}

/** The pane's templates load from the built .xlsx served beside the page. */
export function templateFile(
  choice: TemplateChoice,
  fetchFile: typeof fetch = (...a) => fetch(...a)
): TemplateFile {
  return asTemplateFile(choice.def, async () => {
    const response = await fetchFile(choice.url);
    if (!response.ok) throw new Error(`Template file ${choice.url} could not be loaded`);
    return toBase64(await response.arrayBuffer());
  });
}
