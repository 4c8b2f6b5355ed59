import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@bazaarche/domain';
import { locales } from '@bazaarche/i18n';
import { z } from 'zod';
import { secretText, text } from '../../../schemas/primitives.ts';

const email = text(254).pipe(z.email());
const password = secretText(PASSWORD_MAX_LENGTH, { min: PASSWORD_MIN_LENGTH });

export const registerBody = z
  .object({
    email,
    password,
    name: text(120),
    locale: z.enum(locales).optional(),
  })
  .strict();

export const loginBody = z
  .object({
    // Any text: an address that is not one simply matches no account.
    email: text(254),
    password: secretText(PASSWORD_MAX_LENGTH),
  })
  .strict();

export const refreshBody = z.object({ refreshToken: text(200) }).strict();

export const logoutBody = z.object({ refreshToken: text(200).optional() }).strict().nullish();

const publicUser = z
  .object({ id: z.string(), email: z.string(), name: z.string(), locale: z.enum(locales) })
  .meta({ id: 'User' });

export const sessionTokens = z
  .object({
    accessToken: z.string(),
    refreshToken: z.string(),
    expiresIn: z.number().int().meta({ description: 'Seconds until the access token expires' }),
  })
  .meta({ id: 'SessionTokens' });

export const authResult = z
  .object({ user: publicUser, accessToken: z.string(), refreshToken: z.string(), expiresIn: z.number().int() })
  .meta({ id: 'AuthResult' });
