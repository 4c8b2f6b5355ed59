import type { Locale } from '@bazaarche/i18n';
import { listingFormMessages } from '../i18n/messages/listing-form.ts';
import { translator, type KeyOf } from '../i18n/translator.ts';
import type { Listing } from './catalogue-types.ts';
import type { FormErrors } from './form-errors.ts';
import { parseTomanAsRial, parseWholeNumber, rialAsTomanInput, type NumberInput } from './number-input.ts';

export type Supply = 'stock' | 'made-to-order';

export interface VariantRow {
  sku: string;
  size: string;
  colour: string;
  /** Toman, as typed; empty means the listing's own price. */
  price: string;
  stock: string;
  /** Attributes the editor does not show, carried through so saving does not drop them. */
  otherAttributes: Record<string, string>;
}

/** The listing editor's fields as text, exactly as the person typed them (or as the listing holds them). */
export interface ListingFormValues {
  titleFa: string;
  titleEn: string;
  descriptionFa: string;
  descriptionEn: string;
  categorySlug: string;
  price: string;
  supply: Supply;
  stock: string;
  processingDays: string;
  minOrderQty: string;
  variants: VariantRow[];
  /** The network it is sold through; empty for the shop alone. */
  networkId: string;
}

/** What the API takes to create or replace a listing's details; null clears an optional value. */
interface ListingInput {
  title: { fa: string; en: string | null };
  description: { fa: string; en: string | null };
  categorySlug: string;
  priceMinor: number;
  /** The marketplace's, as the API says it: the only one it takes. */
  currency: string;
  stock: number | null;
  madeToOrder: { processingDays: number } | null;
  minOrderQty: number;
  variants: { sku: string; attributes: Record<string, string>; priceMinor: number | null; stock: number | null }[];
  networkId: string | null;
}

export type ListingFormResult =
  | { ok: true; input: ListingInput }
  | { ok: false; errors: Partial<Record<string, KeyOf<typeof listingFormMessages>>> };

export const emptyVariantRow: VariantRow = { sku: '', size: '', colour: '', price: '', stock: '', otherAttributes: {} };

export const emptyListingForm: ListingFormValues = {
  titleFa: '',
  titleEn: '',
  descriptionFa: '',
  descriptionEn: '',
  categorySlug: '',
  price: '',
  supply: 'stock',
  stock: '',
  processingDays: '',
  minOrderQty: '1',
  variants: [],
  networkId: '',
};

/** The form field of a variant row: `variants.2.sku`. */
export function variantField(index: number, field: keyof Omit<VariantRow, 'otherAttributes'>): string {
  return `variants.${index}.${field}`;
}

/** Reads the editor's form; variant rows left entirely blank are dropped, so row i is the API's variant i. */
export function readListingForm(form: FormData): ListingFormValues {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value.trim() : '';
  };
  const rowIndexes = new Set<number>();
  for (const key of form.keys()) {
    const match = /^variants\.(\d+)\./.exec(key);
    if (match) rowIndexes.add(Number(match[1]));
  }
  const variants = [...rowIndexes]
    .sort((a, b) => a - b)
    .map((index) => ({
      sku: text(variantField(index, 'sku')),
      size: text(variantField(index, 'size')),
      colour: text(variantField(index, 'colour')),
      price: text(variantField(index, 'price')),
      stock: text(variantField(index, 'stock')),
      otherAttributes: parseOtherAttributes(text(`variants.${index}.otherAttributes`)),
    }))
    .filter((row) => row.sku || row.size || row.colour || row.price || row.stock);
  return {
    titleFa: text('titleFa'),
    titleEn: text('titleEn'),
    descriptionFa: text('descriptionFa'),
    descriptionEn: text('descriptionEn'),
    categorySlug: text('categorySlug'),
    price: text('price'),
    supply: text('supply') === 'made-to-order' ? 'made-to-order' : 'stock',
    stock: text('stock'),
    processingDays: text('processingDays'),
    minOrderQty: text('minOrderQty'),
    variants,
    networkId: text('networkId'),
  };
}

/**
 * Turns the typed text into the API's shape. Only what the API cannot judge is checked here (a
 * number that is not one, a missing price); ranges and the rest are the API's to refuse.
 */
export function listingInputFromForm(values: ListingFormValues, currency: string): ListingFormResult {
  const errors: Partial<Record<string, KeyOf<typeof listingFormMessages>>> = {};
  const madeToOrder = values.supply === 'made-to-order';

  const required = (field: string, value: string) => {
    if (value === '') errors[field] = 'listingForm.required';
  };
  required('titleFa', values.titleFa);
  required('categorySlug', values.categorySlug);

  const price = parseTomanAsRial(values.price);
  if (price.kind === 'empty') errors.price = 'listingForm.required';
  if (price.kind === 'invalid') errors.price = 'listingForm.priceInvalid';

  const count = (field: string, input: NumberInput): number | null => {
    if (input.kind === 'invalid') errors[field] = 'listingForm.wholeNumber';
    return input.kind === 'number' ? input.value : null;
  };
  const processingDays = madeToOrder ? count('processingDays', parseWholeNumber(values.processingDays)) : null;
  if (madeToOrder && values.processingDays === '') errors.processingDays = 'listingForm.required';
  const stock = !madeToOrder && values.variants.length === 0 ? count('stock', parseWholeNumber(values.stock)) : null;
  const minOrderQty = count('minOrderQty', parseWholeNumber(values.minOrderQty)) ?? 1;

  const variants = values.variants.map((row, index) => {
    const variantPrice = parseTomanAsRial(row.price);
    if (variantPrice.kind === 'invalid') errors[variantField(index, 'price')] = 'listingForm.priceInvalid';
    const attributes: Record<string, string> = { ...row.otherAttributes };
    if (row.size) attributes.size = row.size;
    if (row.colour) attributes.colour = row.colour;
    return {
      sku: row.sku,
      attributes,
      priceMinor: variantPrice.kind === 'number' ? variantPrice.value : null,
      stock: madeToOrder ? null : count(variantField(index, 'stock'), parseWholeNumber(row.stock)),
    };
  });

  if (Object.keys(errors).length > 0 || price.kind !== 'number') return { ok: false, errors };
  return {
    ok: true,
    input: {
      title: { fa: values.titleFa, en: values.titleEn || null },
      description: { fa: values.descriptionFa, en: values.descriptionEn || null },
      categorySlug: values.categorySlug,
      priceMinor: price.value,
      currency,
      stock,
      madeToOrder: processingDays === null ? null : { processingDays },
      minOrderQty,
      variants,
      networkId: values.networkId || null,
    },
  };
}

/** The objections found here, in the page's language, shaped like the API's. */
export function listingFormErrors(errors: Partial<Record<string, KeyOf<typeof listingFormMessages>>>, locale: Locale): FormErrors {
  const t = translator(locale, listingFormMessages);
  return { fields: Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, t(key!)])), form: [] };
}

/** The same input for creating a listing, where an absent value is left out rather than cleared. */
export function withoutNulls<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutNulls) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, entry]) => entry !== null)
      .map(([key, entry]) => [key, withoutNulls(entry)]),
  ) as T;
}

/** The editor's fields filled from a saved listing. */
export function listingFormValues(listing: Listing): ListingFormValues {
  return {
    titleFa: listing.title.fa,
    titleEn: listing.title.en ?? '',
    descriptionFa: listing.description.fa,
    descriptionEn: listing.description.en ?? '',
    categorySlug: listing.category.slug,
    price: rialAsTomanInput(listing.priceMinor),
    supply: listing.madeToOrder ? 'made-to-order' : 'stock',
    stock: listing.stock === null ? '' : String(listing.stock),
    processingDays: listing.madeToOrder ? String(listing.madeToOrder.processingDays) : '',
    minOrderQty: String(listing.minOrderQty),
    networkId: listing.network?.id ?? '',
    variants: listing.variants.map(({ sku, attributes, priceMinor, stock }) => {
      const { size = '', colour = '', ...otherAttributes } = attributes;
      return {
        sku,
        size,
        colour,
        price: priceMinor === null ? '' : rialAsTomanInput(priceMinor),
        stock: stock === null ? '' : String(stock),
        otherAttributes,
      };
    }),
  };
}

/** The editor's field for one of the API's field paths (`title.fa`, `variants.1.priceMinor`), or null for the form as a whole. */
export function listingFieldOf(apiField: string): string | null {
  const direct: Record<string, string> = {
    title: 'titleFa',
    'title.fa': 'titleFa',
    'title.en': 'titleEn',
    description: 'descriptionFa',
    'description.fa': 'descriptionFa',
    'description.en': 'descriptionEn',
    categorySlug: 'categorySlug',
    priceMinor: 'price',
    currency: 'price',
    stock: 'stock',
    madeToOrder: 'processingDays',
    'madeToOrder.processingDays': 'processingDays',
    minOrderQty: 'minOrderQty',
    variants: 'variants',
    networkId: 'networkId',
  };
  if (apiField in direct) return direct[apiField]!;
  const variant = /^variants\.(\d+)\.(sku|priceMinor|stock|attributes)(?:\.(\w+))?/.exec(apiField);
  if (!variant) return null;
  const index = Number(variant[1]);
  switch (variant[2]) {
    case 'priceMinor':
      return variantField(index, 'price');
    case 'attributes':
      return variantField(index, variant[3] === 'colour' ? 'colour' : 'size');
    default:
      return variantField(index, variant[2] as 'sku' | 'stock');
  }
}

function parseOtherAttributes(json: string): Record<string, string> {
  if (!json) return {};
  try {
    const parsed: unknown = JSON.parse(json);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  } catch {
    return {};
  }
}
