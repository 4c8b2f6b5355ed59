import { describe, expect, it } from 'vitest';
import { listingSeller, sellerPath } from '../app/lib/seller-view.ts';

const shop = { id: 'p1', slug: 'mehregan', shopName: 'حوله‌بافی مهرگان', province: { code: 'IR-21', name: 'یزد' }, city: 'یزد' };

describe('who sells a listing', () => {
  it('is its network when it has one, and the shop otherwise', () => {
    expect(listingSeller({ seller: shop, network: { id: 'n1', slug: 'weavers', name: 'شبکهٔ بافندگان' } })).toEqual({
      kind: 'network',
      id: 'n1',
      slug: 'weavers',
      shopName: 'شبکهٔ بافندگان',
    });
    expect(listingSeller({ seller: shop, network: null })).toEqual({ kind: 'producer', id: 'p1', slug: 'mehregan', shopName: 'حوله‌بافی مهرگان' });
  });

  it('leads to the shop’s page by its address, or the network’s by its id', () => {
    expect(sellerPath({ kind: 'producer', id: 'p1', slug: 'mehregan' })).toBe('/shops/mehregan');
    expect(sellerPath({ kind: 'network', id: 'n1', slug: 'weavers' })).toBe('/networks/n1');
  });
});
