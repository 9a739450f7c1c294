import { WorkbookError } from "./types";

/** Office.js error codes to sentences a finance officer can act on; never a stack. */
const MESSAGES: Record<string, string> = {
  AccessDenied:
    "Excel would not allow the change. The sheet or workbook may be protected or shared read-only.",
  InvalidArgument: "Excel rejected part of the change. Check the selected cells and try again.",
  InvalidOperation:
    "Excel could not do that right now. Finish editing any cell (press Enter or Esc) and try again.",
  ItemAlreadyExists: "A sheet, table or name with that name already exists.",
  ItemNotFound: "The sheet or cell could not be found; it may have been renamed or deleted.",
  GeneralException: "Excel reported a problem. Finish editing any cell and try again.",
  InsertDeleteConflict: "That would overlap a table or merged cells on the sheet.",
  RequestPayloadSizeLimitExceeded:
    "That is too much to send to Excel at once. Try a smaller range.",
  InvalidSelection:
    "Select one block of cells (not several areas, and not a chart or a shape), then try again.",
  ResponsePayloadSizeLimitExceeded:
    "That is more than Excel on the web sends at once. Select a smaller range, or check one sheet at a time.",
  ApiNotFound:
    "This version of Excel does not support that action. Update Excel or use Excel on the web.",
  Unauthenticated: "Excel asked you to sign in again.",
};

/**
 * Excel on the web refuses some files from insertWorksheetsFromBase64 (GeneralException or
 * InvalidArgument, office-js issues 6142, 2718, 5785): nothing the user did, so say so and
 * offer the file itself.
 */
export function friendlyInsertError(e: unknown): WorkbookError {
  const code = (e as { code?: string })?.code;
  if (code === "GeneralException" || code === "InvalidArgument") {
    return new WorkbookError(
      'Excel could not insert this template\'s sheets here (Excel on the web refuses some files). Nothing in your workbook was changed. Use "Download .xlsx", open the file, and move or copy its sheets into your workbook.',
      true
    );
  }
  return friendlyOfficeError(e);
}

export function friendlyOfficeError(e: unknown): WorkbookError {
  if (e instanceof WorkbookError) return e;
  const code = (e as { code?: string })?.code;
  if (code && MESSAGES[code]) return new WorkbookError(MESSAGES[code]);
  return new WorkbookError("Excel could not complete that. Finish editing any cell and try again.");
}
