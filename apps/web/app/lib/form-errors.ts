import { formatNumber, type Locale } from '@bazaarche/i18n';
import { translator } from '../i18n/translator.ts';
import type { ApiProblem } from './api-problem.ts';

export interface FormErrors<F extends string = string> {
  fields: Partial<Record<F, string>>;
  /** Messages that belong to no single field, shown above the form. */
  form: string[];
}

/**
 * Puts each of the API's objections next to the field it is about, in the page's language.
 * `fieldOf` names the form field for one of the API's field paths (`title.fa`), or null when the
 * form has no such field and the message goes above the form.
 */
export function formErrorsFromProblem<F extends string>(
  problem: ApiProblem,
  locale: Locale,
  fieldOf: (apiField: string) => F | null,
): FormErrors<F> {
  const t = translator(locale);
  if (problem.status === 429) {
    const wait = problem.retryAfterSeconds;
    return { fields: {}, form: [wait ? t('error.rateLimited', { seconds: formatNumber(wait, locale) }) : t('error.rateLimitedSoon')] };
  }
  if (problem.status === 0 || problem.status >= 500) return { fields: {}, form: [t('error.unavailable')] };

  const fields: FormErrors<F>['fields'] = {};
  const form: string[] = [];
  for (const { field, message } of problem.details) {
    const name = fieldOf(field);
    if (name !== null && !fields[name]) fields[name] = message;
    else if (name === null) form.push(message);
  }
  if (form.length === 0 && Object.keys(fields).length === 0) form.push(problem.message || t('error.generic'));
  return { fields, form };
}

/** The one message to show for a refused action that has no form fields (publish, approve…). */
export function problemMessage(problem: ApiProblem, locale: Locale): string {
  if (problem.status === 0 || problem.status === 429 || problem.status >= 500) {
    return formErrorsFromProblem(problem, locale, () => null).form[0]!;
  }
  return problem.message || problem.details[0]?.message || translator(locale)('error.generic');
}
