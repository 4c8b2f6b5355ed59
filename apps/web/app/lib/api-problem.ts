interface FieldProblem {
  field: string;
  message: string;
}

/** Why the API said no, in one shape whatever the cause; status 0 means it could not be reached. */
export interface ApiProblem {
  status: number;
  code: string;
  message: string;
  details: FieldProblem[];
  retryAfterSeconds: number | undefined;
}

export const unreachableProblem: ApiProblem = {
  status: 0,
  code: 'api_unreachable',
  message: '',
  details: [],
  retryAfterSeconds: undefined,
};

/** Reads the API's `{ error: { code, message, details? } }`, tolerating bodies that are not ours (a proxy's 502). */
export function problemFromResponse(status: number, headers: Headers, body: unknown): ApiProblem {
  const error = isRecord(body) && isRecord(body.error) ? body.error : {};
  return {
    status,
    code: typeof error.code === 'string' ? error.code : `http_${status}`,
    message: typeof error.message === 'string' ? error.message : '',
    details: Array.isArray(error.details) ? error.details.filter(isFieldProblem) : [],
    retryAfterSeconds: parseRetryAfter(headers.get('Retry-After')),
  };
}

function parseRetryAfter(value: string | null): number | undefined {
  if (!value || !/^\d+$/.test(value.trim())) return undefined;
  return Number(value);
}

function isFieldProblem(value: unknown): value is FieldProblem {
  return isRecord(value) && typeof value.field === 'string' && typeof value.message === 'string';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
