import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from './schema.d.ts';

export type { components, paths };
export type Schemas = components['schemas'];
export type ApiClient = Client<paths>;

export interface ApiClientOptions {
  baseUrl: string;
  accessToken?: string | undefined;
  locale?: 'fa' | 'en';
  /** The visitor's address chain when calling on their behalf, so that per-client limits see them, not us. */
  forwardedFor?: string | undefined;
  fetch?: typeof globalThis.fetch;
}

/** A client for the Bazaarche API whose paths, bodies and responses are typed from its OpenAPI document. */
export function createApiClient({ baseUrl, accessToken, locale = 'fa', forwardedFor, fetch }: ApiClientOptions): ApiClient {
  const headers: Record<string, string> = { 'accept-language': locale };
  if (accessToken) headers.authorization = `Bearer ${accessToken}`;
  if (forwardedFor) headers['x-forwarded-for'] = forwardedFor;
  return createClient<paths>({ baseUrl, headers, ...(fetch ? { fetch } : {}) });
}
