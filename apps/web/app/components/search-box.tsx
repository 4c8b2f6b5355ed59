import { Form, useSearchParams } from '@remix-run/react';
import { useT } from '../i18n/use-t.ts';

export function SearchBox() {
  const t = useT();
  const [searchParams] = useSearchParams();
  const query = searchParams.get('q') ?? '';
  return (
    <Form method="get" action="/search" role="search" className="search-box">
      <label htmlFor="site-search" className="visually-hidden">
        {t('search.label')}
      </label>
      {/* Keyed by the query so the box follows back/forward navigation between searches. */}
      <input key={query} id="site-search" type="search" name="q" defaultValue={query} placeholder={t('search.placeholder')} />
      <button type="submit">{t('search.submit')}</button>
    </Form>
  );
}
