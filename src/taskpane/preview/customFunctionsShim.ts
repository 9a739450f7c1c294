/*
 * Excel's custom-functions runtime gives a global CustomFunctions with an Error class and
 * an ErrorCode enum. The preview (and the tests) have no Excel, so they get the same shape
 * with the error strings Excel shows, and the adapters run exactly as in a workbook.
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

const scope = globalThis as unknown as { CustomFunctions?: unknown };
// The build registers each adapter with associate; here they are called directly instead.
scope.CustomFunctions ??= { Error: CustomFunctionsError, ErrorCode, associate: () => undefined };
