import type { Locale } from '@bazaarche/i18n';
import { data, redirect } from '@remix-run/node';
import { needsRefresh } from './access-token.ts';
import { type ApiCaller, type ApiResult, forwardedFor, getMe, refreshTokens, type CurrentUser } from './api.server.ts';
import { authFormErrors } from './auth-form-errors.ts';
import { formText } from './form-data.ts';
import { mergeGuestCart } from './merge-guest-cart.server.ts';
import { oncePerRequest } from './request-scope.server.ts';
import { safeRedirect } from './safe-redirect.ts';
import { commitSession, destroySession, getSession, readTokens, storeTokens } from './session.server.ts';
import { shareRefreshes } from './shared-refresh.ts';

interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  expiresIn?: number;
}

type RefreshOutcome = { kind: 'renewed'; issued: IssuedTokens } | { kind: 'rejected' } | { kind: 'unavailable' };

const refreshOnce = shareRefreshes(
  async (refreshToken, caller: ApiCaller): Promise<RefreshOutcome> => {
    const result = await refreshTokens(caller, refreshToken);
    if (result.ok) return { kind: 'renewed', issued: result.data };
    const { status } = result.problem;
    // A 4xx other than 429 means the token is spent, revoked or expired: signing in again is the only way on.
    return status >= 400 && status < 500 && status !== 429 ? { kind: 'rejected' } : { kind: 'unavailable' };
  },
  { rememberMs: 60_000, shouldRemember: (outcome) => outcome.kind !== 'unavailable' },
);

/** The request's tokens, renewed when about to expire; `headers` carries the cookie to send back. */
export interface Auth {
  tokens: { accessToken: string; refreshToken: string } | null;
  headers: Headers;
}

export async function getAuth(request: Request): Promise<Auth> {
  const session = await getSession(request);
  const tokens = readTokens(session);
  if (!tokens) return { tokens: null, headers: new Headers() };
  const now = Date.now();
  if (!needsRefresh(tokens.accessExpiresAt, now)) return { tokens, headers: new Headers() };

  const outcome = await refreshOnce(tokens.refreshToken, { forwardedFor: forwardedFor(request) });
  switch (outcome.kind) {
    case 'renewed':
      storeTokens(session, outcome.issued, now);
      return {
        tokens: { accessToken: outcome.issued.accessToken, refreshToken: outcome.issued.refreshToken },
        headers: new Headers({ 'Set-Cookie': await commitSession(session) }),
      };
    case 'rejected':
      return { tokens: null, headers: new Headers({ 'Set-Cookie': await destroySession(session) }) };
    case 'unavailable':
      // Keep the cookie: the next request tries again once the API is back.
      return { tokens: null, headers: new Headers() };
  }
}

export interface Viewer {
  user: CurrentUser | null;
  accessToken: string | null;
  headers: Headers;
}

/**
 * The signed-in person, if any; a token the API no longer accepts ends the session. Read once per
 * request: the root loader and the page's loader both ask.
 */
export async function getViewer(request: Request, locale: Locale): Promise<Viewer> {
  const viewer = await oncePerRequest(`viewer:${locale}`, () => readViewer(request, locale));
  // Each caller adds its own headers to what it is given.
  return { ...viewer, headers: new Headers(viewer.headers) };
}

async function readViewer(request: Request, locale: Locale): Promise<Viewer> {
  const auth = await getAuth(request);
  if (!auth.tokens) return { user: null, accessToken: null, headers: auth.headers };
  const me = await getMe({ locale, accessToken: auth.tokens.accessToken, forwardedFor: forwardedFor(request) });
  if (me.ok) return { user: me.data, accessToken: auth.tokens.accessToken, headers: auth.headers };
  if (me.problem.status !== 401) return { user: null, accessToken: null, headers: auth.headers };
  const session = await getSession(request);
  return { user: null, accessToken: null, headers: new Headers({ 'Set-Cookie': await destroySession(session) }) };
}

/** For pages that need an account: sends everyone else to log in and come back. */
export async function requireUser(request: Request, locale: Locale): Promise<Viewer & { user: CurrentUser; accessToken: string }> {
  const viewer = await getViewer(request, locale);
  if (viewer.user && viewer.accessToken) return { ...viewer, user: viewer.user, accessToken: viewer.accessToken };
  const { pathname, search } = new URL(request.url);
  throw redirect(`/login?${new URLSearchParams({ redirectTo: pathname + search })}`, { headers: viewer.headers });
}

/** Signs the person in with freshly issued tokens: the returned cookie goes on the response. */
async function startSession(request: Request, issued: IssuedTokens): Promise<string> {
  const session = await getSession(request);
  storeTokens(session, issued, Date.now());
  return commitSession(session);
}

/**
 * What the log-in and sign-up forms answer: the form again with the API's errors beside its
 * fields, or on to where the person was going, signed in.
 */
export async function answerSignIn<V>(request: Request, form: FormData, values: V, result: ApiResult<IssuedTokens>, locale: Locale) {
  if (!result.ok) {
    return data({ values, errors: authFormErrors(result.problem, locale) }, { status: result.problem.status || 503 });
  }
  const headers = new Headers({ 'Set-Cookie': await startSession(request, result.data) });
  // What they put in the cart before signing in comes with them.
  const cartCookie = await mergeGuestCart(request, { locale, accessToken: result.data.accessToken, forwardedFor: forwardedFor(request) });
  if (cartCookie) headers.append('Set-Cookie', cartCookie);
  return redirect(safeRedirect(formText(form, 'redirectTo')), { headers });
}

export async function endSession(request: Request): Promise<string> {
  return destroySession(await getSession(request));
}
