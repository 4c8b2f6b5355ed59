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
  /** A schema may name one of the codes below as its error (`{ error: 'invalid_characters' }`). */
  message?: string;
}

const messages = defineMessages({
  required: { fa: 'این فیلد لازم است.', en: 'This field is required.' },
  invalid_type: { fa: 'باید {expected} باشد.', en: 'Must be {expected}.' },
  too_short: { fa: 'باید دست‌کم {minimum} نویسه باشد.', en: 'Must be at least {minimum} characters.' },
  too_long: { fa: 'باید حداکثر {maximum} نویسه باشد.', en: 'Must be at most {maximum} characters.' },
  too_small: { fa: 'باید دست‌کم {minimum} باشد.', en: 'Must be at least {minimum}.' },
  too_big: { fa: 'باید حداکثر {maximum} باشد.', en: 'Must be at most {maximum}.' },
  invalid_email: { fa: 'نشانی ایمیل معتبر نیست.', en: 'Must be a valid email address.' },
  invalid_date: { fa: 'تاریخ باید روزی واقعی باشد، به شکل سال-ماه-روز میلادی (مانند 2026-03-21).', en: 'Must be a real day written YYYY-MM-DD (like 2026-03-21).' },
  date_in_past: { fa: 'این روز گذشته است؛ امروز یا روزی پس از آن را برگزینید.', en: 'This day is past: choose today or a later day.' },
  date_too_far: { fa: 'این روز بیش از {value} سال پس از امروز است.', en: 'This day is more than {value} years from today.' },
  invalid_value: { fa: 'باید یکی از این‌ها باشد: {values}', en: 'Must be one of: {values}' },
  unrecognized_key: { fa: 'این فیلد شناخته‌شده نیست.', en: 'This field is not recognised.' },
  invalid: { fa: 'مقدار نامعتبر است.', en: 'This value is not valid.' },
  unknown_category: { fa: 'این رشته وجود ندارد: {value}', en: 'No such trade: {value}' },
  category_not_leaf: { fa: 'یکی از زیررشته‌های «{value}» را انتخاب کنید.', en: 'Choose one of the trades under "{value}".' },
  unknown_province: { fa: 'این استان وجود ندارد: {value}', en: 'No such province: {value}' },
  duplicate_sku: { fa: 'این کد کالا تکراری است: {value}', en: 'This SKU is used twice: {value}' },
  stock_and_made_to_order: { fa: 'محصول یا موجودی دارد یا سفارشی ساخته می‌شود، نه هر دو.', en: 'A listing is either in stock or made to order, not both.' },
  stock_or_made_to_order_required: { fa: 'موجودی یا زمان ساخت سفارشی را مشخص کنید.', en: 'Give a stock quantity or a made-to-order processing time.' },
  variant_stock_required: { fa: 'موجودی هر گونه را مشخص کنید.', en: 'Give the stock of every variant.' },
  variant_stock_with_made_to_order: { fa: 'گونه‌های محصول سفارشی موجودی ندارند.', en: 'Variants of a made-to-order listing have no stock.' },
  listing_stock_with_variants: { fa: 'وقتی محصول گونه دارد، موجودی برای هر گونه جدا ثبت می‌شود.', en: 'With variants, stock is given per variant.' },
  invalid_mobile: { fa: 'شمارهٔ همراه معتبر نیست (مانند ۰۹۱۲۳۴۵۶۷۸۹).', en: 'Must be a valid Iranian mobile number (like 09123456789).' },
  invalid_postal_code: { fa: 'کد پستی باید ۱۰ رقم باشد.', en: 'The postal code must have 10 digits.' },
  variant_required: { fa: 'یکی از گونه‌های این محصول را انتخاب کنید.', en: 'Choose one of this listing\'s variants.' },
  unknown_variant: { fa: 'این گونه متعلق به این محصول نیست.', en: 'This variant does not belong to this listing.' },
  below_minimum: { fa: 'حداقل سفارش این محصول {value} عدد است.', en: 'The minimum order for this listing is {value}.' },
  invalid_sheba: { fa: 'شمارهٔ شبا معتبر نیست (IR و ۲۴ رقم).', en: 'Not a valid Sheba number (IR and 24 digits).' },
  producer_not_eligible: { fa: 'این غرفه وجود ندارد یا هنوز تأیید نشده است.', en: 'This shop does not exist or is not approved yet.' },
  not_a_member: { fa: 'این تولیدکننده عضو فعال این شبکه نیست.', en: 'This producer is not an active member of this network.' },
  cod_not_accepted: {
    fa: 'همهٔ غرفه‌های این سفارش پرداخت در محل را نمی‌پذیرند؛ روش دیگری برگزینید.',
    en: 'Not every shop in this order takes cash on delivery; choose another way to pay.',
  },
  reference_mismatch: {
    fa: 'این شناسه با شناسهٔ پرداخت این سفارش یکی نیست.',
    en: 'This does not match the payment reference of this order.',
  },
  wrong_currency: { fa: 'واحد پول این بازارچه {value} است؛ مبلغ را به {value} بنویسید.', en: 'This marketplace trades in {value}: give the amount in {value}.' },
  invalid_characters: {
    fa: 'این متن نویسه‌هایی دارد که نمی‌توان ذخیره کرد (مانند نویسهٔ تهی یا نیمهٔ تنهای یک جفت جانشین).',
    en: 'This text has characters that cannot be stored (such as a NUL or half of a surrogate pair).',
  },
  control_characters: { fa: 'این متن نباید شکست سطر یا نویسهٔ کنترلی داشته باشد.', en: 'This text may not contain line breaks or other control characters.' },
  over_limit: {
    fa: 'قیمت، تعداد یا هزینهٔ ارسال این ردیف از بیشینهٔ مجاز بیشتر است.',
    en: 'The price, quantity or shipping fee of this line is past the largest allowed.',
  },
  alt_too_long: { fa: 'متن جایگزین باید حداکثر ۳۰۰ نویسه باشد.', en: 'The alternative text must be at most 300 characters.' },
  empty_change: { fa: 'دست‌کم یکی از فیلدها را بفرستید.', en: 'Send at least one of the fields.' },
  image_ids_mismatch: { fa: 'فهرست باید دقیقاً همهٔ عکس‌های این محصول را داشته باشد.', en: 'The list must contain exactly this listing\'s photos.' },
});

/** A problem with one field found by a service rather than by the schema. */
export interface FieldIssue {
  field: string;
  code: keyof typeof messages;
  value?: string;
}

export function localizeFieldIssues(issues: FieldIssue[], locale: Locale): FieldError[] {
  return issues.map(({ field, code, value }) => ({ field, code, message: translate(messages[code], locale, { value: value ?? '' }) }));
}

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
        : [named(entry, locale, path || 'body') ?? { field: path || 'body', code: entry.keyword, message: describe(entry, locale, valueAt(input, entry.instancePath)) }];
    for (const issue of issues) {
      if (seen.has(issue.field)) continue;
      seen.add(issue.field);
      errors.push(issue);
    }
  }
  return errors;
}

/** An issue whose schema named its own code, such as text that cannot be stored. */
function named(entry: ValidationEntry, locale: Locale, field: string): FieldError | undefined {
  const code = entry.message;
  if (!code || !Object.hasOwn(messages, code)) return undefined;
  return { field, code, message: translate(messages[code as keyof typeof messages], locale, { value: '' }) };
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
