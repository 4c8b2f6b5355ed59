import { createApiClient } from '@bazaarche/api-client';
import type { Locale } from '@bazaarche/i18n';
import { serverConfig } from '../config.server.ts';
import { problemFromResponse, unreachableProblem, type ApiProblem } from './api-problem.ts';

/** Who is asking: the language the API answers in, the account when signed in, and the visitor's address. */
export interface ApiCaller {
  locale?: Locale;
  accessToken?: string;
  /** The X-Forwarded-For chain server.mjs completed, so the API's per-client limits see the visitor. */
  forwardedFor?: string | undefined;
}

export function forwardedFor(request: Request): string | undefined {
  return request.headers.get('x-forwarded-for') ?? undefined;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; problem: ApiProblem };

export function register(caller: ApiCaller, body: { name: string; email: string; password: string }) {
  return settle(clientFor(caller).POST('/v1/auth/register', { body: { ...body, locale: caller.locale } }));
}

export function logIn(caller: ApiCaller, body: { email: string; password: string }) {
  return settle(clientFor(caller).POST('/v1/auth/login', { body }));
}

export function refreshTokens(caller: ApiCaller, refreshToken: string) {
  return settle(clientFor(caller).POST('/v1/auth/refresh', { body: { refreshToken } }));
}

export function logOut(caller: ApiCaller, refreshToken: string) {
  return settle(clientFor(caller).POST('/v1/auth/logout', { body: { refreshToken } }));
}

export function getMe(caller: ApiCaller) {
  return settle(clientFor(caller).GET('/v1/me'));
}

export function listCategories(caller: ApiCaller) {
  return settle(clientFor(caller).GET('/v1/categories'));
}

export type CurrentUser = Extract<Awaited<ReturnType<typeof getMe>>, { ok: true }>['data'];
export type Category = Extract<Awaited<ReturnType<typeof listCategories>>, { ok: true }>['data']['items'][number];

function clientFor({ locale, accessToken, forwardedFor }: ApiCaller) {
  return createApiClient({ baseUrl: serverConfig.apiUrl, accessToken, locale, forwardedFor });
}

async function settle<T>(pending: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<ApiResult<T>> {
  let outcome: Awaited<typeof pending>;
  try {
    outcome = await pending;
  } catch (error) {
    // fetch rejects with a TypeError only when the API cannot be reached at all.
    if (error instanceof TypeError) return { ok: false, problem: unreachableProblem };
    throw error;
  }
  const { data, error, response } = outcome;
  if (response.ok) return { ok: true, data: data as T };
  return { ok: false, problem: problemFromResponse(response.status, response.headers, error) };
}
