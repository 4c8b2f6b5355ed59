import { defineMessages, type Locale, translate } from '@bazaarche/i18n';

export interface FieldError {
  field: string;
  code: string;
  message: string;
}

/** One entry of a schema validation failure, as fastify-type-provider-zod reports it. */
export interface ValidationEntry {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}

const messages = defineMessages({
  required: { fa: 'این فیلد لازم است.', en: 'This field is required.' },
  invalid_type: { fa: 'باید {expected} باشد.', en: 'Must be {expected}.' },
  too_short: { fa: 'باید دست‌کم {minimum} نویسه باشد.', en: 'Must be at least {minimum} characters.' },
  too_long: { fa: 'باید حداکثر {maximum} نویسه باشد.', en: 'Must be at most {maximum} characters.' },
  too_small: { fa: 'باید دست‌کم {minimum} باشد.', en: 'Must be at least {minimum}.' },
  too_big: { fa: 'باید حداکثر {maximum} باشد.', en: 'Must be at most {maximum}.' },
  invalid_email: { fa: 'نشانی ایمیل معتبر نیست.', en: 'Must be a valid email address.' },
  invalid_value: { fa: 'باید یکی از این‌ها باشد: {values}', en: 'Must be one of: {values}' },
  unrecognized_key: { fa: 'این فیلد شناخته‌شده نیست.', en: 'This field is not recognised.' },
  invalid: { fa: 'مقدار نامعتبر است.', en: 'This value is not valid.' },
});

const typeNames = defineMessages({
  string: { fa: 'متن', en: 'a string' },
  number: { fa: 'عدد', en: 'a number' },
  int: { fa: 'عدد صحیح', en: 'an integer' },
  boolean: { fa: 'درست یا نادرست', en: 'true or false' },
  object: { fa: 'شیء', en: 'an object' },
  array: { fa: 'فهرست', en: 'a list' },
});

/**
 * Turns schema issues into one message per field, in the request's language, worded for a person
 * filling in a form rather than for a developer reading a parser's output.
 */
export function toFieldErrors(entries: ValidationEntry[], locale: Locale, input: unknown): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const entry of entries) {
    const path = entry.instancePath.replace(/^\//, '').replaceAll('/', '.');
    const issues =
      entry.keyword === 'unrecognized_keys'
        ? ((entry.params.keys as string[] | undefined) ?? []).map((key) => ({
            field: path ? `${path}.${key}` : key,
            code: 'unrecognized_key',
            message: translate(messages.unrecognized_key, locale),
          }))
        : [{ field: path || 'body', code: entry.keyword, message: describe(entry, locale, valueAt(input, entry.instancePath)) }];
    for (const issue of issues) {
      if (seen.has(issue.field)) continue;
      seen.add(issue.field);
      errors.push(issue);
    }
  }
  return errors;
}

// The validator does not report the offending value, so it is looked up in what was sent.
function valueAt(input: unknown, instancePath: string): unknown {
  return instancePath
    .split('/')
    .filter(Boolean)
    .reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), input);
}

function describe({ keyword, params }: ValidationEntry, locale: Locale, value: unknown): string {
  switch (keyword) {
    case 'invalid_type': {
      if (value === undefined || value === null) return translate(messages.required, locale);
      const expected = typeNames[params.expected as keyof typeof typeNames];
      return expected ? translate(messages.invalid_type, locale, { expected: translate(expected, locale) }) : translate(messages.invalid, locale);
    }
    case 'too_small':
      return translate(params.origin === 'string' ? messages.too_short : messages.too_small, locale, { minimum: String(params.minimum) });
    case 'too_big':
      return translate(params.origin === 'string' ? messages.too_long : messages.too_big, locale, { maximum: String(params.maximum) });
    case 'invalid_format':
      return translate(params.format === 'email' ? messages.invalid_email : messages.invalid, locale);
    case 'invalid_value':
      return translate(messages.invalid_value, locale, { values: ((params.values as unknown[]) ?? []).join('، ') });
    default:
      return translate(messages.invalid, locale);
  }
}
