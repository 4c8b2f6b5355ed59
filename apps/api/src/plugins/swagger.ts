import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { ACCESS_TOKEN_TTL_SECONDS } from './auth.ts';
import { finishDocument, type RateLimitFacts } from '../openapi/finish-document.ts';

// Relative: the document is served by the API it describes, wherever that runs (PUBLIC_URL is the web app's).
const thisServer = { url: '/', description: 'The production or local server that serves this document', 'x-internal': false };

/** OpenAPI generated from the same zod schemas that validate requests and responses. */
export const swaggerPlugin = fp<{ rateLimit: RateLimitFacts }>(
  async (app, { rateLimit }) => {
    await app.register(fastifySwagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Bazaarche API',
          description: 'بازارچه — the marketplace for home-made products. Send `Accept-Language: fa` or `en`.',
          version: '1.0.0',
        },
        tags: [
          { name: 'health', description: 'Whether the API and its adapters answer' },
          { name: 'media', description: 'Photo files by content key' },
          { name: 'auth', description: 'Accounts, sessions and the caller’s profile' },
          { name: 'taxonomy', description: 'Provinces and the category tree' },
          { name: 'search', description: 'Finding active listings' },
          { name: 'producers', description: 'Shops: opening, editing and their public pages' },
          { name: 'listings', description: 'Products for sale and their photos' },
          { name: 'cart', description: 'The buyer’s cart' },
          { name: 'orders', description: 'Checkout, orders and their cancellation' },
          { name: 'payments', description: 'Confirming and refunding payments, and Stripe’s events' },
          { name: 'seller', description: 'A seller’s work lists: fulfilments, listings, bulk-order shares' },
          { name: 'ledger', description: 'What the platform holds for, owes and paid each account' },
          { name: 'networks', description: 'Networks of producers and their bulk orders' },
          { name: 'organizations', description: 'Organisations that buy in bulk: hospitals, banks, factories, municipalities' },
          { name: 'admin', description: 'Moderation and payouts, for platform admins' },
        ],
        servers: [thisServer],
        components: {
          securitySchemes: {
            bearer: {
              type: 'http',
              scheme: 'bearer',
              bearerFormat: 'JWT',
              description: `An access token from /v1/auth: a JWS signed with HS256 and verified as RFC8725 advises (the algorithm is pinned, so \`none\` and others are refused; the issuer is checked), valid ${ACCESS_TOKEN_TTL_SECONDS / 60} minutes. A requirement's list names the role the caller must hold.`,
            },
            stripeSignature: {
              type: 'apiKey',
              in: 'header',
              name: 'Stripe-Signature',
              description: 'Stripe’s signature over the raw body with the webhook secret (STRIPE_WEBHOOK_SECRET), checked before anything is read.',
            },
          },
        },
      },
      transform: jsonSchemaTransform,
      transformObject: (input) => finishDocument(jsonSchemaTransformObject(input), rateLimit),
    });
    await app.register(fastifySwaggerUi, { routePrefix: '/docs' });
  },
  { name: 'swagger' },
);
