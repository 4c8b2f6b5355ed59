import { formatNumber } from '@bazaarche/i18n';
import { Link } from '@remix-run/react';
import { useLocale, useT } from '../i18n/use-t.ts';

/** The header's way to the cart, with how many lines it holds; no count when it is not known (the root loader failed). */
export function CartLink({ count }: { count: number | null }) {
  const t = useT();
  const locale = useLocale();
  const label =
    count === null ? t('header.cartLink') : t(count === 1 ? 'header.cartLinkCountOne' : 'header.cartLinkCount', { count: formatNumber(count, locale) });
  return (
    <Link to="/cart" className="cart-link" aria-label={label}>
      <svg className="cart-link-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M3 4h2l2.4 10.2a1.5 1.5 0 0 0 1.5 1.1h8.6a1.5 1.5 0 0 0 1.4-1l2.1-6.3H6.2" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
        <circle cx="9.5" cy="19.5" r="1.5" fill="currentColor" />
        <circle cx="17" cy="19.5" r="1.5" fill="currentColor" />
      </svg>
      <span className="cart-link-text">{t('header.cartLink')}</span>
      {count ? <span className="cart-link-count">{formatNumber(count, locale)}</span> : null}
    </Link>
  );
}
