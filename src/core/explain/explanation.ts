/**
 * What "Explain this figure" shows: the figure the function returned for the cell, a
 * one-line summary and the working, step by step with the numbers. The engine writes it;
 * the pane only shows it, copies it or puts it in a note.
 */
export interface Explanation {
  /** The function's own result for the cell. */
  figure: number | string;
  summary: string;
  steps: string[];
}

/** The explanation as plain text, for the clipboard and a cell note. */
export function explanationText(e: Explanation): string {
  return [e.summary, ...e.steps.map((s, i) => `${i + 1}. ${s}`)].join("\n");
}
