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
  ApiNotFound:
    "This version of Excel does not support that action. Update Excel or use Excel on the web.",
  Unauthenticated: "Excel asked you to sign in again.",
};

export function friendlyOfficeError(e: unknown): WorkbookError {
  if (e instanceof WorkbookError) return e;
  const code = (e as { code?: string })?.code;
  if (code && MESSAGES[code]) return new WorkbookError(MESSAGES[code]);
  return new WorkbookError("Excel could not complete that. Finish editing any cell and try again.");
}
