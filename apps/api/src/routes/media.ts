import { isValidKey, type Storage } from '@bazaarche/media';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';
import { errorResponses } from '../errors/error-schema.ts';
import { mediaParams } from '../schemas/media.ts';

/** Photo files by content key: a key names its bytes forever, so browsers and CDNs may keep them for good. */
export const mediaRoutes: FastifyPluginAsyncZod<{ storage: Storage }> = async (app, { storage }) => {
  app.get(
    '/media/*',
    {
      schema: {
        tags: ['media'],
        params: mediaParams,
        response: { 200: z.any().meta({ description: 'The file' }), 304: z.null().meta({ description: 'Not modified' }), ...errorResponses(404) },
      },
    },
    async (request, reply) => {
      const key = request.params['*'];
      const object = isValidKey(key) ? await storage.get(key) : undefined;
      if (!object) throw new AppError('not_found');
      const etag = `"${key.split('/').pop()!.split('.')[0]}"`;
      if (request.headers['if-none-match'] === etag) return reply.status(304).send(null);
      return reply
        .header('Content-Type', object.contentType)
        .header('Cache-Control', 'public, max-age=31536000, immutable')
        .header('ETag', etag)
        .header('X-Content-Type-Options', 'nosniff')
        .send(object.bytes);
    },
  );
};
