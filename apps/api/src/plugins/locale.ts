import { type Locale, negotiateLocale } from '@bazaarche/i18n';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyRequest {
    locale: Locale;
  }
}

export const localePlugin = fp(
  async (app) => {
    app.decorateRequest('locale', 'fa');
    app.addHook('onRequest', async (request, reply) => {
      request.locale = negotiateLocale(request.headers['accept-language']);
      reply.header('Content-Language', request.locale);
      reply.header('Vary', 'Accept-Language');
    });
  },
  { name: 'locale' },
);
