import { isLocale, negotiateLocale, type Locale } from '@bazaarche/i18n';
import { createCookie } from '@remix-run/node';
import { serverConfig } from '../config.server.ts';

const oneYearInSeconds = 60 * 60 * 24 * 365;

const languageCookie = createCookie('lang', {
  path: '/',
  sameSite: 'lax',
  httpOnly: true,
  secure: serverConfig.secureCookies,
  maxAge: oneYearInSeconds,
});

/** The language a person chose with the switch, else the one their browser asks for. */
export async function resolveLocale(request: Request): Promise<Locale> {
  const chosen: unknown = await languageCookie.parse(request.headers.get('Cookie'));
  return isLocale(chosen) ? chosen : negotiateLocale(request.headers.get('Accept-Language'));
}

export function rememberLocale(locale: Locale): Promise<string> {
  return languageCookie.serialize(locale);
}
