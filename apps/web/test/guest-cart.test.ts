import { describe, expect, it } from 'vitest';
import {
  addToGuestCart,
  GUEST_CART_MAX_LINES,
  guestLineKey,
  guestLinesToMerge,
  readGuestCart,
  removeGuestLine,
  setGuestLineQuantity,
} from '../app/lib/guest-cart.ts';

const towel = '0b8f7a52-1c0d-4c35-9d3e-1f1f6a1c2b01';
const large = '5a3e1c2b-7d4f-4e8a-9b1c-2d3e4f5a6b7c';
const small = '6b4f2d3c-8e5a-4f9b-8c2d-3e4f5a6b7c8d';

describe('a guest’s cart', () => {
  it('adds units to the line of the same listing and variant, and a new line otherwise', () => {
    const first = addToGuestCart([], { listingId: towel, variantId: large, quantity: 2 });
    expect(first.ok).toBe(true);
    const lines = first.ok ? first.lines : [];
    const again = addToGuestCart(lines, { listingId: towel, variantId: large, quantity: 3 });
    expect(again).toEqual({ ok: true, lines: [{ listingId: towel, variantId: large, quantity: 5 }] });
    const other = addToGuestCart(lines, { listingId: towel, variantId: small, quantity: 1 });
    expect(other.ok && other.lines.map(guestLineKey)).toEqual([`${towel}:${large}`, `${towel}:${small}`]);
  });

  it('refuses a line past the limit a cookie can carry', () => {
    const full = Array.from({ length: GUEST_CART_MAX_LINES }, (_, n) => ({
      listingId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      variantId: null,
      quantity: 1,
    }));
    expect(addToGuestCart(full, { listingId: towel, variantId: null, quantity: 1 })).toEqual({ ok: false, reason: 'full' });
    // More of a line already there still fits.
    expect(addToGuestCart(full, { ...full[0]!, quantity: 2 }).ok).toBe(true);
  });

  it('reads back only well-formed lines, once each', () => {
    const stored = [
      { listingId: towel, variantId: null, quantity: 2 },
      { listingId: towel, variantId: null, quantity: 9 },
      { listingId: 'not-a-uuid', variantId: null, quantity: 1 },
      { listingId: towel, variantId: large, quantity: 0 },
      { listingId: towel, variantId: small, quantity: 1.5 },
      'rubbish',
    ];
    expect(readGuestCart(stored)).toEqual([{ listingId: towel, variantId: null, quantity: 2 }]);
    expect(readGuestCart(undefined)).toEqual([]);
  });

  it('sets and removes a line by its key', () => {
    const lines = [
      { listingId: towel, variantId: large, quantity: 1 },
      { listingId: towel, variantId: small, quantity: 1 },
    ];
    expect(setGuestLineQuantity(lines, `${towel}:${small}`, 4)[1]!.quantity).toBe(4);
    expect(removeGuestLine(lines, `${towel}:${large}`)).toEqual([lines[1]]);
  });

  it('merges into an account’s cart keeping the larger quantity of a line both have', () => {
    const guest = [
      { listingId: towel, variantId: large, quantity: 3 },
      { listingId: towel, variantId: small, quantity: 1 },
      { listingId: towel, variantId: null, quantity: 2 },
    ];
    const account = [
      { listingId: towel, variantId: large, quantity: 1 },
      { listingId: towel, variantId: small, quantity: 5 },
    ];
    expect(guestLinesToMerge(guest, account)).toEqual([guest[0], guest[2]]);
  });
});
