import { formatNumber } from '@bazaarche/i18n';
import { Link, useLocation } from '@remix-run/react';
import { useLocale, useT } from '../i18n/use-t.ts';

/** Previous and next links over a paged list; nothing when it fits on one page. */
export function Pager({ page, perPage, total }: { page: number; perPage: number; total: number }) {
  const t = useT();
  const locale = useLocale();
  const { pathname, search } = useLocation();
  const pages = Math.max(1, Math.ceil(total / perPage));
  if (pages <= 1) return null;
  const to = (target: number) => {
    const params = new URLSearchParams(search);
    params.set('page', String(target));
    return `${pathname}?${params}`;
  };
  return (
    <nav className="pager" aria-label={t('pager.label')}>
      {page > 1 ? (
        <Link to={to(page - 1)} rel="prev" className="button button-small">
          {t('pager.previous')}
        </Link>
      ) : null}
      <span className="pager-position">{t('pager.position', { page: formatNumber(page, locale), pages: formatNumber(pages, locale) })}</span>
      {page < pages ? (
        <Link to={to(page + 1)} rel="next" className="button button-small">
          {t('pager.next')}
        </Link>
      ) : null}
    </nav>
  );
}
