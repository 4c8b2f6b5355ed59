import { type Executor, listings } from '@bazaarche/db';
import type { ListingStatus } from '@bazaarche/domain';
import type { Locale } from '@bazaarche/i18n';
import type { Storage } from '@bazaarche/media';
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import type { Actor } from '../../plugins/actor.ts';
import { type Page, pageOfListings } from './list-listings.ts';
import { presentListingSummaries } from './present-listing.ts';

/** A page of the caller's own shop's listings, optionally in one status; 403 `no_shop` without a shop. */
export async function listSellerListings(db: Executor, actor: Actor, { page, perPage, status }: Page & { status?: ListingStatus | undefined }, locale: Locale, storage: Storage) {
  if (!actor.producer) throw new AppError('no_shop');
  const { rows, total } = await pageOfListings(db, and(eq(listings.producerId, actor.producer.id), status ? eq(listings.status, status) : undefined), { page, perPage });
  return { items: await presentListingSummaries(db, rows, locale, storage), total, page, perPage };
}
