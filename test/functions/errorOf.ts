/** The single error a failed call returns, as Excel would show it. */
export function errorOf(result: unknown[][]): { code: string; message?: string } {
  expect(result).toHaveLength(1);
  expect(result[0]).toHaveLength(1);
  const e = result[0][0];
  expect(e).toBeInstanceOf(CustomFunctions.Error);
  return e as { code: string; message?: string };
}
