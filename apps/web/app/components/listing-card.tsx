import { formatMoney } from '@bazaarche/i18n';
import { Link } from '@remix-run/react';
import type { ReactNode } from 'react';
import { listingMessages } from '../i18n/messages/listing.ts';
import { useLocale, useT } from '../i18n/use-t.ts';
import type { ListingSummary } from '../lib/catalogue-types.ts';
import { BrandMark } from './brand-mark.tsx';
import { Picture } from './picture.tsx';
import { SellerLink } from './seller-link.tsx';

interface ListingCardProps {
  listing: ListingSummary;
  /** Where the card leads: the public page for buyers, the editor for its producer. */
  href: string;
  /** Extra rows under the price: a status badge and actions on the dashboard. */
  children?: ReactNode;
  priority?: boolean;
  /** A network listing names its network; the network's own page says it once, above its grid. */
  showNetwork?: boolean;
}

export function ListingCard({ listing, href, children, priority = false, showNetwork = true }: ListingCardProps) {
  const t = useT(listingMessages);
  const locale = useLocale();
  // `name` falls back to the Persian title when there is no English one; say so to the browser.
  const nameLang = locale === 'en' && !listing.title.en ? 'fa' : undefined;
  return (
    <article className="listing-card">
      <Link to={href} className="listing-card-link">
        <div className="listing-card-media">
          {listing.cover ? (
            <Picture
              image={listing.cover}
              // The name right below says what it is, so the photo is not announced twice.
              alt=""
              sizes="(max-width: 40rem) 50vw, (max-width: 72rem) 33vw, 280px"
              priority={priority}
            />
          ) : (
            <span className="listing-card-nophoto">
              <BrandMark />
            </span>
          )}
        </div>
        <h3 className="listing-card-name" lang={nameLang} dir={nameLang ? 'rtl' : undefined}>
          {listing.name}
        </h3>
      </Link>
      <p className="listing-card-price">{formatMoney(listing.priceMinor, listing.currency, locale)}</p>
      {showNetwork && listing.seller.kind === 'network' ? (
        <p className="listing-card-seller">
          <SellerLink seller={listing.seller} />
        </p>
      ) : null}
      {listing.madeToOrder ? (
        <p className="listing-card-note">{t('listing.madeToOrderShort')}</p>
      ) : !listing.inStock ? (
        <p className="listing-card-note">{t('listing.outOfStock')}</p>
      ) : null}
      {children}
    </article>
  );
}
