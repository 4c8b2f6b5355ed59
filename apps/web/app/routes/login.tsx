import type { ActionFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useNavigation, useSearchParams } from '@remix-run/react';
import { FormAlert } from '../components/form-alert.tsx';
import { TextField } from '../components/text-field.tsx';
import { authMessages } from '../i18n/messages/auth.ts';
import { resolveLocale } from '../i18n/locale.server.ts';
import { localeOfMatches, translator } from '../i18n/translator.ts';
import { useT } from '../i18n/use-t.ts';
import { forwardedFor, logIn } from '../lib/api.server.ts';
import { answerSignIn } from '../lib/auth.server.ts';
import { formText } from '../lib/form-data.ts';

export const meta: MetaFunction = ({ matches }) => {
  const t = translator(localeOfMatches(matches), authMessages);
  return [{ title: `${t('login.title')} | ${t('brand.name')}` }];
};

export async function action({ request }: ActionFunctionArgs) {
  const locale = await resolveLocale(request);
  const form = await request.formData();
  const values = { email: formText(form, 'email').trim() };
  const result = await logIn({ locale, forwardedFor: forwardedFor(request) }, { ...values, password: formText(form, 'password') });
  return answerSignIn(request, form, values, result, locale);
}

export default function Login() {
  const t = useT(authMessages);
  const answer = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const redirectTo = searchParams.get('redirectTo') ?? '/';
  const sending = useNavigation().state === 'submitting';
  const errors = answer?.errors;
  return (
    <section className="auth-card">
      <h1>{t('login.title')}</h1>
      <p className="auth-lead">{t('login.lead')}</p>
      <FormAlert messages={errors?.form ?? []} />
      <Form method="post" className="auth-form" noValidate>
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <TextField
          name="email"
          type="email"
          dir="ltr"
          label={t('field.email')}
          autoComplete="email"
          required
          defaultValue={answer?.values.email}
          error={errors?.fields.email}
        />
        <TextField
          name="password"
          type="password"
          dir="ltr"
          label={t('field.password')}
          autoComplete="current-password"
          required
          error={errors?.fields.password}
        />
        <button type="submit" className="button button-primary button-block" disabled={sending}>
          {sending ? t('form.sending') : t('login.submit')}
        </button>
      </Form>
      <p className="auth-switch">
        {t('login.noAccount')} <Link to={`/register?${new URLSearchParams({ redirectTo })}`}>{t('account.register')}</Link>
      </p>
    </section>
  );
}
