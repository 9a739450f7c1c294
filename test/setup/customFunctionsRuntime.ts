/*
 * Excel's custom-functions runtime provides a global CustomFunctions with an Error class
 * and an ErrorCode enum. Node has neither, so give tests the same shape, with the error
 * strings Excel uses, so adapters are exercised exactly as in a workbook.
 */
class CustomFunctionsError extends Error {
  code: string;
  constructor(code: string, message?: string) {
    super(message);
    this.code = code;
    if (message === undefined) delete (this as { message?: string }).message;
  }
}

const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: CustomFunctionsError,
  ErrorCode,
};
