import { describe, expect, it } from 'vitest';
import { messages } from './support/messages.ts';
import { readAddToCartForm, readQuantity } from '../app/lib/add-to-cart-form.ts';
import { cartView } from '../app/lib/cart-view.ts';
import type { Listing } from '../app/lib/catalogue-types.ts';
import type { CartQuote } from '../app/lib/order-types.ts';

const yazd = { id: 'p-yazd', slug: 'yazd', shopName: 'حوله‌بافی یزد', province: { code: 'IR-21', name: 'یزد' }, city: 'یزد' };
const rasht = { id: 'p-rasht', slug: 'rasht', shopName: 'ترشی رشت', province: { code: 'IR-01', name: 'گیلان' }, city: 'رشت' };
const ids = {
  towel: '0b8f7a52-1c0d-4c35-9d3e-1f1f6a1c2b01',
  pickle: '1c9f8b63-2d1e-4d46-8e4f-2f2f7b2d3c02',
  large: '5a3e1c2b-7d4f-4e8a-9b1c-2d3e4f5a6b7c',
  small: '6b4f2d3c-8e5a-4f9b-8c2d-3e4f5a6b7c8d',
};

function listing(overrides: Partial<Listing>): Listing {
  return {
    id: ids.towel,
    status: 'active',
    title: { fa: 'حوله', en: 'Towel' },
    description: { fa: 'حوله', en: null },
    category: { slug: 'towels', name: 'حوله' },
    priceMinor: 1_000_000,
    currency: 'IRR',
    stock: 5,
    madeToOrder: null,
    minOrderQty: 1,
    variants: [],
    images: [],
    seller: yazd,
    network: null,
    rejectionReason: null,
    publishedAt: null,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  } as Listing;
}

describe('a cart as the API priced it', () => {
  const seller = (id: string, shopName: string) => ({ kind: 'producer' as const, id, slug: id, shopName });
  const yazdRef = seller(yazd.id, yazd.shopName);
  const rashtRef = seller(rasht.id, rasht.shopName);
  const card = (id: string, title: { fa: string; en: string | null }, ref: typeof yazdRef) => ({
    id,
    status: 'active' as const,
    title,
    name: title.en ?? title.fa,
    category: { slug: 'towels', name: 'حوله' },
    priceMinor: 1_000_000,
    currency: 'IRR',
    madeToOrder: null,
    inStock: true,
    cover: null,
    seller: ref,
  });
  const line = (id: string, listing: ReturnType<typeof card> | null, problem: CartQuote['items'][number]['problem'] = null) => ({
    id,
    listingId: id.split(':')[0]!,
    variantId: id.split(':')[1] ?? null,
    quantity: 2,
    listing,
    variant: null,
    unitPriceMinor: 1_500_000,
    lineTotalMinor: 3_000_000,
    problem,
  });
  const quote = (items: CartQuote['items'], actions: CartQuote['actions']): CartQuote => ({
    items,
    sellers: [
      { producer: yazdRef, subtotalMinor: 3_000_000, shippingMinor: 0, totalMinor: 3_000_000 },
      { producer: rashtRef, subtotalMinor: 0, shippingMinor: 0, totalMinor: 0 },
    ],
    subtotalMinor: 3_000_000,
    shippingMinor: 0,
    totalMinor: 3_000_000,
    currency: 'IRR',
    paymentMethods: ['manual'],
    actions,
  });
  const belowMinimum = { code: 'below_minimum' as const, minimum: 3, message: 'حداقل سفارش این محصول ۳ عدد است.' };

  it('shows the lines under their sellers with the API’s sums, its words for each problem, and ready only when it offers checkout', () => {
    const cart = cartView(
      quote(
        [line(`${ids.towel}:${ids.large}`, card(ids.towel, { fa: 'حوله', en: 'Towel' }, yazdRef)), line(ids.pickle, card(ids.pickle, { fa: 'ترشی', en: null }, rashtRef), belowMinimum)],
        [],
      ),
      'en',
    );
    expect(cart.sellers.map((group) => [group.seller.shopName, group.lines.map((l) => l.id), group.subtotalMinor])).toEqual([
      [yazd.shopName, [`${ids.towel}:${ids.large}`], 3_000_000],
      [rasht.shopName, [ids.pickle], 0],
    ]);
    expect(cart.sellers[1]!.lines[0]).toMatchObject({ name: 'ترشی', nameLang: 'fa', problem: { code: 'below_minimum', message: belowMinimum.message } });
    expect(cart).toMatchObject({ lineCount: 2, totalMinor: 3_000_000, currency: 'IRR', ready: false });
    expect(cartView(quote([line(ids.towel, card(ids.towel, { fa: 'حوله', en: 'Towel' }, yazdRef))], ['checkout']), 'fa').ready).toBe(true);
  });

  it('leaves out a quoted line whose listing is no longer public', () => {
    const gone = line(ids.pickle, null, { code: 'listing_not_found', message: 'این محصول پیدا نشد.' });
    const cart = cartView(quote([line(ids.towel, card(ids.towel, { fa: 'حوله', en: 'Towel' }, yazdRef)), gone], []), 'fa');
    expect(cart.lineCount).toBe(1);
    expect(cart.sellers.flatMap((group) => group.lines.map((l) => l.listingId))).toEqual([ids.towel]);
  });
});

describe('the add-to-cart form', () => {
  const towel = listing({ variants: [{ id: ids.large, sku: 'T-L', attributes: { size: 'L' }, priceMinor: null, stock: 3, unitsAvailable: 3 }], stock: null });

  it('reads a quantity typed in Persian digits and the chosen variant', () => {
    expect(readAddToCartForm({ variantId: ids.large, quantity: '۱۲' }, towel, 'fa')).toEqual({
      ok: true,
      line: { listingId: towel.id, variantId: ids.large, quantity: 12 },
    });
  });

  it('asks for a whole quantity, and leaves which variant to the API', () => {
    expect(readAddToCartForm({ variantId: ids.large, quantity: '1.5' }, towel, 'en')).toEqual({ ok: false, errors: { fields: { quantity: messages['cart.quantityInvalid'].en }, form: [] } });
    expect(readAddToCartForm({ variantId: '', quantity: '1' }, towel, 'en')).toEqual({ ok: true, line: { listingId: towel.id, variantId: null, quantity: 1 } });
  });

  it('ignores a variant sent for a listing without any', () => {
    const plain = listing({});
    expect(readAddToCartForm({ variantId: ids.large, quantity: '1' }, plain, 'fa')).toEqual({ ok: true, line: { listingId: plain.id, variantId: null, quantity: 1 } });
  });

  it('takes a cart line’s new quantity only between 1 and 10,000', () => {
    expect(readQuantity('۳')).toBe(3);
    expect(readQuantity('0')).toBeNull();
    expect(readQuantity('10001')).toBeNull();
  });
});
