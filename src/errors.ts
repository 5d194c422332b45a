/**
 * A known failure: a stable code for logs and tests, an internal message, and what the user should read
 * (ephemeral in Slack, on stderr for the CLI). Unknown errors never reach users verbatim.
 */
export class AppError extends Error {
  readonly code: string;
  readonly userMessage: string;

  constructor(code: string, options: { message?: string; userMessage: string; cause?: unknown }) {
    super(options.message ?? options.userMessage, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.userMessage = options.userMessage;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** An error's message for a log line or a job's last error: the message of an Error, the value of anything else. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
