import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@bazaarche/domain';
import { locales } from '@bazaarche/i18n';
import { z } from 'zod';

const email = z.string().trim().pipe(z.email().max(254));
const password = z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH);

export const registerBody = z
  .object({
    email,
    password,
    name: z.string().trim().min(1).max(120),
    locale: z.enum(locales).optional(),
  })
  .strict();

export const loginBody = z
  .object({
    email: z.string().min(1).max(254),
    password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  })
  .strict();

export const refreshBody = z.object({ refreshToken: z.string().min(1).max(200) }).strict();

export const logoutBody = z.object({ refreshToken: z.string().min(1).max(200).optional() }).strict().nullish();

export const publicUser = z
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
