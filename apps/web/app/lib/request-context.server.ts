import type { Locale } from '@bazaarche/i18n';
import { redirect } from '@remix-run/node';
import { resolveLocale } from '../i18n/locale.server.ts';
import { type ApiCaller, callerFor, type CurrentUser } from './api.server.ts';
import { getAuth, getViewer, requireUser } from './auth.server.ts';

export interface VisitorContext {
  locale: Locale;
  user: CurrentUser | null;
  /** Calls the API as the visitor: with their token when signed in, so owners see their own drafts. */
  caller: ApiCaller;
  /** A renewed session cookie to send back, if any. */
  headers: Headers;
}

export async function visitorContext(request: Request): Promise<VisitorContext> {
  const locale = await resolveLocale(request);
  const viewer = await getViewer(request, locale);
  return { locale, user: viewer.user, caller: callerFor(request, locale, viewer.accessToken), headers: viewer.headers };
}

/** For pages that need an account: everyone else is sent to log in and come back. */
export async function signedInContext(request: Request): Promise<VisitorContext & { user: CurrentUser }> {
  const locale = await resolveLocale(request);
  const viewer = await requireUser(request, locale);
  return { locale, user: viewer.user, caller: callerFor(request, locale, viewer.accessToken), headers: viewer.headers };
}

/**
 * For an action that only needs to call the API as the signed-in person, not to know who they are:
 * the session's token without asking the API for the viewer. Without a session, on to log in; the
 * API's 401 for a token it no longer accepts is for the action to answer with `toLogIn`.
 */
export async function sessionContext(request: Request): Promise<Omit<VisitorContext, 'user'>> {
  const locale = await resolveLocale(request);
  const auth = await getAuth(request);
  if (!auth.tokens) throw toLogIn(request, auth.headers);
  return { locale, caller: callerFor(request, locale, auth.tokens.accessToken), headers: auth.headers };
}

/** The way to log in and come back to this page. */
export function toLogIn(request: Request, headers: Headers): Response {
  const { pathname, search } = new URL(request.url);
  return redirect(`/login?${new URLSearchParams({ redirectTo: pathname + search })}`, { headers });
}

/** Pages for admins only; to anyone else they do not exist. */
export async function adminContext(request: Request): Promise<VisitorContext & { user: CurrentUser }> {
  const context = await signedInContext(request);
  if (!context.user.roles.includes('admin')) throw new Response(null, { status: 404, headers: context.headers });
  return context;
}

/** Pages for the platform's money (transfers to confirm, payouts): finance, which every admin is too (decision 018). */
export async function financeContext(request: Request): Promise<VisitorContext & { user: CurrentUser }> {
  const context = await signedInContext(request);
  if (!isFinance(context.user.roles)) throw new Response(null, { status: 404, headers: context.headers });
  return context;
}

export function isFinance(roles: readonly string[]): boolean {
  return roles.includes('finance') || roles.includes('admin');
}

/** The `page` query parameter as a page number, 1 when missing or nonsense. */
export function pageParam(request: Request): number {
  const page = Number(new URL(request.url).searchParams.get('page'));
  return Number.isSafeInteger(page) && page >= 1 ? page : 1;
}
