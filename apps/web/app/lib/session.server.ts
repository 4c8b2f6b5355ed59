import { createCookieSessionStorage, type Session } from '@remix-run/node';
import { serverConfig } from '../config.server.ts';
import { accessTokenExpiry } from './access-token.ts';

export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
  /** Milliseconds since the epoch. */
  accessExpiresAt: number;
}

type AuthSession = Session<Partial<SessionTokens>>;

const thirtyDaysInSeconds = 60 * 60 * 24 * 30;

const storage = createCookieSessionStorage<Partial<SessionTokens>>({
  cookie: {
    name: 'bazaarche_session',
    httpOnly: true,
    sameSite: 'lax',
    secure: serverConfig.secureCookies,
    path: '/',
    secrets: [serverConfig.sessionSecret],
    // Outlives the browser; once the API stops honouring the refresh token the session is cleared.
    maxAge: thirtyDaysInSeconds,
  },
});

export function getSession(request: Request): Promise<AuthSession> {
  return storage.getSession(request.headers.get('Cookie'));
}

export const commitSession = (session: AuthSession) => storage.commitSession(session);
export const destroySession = (session: AuthSession) => storage.destroySession(session);

export function readTokens(session: AuthSession): SessionTokens | null {
  const accessToken = session.get('accessToken');
  const refreshToken = session.get('refreshToken');
  const accessExpiresAt = session.get('accessExpiresAt');
  if (!accessToken || !refreshToken || typeof accessExpiresAt !== 'number') return null;
  return { accessToken, refreshToken, accessExpiresAt };
}

export function storeTokens(
  session: AuthSession,
  issued: { accessToken: string; refreshToken: string; expiresIn?: number },
  now: number,
): void {
  session.set('accessToken', issued.accessToken);
  session.set('refreshToken', issued.refreshToken);
  session.set('accessExpiresAt', accessTokenExpiry(issued.accessToken, issued.expiresIn, now));
}
