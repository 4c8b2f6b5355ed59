import { MinorUnitsOverflowError } from '@bazaarche/domain';
import { translate } from '@bazaarche/i18n';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../errors/app-error.ts';
import { localizeFieldIssues, toFieldErrors } from '../errors/field-errors.ts';
import { type ErrorCode, errorMessages, errorStatus } from '../errors/messages.ts';

/** One place where anything thrown becomes `{ error: { code, message, details? } }` in the caller's language. */
export const errorsPlugin = fp(
  async (app) => {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      if (error instanceof AppError) {
        const details = error.fields ? localizeFieldIssues(error.fields, request.locale) : error.details;
        return send(reply, request, error.code, details);
      }
      if (hasZodFastifySchemaValidationErrors(error)) {
        const sources = { body: request.body, querystring: request.query, params: request.params, headers: request.headers };
        const input = sources[error.validationContext ?? 'body'];
        return send(reply, request, 'validation_failed', toFieldErrors(error.validation, request.locale, input));
      }
      // Only rows stored before input was bounded can get here: the request cannot be done, the server is fine.
      if (error instanceof MinorUnitsOverflowError) return send(reply, request, 'total_too_large');
      if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return send(reply, request, 'unsupported_media_type');
      if (error.statusCode === 413) return send(reply, request, 'payload_too_large');
      if (error.statusCode === 429) return send(reply, request, 'rate_limited');
      if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
        return send(reply, request, error.statusCode === 404 ? 'not_found' : 'malformed_request');
      }
      request.log.error({ err: error }, 'unhandled error');
      return send(reply, request, 'internal');
    });
    app.setNotFoundHandler((request, reply) => send(reply, request, 'not_found'));
  },
  { name: 'errors', dependencies: ['locale'] },
);

function send(reply: FastifyReply, request: FastifyRequest, code: ErrorCode, details?: unknown) {
  const message = translate(errorMessages[code], request.locale);
  return reply.status(errorStatus[code]).send({ error: details === undefined ? { code, message } : { code, message, details } });
}
