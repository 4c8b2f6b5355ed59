import { formatNumber, type Locale } from '@bazaarche/i18n';
import { translator } from '../i18n/translator.ts';
import type { ApiProblem } from './api-problem.ts';

const authFields = ['name', 'email', 'password'] as const;
export type AuthField = (typeof authFields)[number];

export interface AuthFormErrors {
  fields: Partial<Record<AuthField, string>>;
  /** Messages that belong to no single field, shown above the form. */
  form: string[];
}

/** Puts each of the API's objections next to the field it is about, in the page's language. */
export function authFormErrors(problem: ApiProblem, locale: Locale): AuthFormErrors {
  const t = translator(locale);
  if (problem.code === 'email_taken') return { fields: { email: t('error.emailTaken') }, form: [] };
  if (problem.code === 'invalid_credentials') return { fields: {}, form: [t('error.invalidCredentials')] };
  if (problem.status === 429) {
    const wait = problem.retryAfterSeconds;
    return { fields: {}, form: [wait ? t('error.rateLimited', { seconds: formatNumber(wait, locale) }) : t('error.rateLimitedSoon')] };
  }
  if (problem.status === 0 || problem.status >= 500) return { fields: {}, form: [t('error.unavailable')] };

  const fields: AuthFormErrors['fields'] = {};
  const form: string[] = [];
  for (const { field, message } of problem.details) {
    if (isAuthField(field) && !fields[field]) fields[field] = message;
    else form.push(message);
  }
  if (form.length === 0 && Object.keys(fields).length === 0) form.push(problem.message || t('error.generic'));
  return { fields, form };
}

function isAuthField(field: string): field is AuthField {
  return (authFields as readonly string[]).includes(field);
}
