import { Link } from '@remix-run/react';
import { useT } from '../i18n/use-t.ts';
import { AccountMenu, type Account } from './account-menu.tsx';
import { BrandMark } from './brand-mark.tsx';
import { CartLink } from './cart-link.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { SearchBox } from './search-box.tsx';

export function SiteHeader({ account, cartCount }: { account: Account | null; cartCount: number | null }) {
  const t = useT();
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link to="/" className="brand" aria-label={t('nav.home')}>
          <BrandMark />
          <span className="brand-text">
            <span className="brand-name">{t('brand.name')}</span>
            <span className="brand-tagline">{t('brand.tagline')}</span>
          </span>
        </Link>
        <SearchBox />
        <div className="header-actions">
          <LanguageSwitch />
          <CartLink count={cartCount} />
          <AccountMenu account={account} />
        </div>
      </div>
    </header>
  );
}
