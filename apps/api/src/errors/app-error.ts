import type { ErrorCode } from './messages.ts';

export interface AppErrorOptions {
  status: number;
  details?: unknown;
  cause?: unknown;
}

/** The one error type the API throws on purpose; the error handler turns it into the contract's shape. */
export class AppError extends Error {
  override name = 'AppError';
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: unknown;

  constructor(code: ErrorCode, { status, details, cause }: AppErrorOptions) {
    super(code, { cause });
    this.code = code;
    this.status = status;
    this.details = details;
  }
}
