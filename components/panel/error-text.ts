/** A thrown error as one line a person can read; the background already words its own errors. */
export function errorText(error: unknown): string {
  return error instanceof Error && error.message ? error.message : 'Something went wrong. Try again.';
}
