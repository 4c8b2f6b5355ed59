import { describe, expect, it } from 'vitest';
import type { Listing } from '../app/lib/catalogue-types.ts';
import {
  emptyListingForm,
  listingFieldOf,
  listingFormValues,
  listingInputFromForm,
  readListingForm,
  withoutNulls,
  type ListingFormValues,
} from '../app/lib/listing-form.ts';

function formOf(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}

const filled: ListingFormValues = {
  ...emptyListingForm,
  titleFa: 'حولهٔ نخی',
  descriptionFa: 'بافته در یزد',
  categorySlug: 'towels',
  price: '۱۲۵٬۰۰۰',
  stock: '۵',
};

describe('readListingForm', () => {
  it('trims the text and keeps variant rows in order, dropping the blank ones', () => {
    const values = readListingForm(
      formOf({
        titleFa: '  حوله  ',
        supply: 'made-to-order',
        'variants.0.sku': 'A-1',
        'variants.0.size': 'کوچک',
        'variants.1.sku': '',
        'variants.1.size': ' ',
        'variants.1.otherAttributes': '{}',
        'variants.2.sku': 'C-3',
        'variants.2.colour': 'آبی',
        'variants.2.otherAttributes': '{"material":"پنبه","bad":1}',
      }),
    );
    expect(values.titleFa).toBe('حوله');
    expect(values.supply).toBe('made-to-order');
    expect(values.variants.map((row) => row.sku)).toEqual(['A-1', 'C-3']);
    expect(values.variants[1]!.otherAttributes).toEqual({ material: 'پنبه' });
  });

  it('sells from stock unless told otherwise', () => {
    expect(readListingForm(formOf({ supply: 'anything' })).supply).toBe('stock');
  });
});

describe('listingInputFromForm', () => {
  it('prices in the currency the API says the marketplace uses', () => {
    expect(listingInputFromForm(filled, 'USD')).toMatchObject({ ok: true, input: { currency: 'USD' } });
  });

  it('converts Toman to rial and counts to numbers', () => {
    const result = listingInputFromForm(filled, 'IRR');
    expect(result).toEqual({
      ok: true,
      input: {
        title: { fa: 'حولهٔ نخی', en: null },
        description: { fa: 'بافته در یزد', en: null },
        categorySlug: 'towels',
        priceMinor: 1_250_000,
        currency: 'IRR',
        stock: 5,
        madeToOrder: null,
        minOrderQty: 1,
        variants: [],
        networkId: null,
      },
    });
  });

  it('sells through the chosen network, or through the shop alone', () => {
    const network = '7d2e1c2b-7d4f-4e8a-9b1c-2d3e4f5a6b7c';
    expect(readListingForm(formOf({ networkId: network })).networkId).toBe(network);
    const through = listingInputFromForm({ ...filled, networkId: network }, 'IRR');
    expect(through.ok && through.input.networkId).toBe(network);
    // Null takes a listing back to the shop alone on a save; a new one simply leaves it out.
    const alone = listingInputFromForm(filled, 'IRR');
    expect(alone.ok && alone.input.networkId).toBeNull();
    expect(alone.ok && 'networkId' in withoutNulls(alone.input)).toBe(false);
  });

  it('sends processing days and no stock for made-to-order goods', () => {
    const result = listingInputFromForm({
      ...filled,
      supply: 'made-to-order',
      processingDays: '۷',
      variants: [{ sku: 'A', size: 'L', colour: '', price: '', stock: '3', otherAttributes: {} }],
    }, 'IRR');
    expect(result.ok && result.input.madeToOrder).toEqual({ processingDays: 7 });
    expect(result.ok && result.input.stock).toBeNull();
    expect(result.ok && result.input.variants).toEqual([{ sku: 'A', attributes: { size: 'L' }, priceMinor: null, stock: null }]);
  });

  it('leaves the listing’s own stock out when its variants carry stock', () => {
    const result = listingInputFromForm({
      ...filled,
      variants: [{ sku: 'A', size: '', colour: 'قرمز', price: '130000', stock: '2', otherAttributes: { material: 'پنبه' } }],
    }, 'IRR');
    expect(result.ok && result.input.stock).toBeNull();
    expect(result.ok && result.input.variants).toEqual([
      { sku: 'A', attributes: { material: 'پنبه', colour: 'قرمز' }, priceMinor: 1_300_000, stock: 2 },
    ]);
  });

  it('names each field it cannot read, without calling it a price the API would refuse anyway', () => {
    const result = listingInputFromForm({
      ...filled,
      titleFa: '',
      price: 'دوازده',
      stock: '2.5',
      minOrderQty: 'x',
      variants: [{ sku: 'A', size: '', colour: '', price: '1.25', stock: '', otherAttributes: {} }],
    }, 'IRR');
    expect(result).toEqual({
      ok: false,
      errors: {
        titleFa: 'listingForm.required',
        price: 'listingForm.priceInvalid',
        minOrderQty: 'listingForm.wholeNumber',
        'variants.0.price': 'listingForm.priceInvalid',
      },
    });
    // With variants the listing's own stock box is not read at all, so its nonsense is no error.
    expect(listingInputFromForm({ ...filled, stock: '2.5' }, 'IRR')).toMatchObject({ ok: false, errors: { stock: 'listingForm.wholeNumber' } });
    expect(listingInputFromForm({ ...filled, price: '' }, 'IRR')).toMatchObject({ ok: false, errors: { price: 'listingForm.required' } });
    expect(listingInputFromForm({ ...filled, supply: 'made-to-order' }, 'IRR')).toMatchObject({
      ok: false,
      errors: { processingDays: 'listingForm.required' },
    });
  });
});

describe('withoutNulls', () => {
  it('drops cleared values, deep, for a create that has nothing to clear', () => {
    expect(withoutNulls({ a: null, b: { c: null, d: 1 }, e: [{ f: null, g: 'x' }] })).toEqual({ b: { d: 1 }, e: [{ g: 'x' }] });
  });
});

describe('listingFormValues', () => {
  it('fills the editor from a saved listing and survives the trip back', () => {
    const listing = {
      title: { fa: 'حوله', en: 'Towel' },
      description: { fa: 'متن', en: null },
      category: { slug: 'towels', name: 'حوله‌بافی' },
      priceMinor: 1_250_005,
      stock: null,
      madeToOrder: { processingDays: 7 },
      minOrderQty: 2,
      network: { id: 'n1', slug: 'weavers', name: 'شبکهٔ بافندگان' },
      variants: [{ id: 'v1', sku: 'A', attributes: { size: 'L', material: 'پنبه' }, priceMinor: 1_300_000, stock: null }],
    } as unknown as Listing;
    const values = listingFormValues(listing);
    expect(values).toMatchObject({ price: '125000.5', supply: 'made-to-order', processingDays: '7', stock: '', minOrderQty: '2', networkId: 'n1' });
    expect(values.variants[0]).toEqual({ sku: 'A', size: 'L', colour: '', price: '130000', stock: '', otherAttributes: { material: 'پنبه' } });
    const again = listingInputFromForm(values, 'IRR');
    expect(again.ok && again.input).toMatchObject({
      priceMinor: 1_250_005,
      madeToOrder: { processingDays: 7 },
      variants: [{ sku: 'A', attributes: { material: 'پنبه', size: 'L' }, priceMinor: 1_300_000, stock: null }],
    });
  });
});

describe('listingFieldOf', () => {
  it('puts the API’s field paths on the editor’s fields', () => {
    expect(listingFieldOf('title.fa')).toBe('titleFa');
    expect(listingFieldOf('description.en')).toBe('descriptionEn');
    expect(listingFieldOf('priceMinor')).toBe('price');
    expect(listingFieldOf('madeToOrder.processingDays')).toBe('processingDays');
    expect(listingFieldOf('variants.2.priceMinor')).toBe('variants.2.price');
    expect(listingFieldOf('variants.0.attributes.colour')).toBe('variants.0.colour');
    expect(listingFieldOf('variants.1.sku')).toBe('variants.1.sku');
    expect(listingFieldOf('networkId')).toBe('networkId');
    expect(listingFieldOf('body')).toBeNull();
  });
});
