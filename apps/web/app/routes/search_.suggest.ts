import type { LoaderFunctionArgs } from '@remix-run/node';
import { resolveLocale } from '../i18n/locale.server.ts';
import { callerFor, suggestListings } from '../lib/api.server.ts';
import { suggestQuery } from '../lib/combobox.ts';
import type { Suggestion } from '../lib/suggestion.ts';

/** Titles for the header search box as someone types, fetched by its script: `{ items: Suggestion[] }`. */
export async function loader({ request }: LoaderFunctionArgs) {
  const locale = await resolveLocale(request);
  const q = suggestQuery(new URL(request.url).searchParams.get('q') ?? '');
  const headers = { 'Cache-Control': 'private, max-age=60', Vary: 'Cookie, Accept-Language' };
  if (q === null) return Response.json({ items: [] satisfies Suggestion[] }, { headers });
  const result = await suggestListings(callerFor(request, locale), q);
  if (!result.ok) {
    // The box simply shows no suggestions; the search itself still works.
    return Response.json({ items: [] satisfies Suggestion[] }, { status: result.problem.status === 422 ? 422 : 503 });
  }
  const items: Suggestion[] = result.data.items.map((item) => ({
    id: item.id,
    title: item.title,
    // The API falls back to the Persian title when there is no English one.
    lang: locale === 'en' && item.titleEn ? 'en' : 'fa',
  }));
  return Response.json({ items }, { headers });
}
