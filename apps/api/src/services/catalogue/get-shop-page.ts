import { type Executor, listings, producers } from '@bazaarche/db';
import type { Locale } from '@bazaarche/i18n';
import type { Storage } from '@bazaarche/media';
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import type { Actor } from '../../plugins/actor.ts';
import { pageOfListings } from './list-listings.ts';
import { presentListingSummaries } from './present-listing.ts';
import { presentProducer } from './present-producer.ts';

/**
 * A shop's page by its slug with its active listings: an approved shop for anyone, any shop for its
 * owner and admins, who alone see its licence number, payout details and a rejection's reason.
 */
export async function getShopPage(db: Executor, slug: string, actor: Actor | null, locale: Locale, { currency, storage }: { currency: string; storage: Storage }) {
  const [row] = await db.select().from(producers).where(eq(producers.slug, slug));
  const mayManage = actor && (actor.isAdmin || row?.ownerUserId === actor.userId);
  if (!row || (row.status !== 'approved' && !mayManage)) throw new AppError('producer_not_found');
  const { licenseNo, rejectionReason, payoutSheba, stripeAccountId, approvedAt: _approved, ...shop } = await presentProducer(db, row, locale, currency);
  const { rows } = await pageOfListings(db, and(eq(listings.producerId, row.id), eq(listings.status, 'active')), { page: 1, perPage: 100 });
  return {
    ...shop,
    ...(mayManage && { licenseNo, rejectionReason, payoutSheba, stripeAccountId }),
    licensed: Boolean(licenseNo),
    listings: await presentListingSummaries(db, rows, locale, storage),
  };
}
