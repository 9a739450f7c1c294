/**
 * Words for a printed header or footer. There "&" starts one of Excel's codes (&F the file
 * name, &N the page count, &C the centre section), so a pool called "H&F and B&NES" would
 * print garbled: its own "&" is written "&&". Every plan puts names through this.
 */
export function printWords(text: string): string {
  return text.replace(/&/g, "&&");
}
