import type { Locale } from '@bazaarche/i18n';
import { translator } from '../i18n/translator.ts';
import type { ApiProblem } from './api-problem.ts';
import { formErrorsFromProblem, type FormErrors } from './form-errors.ts';

const authFields = ['name', 'email', 'password'] as const;
type AuthField = (typeof authFields)[number];

export type AuthFormErrors = FormErrors<AuthField>;

/** Puts each of the API's objections next to the field it is about, in the page's language. */
export function authFormErrors(problem: ApiProblem, locale: Locale): AuthFormErrors {
  const t = translator(locale);
  if (problem.code === 'email_taken') return { fields: { email: t('error.emailTaken') }, form: [] };
  if (problem.code === 'invalid_credentials') return { fields: {}, form: [t('error.invalidCredentials')] };
  return formErrorsFromProblem(problem, locale, (field) => (isAuthField(field) ? field : null));
}

function isAuthField(field: string): field is AuthField {
  return (authFields as readonly string[]).includes(field);
}
