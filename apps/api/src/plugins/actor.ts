import { platformMemberships, producers, users } from '@bazaarche/db';
import { eq, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../errors/app-error.ts';

/** Who the caller is to the marketplace: read from memberships on each request that asks. */
export interface Actor {
  userId: string;
  isAdmin: boolean;
  /**
   * Platform finance: confirms money arriving at the platform's account. An admin holds it too until
   * staff roles are split (a plain admin has always confirmed transfers).
   */
  isFinance: boolean;
  producer: { id: string; status: string } | null;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** preHandler: authenticates when an Authorization header is present, and lets anonymous callers through. */
    authenticateOptional(request: FastifyRequest): Promise<void>;
    /** preHandler behind `authenticate` (the authenticated scope's): 403 unless the caller is an admin, 401 if no session got this far. */
    requireAdmin(request: FastifyRequest): Promise<void>;
    /** preHandler behind `authenticate`: 403 unless the caller is platform finance (an admin counts), 401 if no session got this far. */
    requireFinance(request: FastifyRequest): Promise<void>;
    loadActor(request: FastifyRequest): Promise<Actor | null>;
    /** The actor of a request that has passed `authenticate`. */
    requireActor(request: FastifyRequest): Promise<Actor>;
  }
}

export const actorPlugin = fp(
  async (app) => {
    const db = app.database.db;
    const actors = new WeakMap<FastifyRequest, Promise<Actor | null>>();

    app.decorate('loadActor', (request: FastifyRequest) => {
      let actor = actors.get(request);
      if (!actor) {
        actor = request.user ? readActor(request.user.id) : Promise.resolve(null);
        actors.set(request, actor);
      }
      return actor;
    });

    async function readActor(userId: string): Promise<Actor> {
      // One round trip: this runs on most authenticated requests.
      const [row] = await db
        .select({
          isAdmin: sql<boolean>`exists (select 1 from ${platformMemberships} where ${platformMemberships.userId} = ${users.id} and ${platformMemberships.role} = 'admin')`,
          isFinance: sql<boolean>`exists (select 1 from ${platformMemberships} where ${platformMemberships.userId} = ${users.id} and ${platformMemberships.role} in ('admin', 'finance'))`,
          producerId: producers.id,
          producerStatus: producers.status,
        })
        .from(users)
        .leftJoin(producers, eq(producers.ownerUserId, users.id))
        .where(eq(users.id, userId));
      return {
        userId,
        isAdmin: Boolean(row?.isAdmin),
        isFinance: Boolean(row?.isFinance),
        producer: row?.producerId && row.producerStatus ? { id: row.producerId, status: row.producerStatus } : null,
      };
    }

    app.decorate('requireActor', async (request: FastifyRequest) => {
      const actor = await app.loadActor(request);
      if (!actor) throw new AppError('unauthorized');
      return actor;
    });

    app.decorate('authenticateOptional', async (request: FastifyRequest) => {
      if (request.headers.authorization) await app.authenticate(request);
    });

    // Role checks only: the scope has authenticated the request already, and a second check would cost a second query.
    app.decorate('requireAdmin', async (request: FastifyRequest) => {
      const actor = await app.requireActor(request);
      if (!actor.isAdmin) throw new AppError('forbidden');
    });

    app.decorate('requireFinance', async (request: FastifyRequest) => {
      const actor = await app.requireActor(request);
      if (!actor.isFinance) throw new AppError('forbidden');
    });
  },
  { name: 'actor', dependencies: ['auth', 'database'] },
);
