import { formatNumber } from '@bazaarche/i18n';
import type { ActionFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from '@remix-run/react';
import { FormAlert } from '../components/form-alert.tsx';
import { TextField } from '../components/text-field.tsx';
import { authMessages } from '../i18n/messages/auth.ts';
import { resolveLocale } from '../i18n/locale.server.ts';
import { localeOfMatches, translator } from '../i18n/translator.ts';
import { useLocale, useT } from '../i18n/use-t.ts';
import { forwardedFor, register } from '../lib/api.server.ts';
import { answerSignIn } from '../lib/auth.server.ts';
import { passwordLength } from '../lib/contract.server.ts';
import { formText } from '../lib/form-data.ts';

export const meta: MetaFunction = ({ matches }) => {
  const t = translator(localeOfMatches(matches), authMessages);
  return [{ title: `${t('register.title')} | ${t('brand.name')}` }];
};

/** The password's minimum as sign-up checks it, so the form can say it before the API refuses. */
export function loader() {
  return { passwordMinLength: passwordLength.min };
}

export async function action({ request }: ActionFunctionArgs) {
  const locale = await resolveLocale(request);
  const form = await request.formData();
  const values = { name: formText(form, 'name').trim(), email: formText(form, 'email').trim() };
  const result = await register({ locale, forwardedFor: forwardedFor(request) }, { ...values, password: formText(form, 'password') });
  return answerSignIn(request, form, values, result, locale);
}

export default function Register() {
  const { passwordMinLength } = useLoaderData<typeof loader>();
  const t = useT(authMessages);
  const locale = useLocale();
  const answer = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const redirectTo = searchParams.get('redirectTo') ?? '/';
  const sending = useNavigation().state === 'submitting';
  const errors = answer?.errors;
  return (
    <section className="auth-card">
      <h1>{t('register.title')}</h1>
      <p className="auth-lead">{t('register.lead')}</p>
      <FormAlert messages={errors?.form ?? []} />
      <Form method="post" className="auth-form" noValidate>
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <TextField
          name="name"
          label={t('field.name')}
          autoComplete="name"
          required
          defaultValue={answer?.values.name}
          error={errors?.fields.name}
        />
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
          autoComplete="new-password"
          required
          minLength={passwordMinLength}
          hint={t('field.passwordHint', { min: formatNumber(passwordMinLength, locale) })}
          error={errors?.fields.password}
        />
        <button type="submit" className="button button-primary button-block" disabled={sending}>
          {sending ? t('form.sending') : t('register.submit')}
        </button>
      </Form>
      <p className="auth-switch">
        {t('register.haveAccount')} <Link to={`/login?${new URLSearchParams({ redirectTo })}`}>{t('account.login')}</Link>
      </p>
    </section>
  );
}
