import { Link } from '@remix-run/react';
import { useT } from '../i18n/use-t.ts';
import type { SellerRef } from '../lib/catalogue-types.ts';
import { sellerPath } from '../lib/seller-view.ts';

/** A seller's name, kept apart from the sentence around it (a Persian name on an English page); a network's carries a badge, so a buyer knows it is not one shop. */
export function SellerName({ seller }: { seller: SellerRef }) {
  const t = useT();
  if (seller.kind !== 'network') return <bdi>{seller.shopName}</bdi>;
  return (
    <>
      <span className="seller-kind">{t('seller.network')}</span> <bdi>{seller.shopName}</bdi>
    </>
  );
}

/** A seller's name leading to their public page: the shop's, or the network's. */
export function SellerLink({ seller, className }: { seller: SellerRef; className?: string }) {
  return (
    <Link to={sellerPath(seller)} className={className} data-seller-kind={seller.kind}>
      <SellerName seller={seller} />
    </Link>
  );
}
