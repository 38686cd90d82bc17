/** Exit codes of cli.md. */
export const exitCodes = {
  ok: 0,
  inputErrors: 1,
  usage: 2,
  internal: 70,
} as const;

/**
 * A mistake in how the command was used (missing file, unwritable directory, bad flag value):
 * exit 2 with one line saying what to do. Never a stack trace.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
