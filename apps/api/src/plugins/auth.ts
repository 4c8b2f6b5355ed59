import { refreshTokenFamilies } from '@bazaarche/db';
import fastifyJwt from '@fastify/jwt';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../errors/app-error.ts';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
const ISSUER = 'bazaarche';

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: { sub: string; fid: string };
    user: { id: string; familyId: string };
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    /** A preHandler: 401 unless the request carries a valid access token of a live session. */
    authenticate(request: FastifyRequest): Promise<void>;
    signAccessToken(userId: string, familyId: string): string;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (value: unknown): boolean => typeof value === 'string' && UUID.test(value);

export const authPlugin = fp<{ secret: string }>(
  async (app, { secret }) => {
    await app.register(fastifyJwt, {
      secret,
      // One algorithm, stated on both sides: a token claiming `none` or RS256 is refused.
      sign: { algorithm: 'HS256', expiresIn: ACCESS_TOKEN_TTL_SECONDS, iss: ISSUER },
      // fast-jwt checks `exp` and `iss` only when present: a token without them would never expire.
      verify: { algorithms: ['HS256'], allowedIss: ISSUER, requiredClaims: ['exp', 'iss'] },
      formatUser: (payload) => ({ id: payload.sub, familyId: payload.fid }),
    });

    app.decorate('signAccessToken', (userId: string, familyId: string) => app.jwt.sign({ sub: userId, fid: familyId }));

    // Every authenticated request runs this: built once, so drizzle does not rebuild its SQL each time.
    const liveSession = app.database.db
      .select({ id: refreshTokenFamilies.id })
      .from(refreshTokenFamilies)
      .where(
        and(
          eq(refreshTokenFamilies.id, sql.placeholder('familyId')),
          eq(refreshTokenFamilies.userId, sql.placeholder('userId')),
          isNull(refreshTokenFamilies.revokedAt),
        ),
      )
      .prepare('live_session');

    app.decorate('authenticate', async (request: FastifyRequest) => {
      if (!request.headers.authorization) throw new AppError('unauthorized');
      try {
        await request.jwtVerify();
      } catch (cause) {
        throw new AppError('invalid_token', { cause });
      }
      // A signed token is still only as good as its claims: ids that are not UUIDs would fail in the query.
      if (!isUuid(request.user.id) || !isUuid(request.user.familyId)) throw new AppError('invalid_token');
      // Logging out ends the session at once, not when its last access token expires.
      const [live] = await liveSession.execute({ familyId: request.user.familyId, userId: request.user.id });
      if (!live) throw new AppError('invalid_token');
    });
  },
  { name: 'auth', dependencies: ['database'] },
);
