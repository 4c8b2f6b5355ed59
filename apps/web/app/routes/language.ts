import { isLocale } from '@bazaarche/i18n';
import { redirect, type ActionFunctionArgs } from '@remix-run/node';
import { rememberLocale } from '../i18n/locale.server.ts';
import { formText } from '../lib/form-data.ts';
import { safeRedirect } from '../lib/safe-redirect.ts';

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const lang = formText(form, 'lang');
  if (formText(form, 'intent') !== 'set-language' || !isLocale(lang)) {
    throw new Response(null, { status: 400 });
  }
  return redirect(safeRedirect(formText(form, 'redirectTo')), { headers: { 'Set-Cookie': await rememberLocale(lang) } });
}

export const loader = () => redirect('/');
