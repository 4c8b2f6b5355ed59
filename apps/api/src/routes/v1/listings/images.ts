import type { Storage } from '@bazaarche/media';
import { type FastifyPluginAsyncZod, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../errors/app-error.ts';
import { errorResponses } from '../../../errors/error-schema.ts';
import { altBody, idParams, image, imageOrderBody, imagesResponse, imageUploadForm, listingImageParams, multipartAlt } from '../../../schemas/catalogue.ts';
import { addListingImage } from '../../../services/catalogue/add-listing-image.ts';
import { removeListingImage, reorderListingImages, updateImageAlt } from '../../../services/catalogue/manage-listing-images.ts';
import { presentImage, presentListing } from '../../../services/catalogue/present-listing.ts';

export const listingImageRoutes: FastifyPluginAsyncZod<{ storage: Storage }> = async (app, { storage }) => {
  const db = app.database.db;
  const tags = ['listings'];
  const security = [{ bearer: [] }];

  app.post(
    '/listings/:id/images',
    {
      // The multipart parts are streamed and checked in the handler; the body schema is for OpenAPI only.
      validatorCompiler: (route) => (route.httpPart === 'body' ? (data: unknown) => ({ value: data }) : validatorCompiler(route as unknown as Parameters<typeof validatorCompiler>[0])),
      schema: {
        tags,
        security,
        params: idParams,
        consumes: ['multipart/form-data'],
        body: imageUploadForm,
        description:
          'Multipart form: `file` (JPEG, PNG, WebP or AVIF, at most 15 MB; the type is read from the bytes), optional `altFa` and `altEn`. ' +
          'The photo is oriented, stripped of all metadata and stored as WebP and AVIF at 320, 640 and 1280 px wide (never upscaled).',
        response: { 201: image, ...errorResponses(400, 401, 403, 404, 409, 413, 415, 422) },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) throw new AppError('unsupported_media_type');
      let file: Buffer | undefined;
      const alt: { fa?: string; en?: string } = {};
      try {
        for await (const part of request.parts()) {
          if (part.type === 'file') {
            if (part.fieldname !== 'file' || file) {
              await part.toBuffer();
              continue;
            }
            file = await part.toBuffer();
          } else if (part.fieldname === 'altFa' || part.fieldname === 'altEn') {
            // Multipart fields pass no schema on the way in, so the same text rule is applied here.
            const parsed = multipartAlt.safeParse(String(part.value));
            if (!parsed.success) {
              const tooLong = parsed.error.issues.some((issue) => issue.code === 'too_big');
              throw AppError.invalid({ field: part.fieldname, code: tooLong ? 'alt_too_long' : 'invalid_characters' });
            }
            alt[part.fieldname === 'altFa' ? 'fa' : 'en'] = parsed.data;
          }
        }
      } catch (error) {
        // Our own refusals and the plugin's limit errors (413) keep their status; the parser's plain errors (no boundary, cut-off body) are the sender's malformed request.
        if (error instanceof AppError || (error as { statusCode?: number }).statusCode) throw error;
        throw new AppError('malformed_request', { cause: error });
      }
      if (!file || file.length === 0) throw new AppError('file_missing');
      const created = await addListingImage(db, storage, await app.requireActor(request), request.params.id, file, alt);
      return reply.status(201).send(presentImage(created, storage));
    },
  );

  app.patch(
    '/listings/:id/images/:imageId',
    { schema: { tags, security, params: listingImageParams, body: altBody, response: { 200: image, ...errorResponses(400, 401, 403, 404, 422) } } },
    async (request) => presentImage(await updateImageAlt(db, await app.requireActor(request), request.params.id, request.params.imageId, request.body.alt), storage),
  );

  app.delete(
    '/listings/:id/images/:imageId',
    {
      schema: { tags, security, params: listingImageParams, response: { 204: z.null().meta({ description: 'Removed' }), ...errorResponses(401, 403, 404, 422) } },
    },
    async (request, reply) => {
      await removeListingImage(db, storage, await app.requireActor(request), request.params.id, request.params.imageId);
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/listings/:id/images/order',
    {
      schema: { tags, security, params: idParams, body: imageOrderBody, response: { 200: imagesResponse, ...errorResponses(400, 401, 403, 404, 422) } },
    },
    async (request) => {
      await reorderListingImages(db, await app.requireActor(request), request.params.id, request.body.imageIds);
      return { items: (await presentListing(db, request.params.id, request.locale, storage)).images };
    },
  );
};
