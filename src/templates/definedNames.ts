import type ExcelJS from "exceljs";
import { absoluteRef } from "../core/a1";

/** A defined name as the file's workbook part holds it; `localSheetId` scopes it to one sheet. */
export interface DefinedName {
  name: string;
  ranges: string[];
  localSheetId?: number;
}

/** A sheet's print area, and the rows and columns repeated on each page. */
export interface PrintRanges {
  area: string;
  titleRows?: string;
  titleColumns?: string;
}

/**
 * `ref` on `sheet` as a defined name holds it: the reference absolute, and the sheet's name
 * always quoted (an apostrophe doubled), since a name such as "AB12" reads as a cell unquoted.
 */
export const onSheet = (sheet: string, ref: string) =>
  `'${sheet.replace(/'/g, "''")}'!${absoluteRef(ref)}`;

/** The print area and print titles of the sheet at `index`, written as Excel itself writes them. */
export function printNames(sheet: string, index: number, print: PrintRanges): DefinedName[] {
  const titles = [print.titleColumns, print.titleRows].flatMap((t) =>
    t ? [onSheet(sheet, t)] : []
  );
  return [
    { name: "_xlnm.Print_Area", ranges: [onSheet(sheet, print.area)], localSheetId: index },
    ...(titles.length ? [{ name: "_xlnm.Print_Titles", ranges: titles, localSheetId: index }] : []),
  ];
}

/**
 * Give ExcelJS the file's defined names as they are to be written. It has no way to scope a
 * name to a sheet, and the print area it makes from a sheet's page setup comes out half
 * relative ('Ledger'!$A1:$N83), which LibreOffice prints past and Excel never writes; so
 * no print area or titles go through the page setup.
 */
export function setDefinedNames(wb: ExcelJS.Workbook, names: DefinedName[]): void {
  Object.defineProperty(wb.definedNames, "model", { get: () => names });
}
