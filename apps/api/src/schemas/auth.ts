import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@bazaarche/domain';
import { locales } from '@bazaarche/i18n';
import { z } from 'zod';
import { profileOrganization } from './organizations.ts';
import { secretText, text } from './primitives.ts';

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

const membership = z.object({ id: z.string(), name: z.string(), role: z.string() });

export const profile = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    locale: z.enum(locales),
    roles: z.array(z.enum(['buyer', 'producer', 'admin', 'finance'])),
    producer: z
      .object({ id: z.string(), slug: z.string(), shopName: z.string(), status: z.enum(['pending', 'approved', 'rejected']) })
      .nullable()
      .meta({ description: 'The shop the user owns, if any' }),
    networks: z.array(membership),
    organizations: z.array(profileOrganization),
    /** Lines in the user's cart, for a count beside the cart link; the cart itself is GET /v1/cart. */
    cartLineCount: z.number().int(),
  })
  .meta({ id: 'Profile' });
