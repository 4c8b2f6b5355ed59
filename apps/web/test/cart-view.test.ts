import { describe, expect, it } from 'vitest';
import { messages } from './support/messages.ts';
import { readAddToCartForm, readQuantity } from '../app/lib/add-to-cart-form.ts';
import { guestCartView } from '../app/lib/cart-view.ts';
import type { Listing } from '../app/lib/catalogue-types.ts';

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

describe('a guest’s cart page', () => {
  const towel = listing({
    stock: null,
    variants: [
      { id: ids.large, sku: 'T-L', attributes: { size: 'L' }, priceMinor: 1_500_000, stock: 2 },
      { id: ids.small, sku: 'T-S', attributes: { size: 'S' }, priceMinor: null, stock: 0 },
    ],
  });
  const pickle = listing({ id: ids.pickle, title: { fa: 'ترشی', en: null }, priceMinor: 300_000, minOrderQty: 2, stock: 10, seller: rasht });
  const listings = new Map([
    [towel.id, towel],
    [pickle.id, pickle],
  ]);
  const shipping = new Map([
    [yazd.id, { flatFeeMinor: 200_000, freeAboveMinor: 2_000_000 }],
    [rasht.id, { flatFeeMinor: 150_000, freeAboveMinor: null }],
  ]);

  it('groups lines by shop, prices variants and adds each shop’s shipping', () => {
    const cart = guestCartView(
      [
        { listingId: towel.id, variantId: ids.large, quantity: 2 },
        { listingId: pickle.id, variantId: null, quantity: 3 },
      ],
      listings,
      shipping,
      'en',
    );
    expect(cart.sellers.map((group) => group.seller.shopName)).toEqual([yazd.shopName, rasht.shopName]);
    // 2 × 1,500,000 reaches the free-shipping threshold; the pickles pay the flat fee.
    expect(cart.sellers.map((group) => [group.subtotalMinor, group.shippingMinor, group.totalMinor])).toEqual([
      [3_000_000, 0, 3_000_000],
      [900_000, 150_000, 1_050_000],
    ]);
    expect(cart.totalMinor).toBe(4_050_000);
    expect(cart.ready).toBe(true);
    // The pickle has no English title, so its name says it is Persian.
    expect(cart.sellers[1]!.lines[0]).toMatchObject({ name: 'ترشی', nameLang: 'fa', minQuantity: 2, maxQuantity: 10 });
  });

  it('marks a line that cannot be bought and counts it for nothing', () => {
    const cart = guestCartView(
      [
        { listingId: towel.id, variantId: ids.small, quantity: 1 },
        { listingId: pickle.id, variantId: null, quantity: 1 },
      ],
      listings,
      shipping,
      'fa',
    );
    expect(cart.sellers[0]!.lines[0]!.problem).toEqual({ code: 'insufficient_stock', message: messages['cartProblem.outOfStock'].fa });
    expect(cart.sellers[0]!.shippingMinor).toBe(0);
    expect(cart.sellers[1]!.lines[0]!.problem?.message).toBe('حداقل سفارش این محصول ۲ عدد است.');
    expect(cart.ready).toBe(false);
  });

  it('puts a network listing under its network, shipped by the network’s rule, as the API’s cart does', () => {
    const network = { id: 'n-yazd', slug: 'towel-weavers', name: 'شبکهٔ حوله‌بافان' };
    const woven = listing({ id: ids.pickle, stock: 10, network });
    const cart = guestCartView(
      [
        { listingId: towel.id, variantId: ids.large, quantity: 1 },
        { listingId: woven.id, variantId: null, quantity: 1 },
      ],
      new Map([
        [towel.id, towel],
        [woven.id, woven],
      ]),
      new Map([...shipping, [network.id, { flatFeeMinor: 300_000, freeAboveMinor: null }]]),
      'fa',
    );
    expect(cart.sellers.map((group) => group.seller)).toEqual([
      { kind: 'producer', id: yazd.id, slug: yazd.slug, shopName: yazd.shopName },
      { kind: 'network', id: network.id, slug: network.slug, shopName: network.name },
    ]);
    expect(cart.sellers[1]!.shippingMinor).toBe(300_000);
  });

  it('leaves shipping to checkout when a shop’s rule could not be read', () => {
    const cart = guestCartView([{ listingId: pickle.id, variantId: null, quantity: 2 }], listings, new Map(), 'fa');
    expect(cart.shippingMinor).toBeNull();
    expect(cart.totalMinor).toBeNull();
    expect(cart.subtotalMinor).toBe(600_000);
  });
});

describe('the add-to-cart form', () => {
  const towel = listing({ variants: [{ id: ids.large, sku: 'T-L', attributes: { size: 'L' }, priceMinor: null, stock: 3 }], stock: null });

  it('reads a quantity typed in Persian digits and the chosen variant', () => {
    expect(readAddToCartForm({ variantId: ids.large, quantity: '۱۲' }, towel, 'fa')).toEqual({
      ok: true,
      line: { listingId: towel.id, variantId: ids.large, quantity: 12 },
    });
  });

  it('asks for a variant and a whole quantity', () => {
    const read = readAddToCartForm({ variantId: '', quantity: '1.5' }, towel, 'en');
    expect(read).toEqual({
      ok: false,
      errors: { fields: { quantity: messages['cart.quantityInvalid'].en, variantId: messages['cartProblem.variantRequired'].en }, form: [] },
    });
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
