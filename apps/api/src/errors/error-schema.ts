import { z } from 'zod';
import { errorCodes } from './messages.ts';

export const errorBody = z
  .object({
    error: z.object({
      code: z.enum(errorCodes).meta({ example: 'validation_failed' }),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: 'Error' });

/** Response schemas for the error statuses a route can answer with, for validation and OpenAPI alike. */
export function errorResponses<const S extends readonly number[]>(...statuses: S): { [K in S[number]]: typeof errorBody } {
  return Object.fromEntries(statuses.map((status) => [status, errorBody])) as { [K in S[number]]: typeof errorBody };
}
