import type { FieldIssue } from './field-errors.ts';
import { type ErrorCode, errorStatus } from './messages.ts';

export interface AppErrorOptions {
  details?: unknown;
  /** Field problems, translated into the caller's language by the error handler. */
  fields?: FieldIssue[];
  cause?: unknown;
}

/** The one error type the API throws on purpose; the error handler turns it into the contract's shape. */
export class AppError extends Error {
  override name = 'AppError';
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: unknown;
  readonly fields: FieldIssue[] | undefined;

  constructor(code: ErrorCode, { details, fields, cause }: AppErrorOptions = {}) {
    super(code, { cause });
    this.code = code;
    this.status = errorStatus[code];
    this.details = details;
    this.fields = fields;
  }

  /** 422 for input the schema accepted but the data refuses, e.g. a trade that does not exist. */
  static invalid(...issues: FieldIssue[]): AppError {
    return new AppError('validation_failed', { fields: issues });
  }
}
