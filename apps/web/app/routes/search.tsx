import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { resolveLocale } from '../i18n/locale.server.ts';
import { localeOfMatches, translator } from '../i18n/translator.ts';
import { useT } from '../i18n/use-t.ts';
import { listCategories, type Category } from '../lib/api.server.ts';
import { isolate } from '../lib/bidi.ts';

export const meta: MetaFunction = ({ matches }) => {
  const t = translator(localeOfMatches(matches));
  return [{ title: `${t('search.title')} | ${t('brand.name')}` }];
};

export async function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const query = params.get('q')?.trim() ?? '';
  const slug = params.get('category');
  let tradeName: string | null = null;
  if (slug) {
    const categories = await listCategories({ locale: await resolveLocale(request) });
    tradeName = categories.ok ? (findTrade(categories.data.items, slug)?.name ?? null) : null;
  }
  return { query, tradeName };
}

/** Search itself comes in a later issue; until then the page says so honestly. */
export default function Search() {
  const { query, tradeName } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <section className="page-narrow search-page">
      <h1>{query ? t('search.resultsFor', { query: isolate(query) }) : t('search.title')}</h1>
      {tradeName ? <p className="search-trade">{t('search.inTrade', { trade: isolate(tradeName) })}</p> : null}
      <p className="notice">{query || tradeName ? t('search.comingSoon') : t('search.empty')}</p>
      <Link to="/#trades">{t('search.backHome')}</Link>
    </section>
  );
}

function findTrade(trades: readonly Category[], slug: string): Category | undefined {
  for (const trade of trades) {
    if (trade.slug === slug) return trade;
    const child = findTrade(trade.children, slug);
    if (child) return child;
  }
  return undefined;
}
