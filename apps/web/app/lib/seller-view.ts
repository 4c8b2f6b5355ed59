import type { Listing, SellerRef } from './catalogue-types.ts';

/** A seller's public page: a shop's by its address, a network's by its id. */
export function sellerPath(seller: Pick<SellerRef, 'kind' | 'id' | 'slug'>): string {
  return seller.kind === 'network' ? `/networks/${seller.id}` : `/shops/${seller.slug}`;
}

/** Whom a buyer deals with for a listing, as the API's cart names them: its network when it has one, else its shop. */
export function listingSeller(listing: Pick<Listing, 'seller' | 'network'>): SellerRef {
  const { seller, network } = listing;
  return network
    ? { kind: 'network', id: network.id, slug: network.slug, shopName: network.name }
    : { kind: 'producer', id: seller.id, slug: seller.slug, shopName: seller.shopName };
}
