import { describe, expect, it } from 'vitest';
import { postCodDelivery } from './post-cod-delivery.ts';
import { rug, wallet } from './test-factories.ts';

describe('postCodDelivery', () => {
  it('makes the commission on the goods (not the shipping) the seller’s debt, and nothing else', () => {
    expect(postCodDelivery(wallet, 750)).toEqual({
      kind: 'cod_commission',
      reference: { orderId: 'o-1', fulfilmentId: 'f-wallet' },
      commissionBps: 750,
      entries: [
        { account: 'owed:producer:arta', amountMinor: 217_500 },
        { account: 'platform:commission', amountMinor: -217_500 },
      ],
    });
  });

  it('posts nothing when the commission comes to nothing, and refuses a part a member made for a network', () => {
    expect(postCodDelivery(wallet, 0)).toBeNull();
    expect(() => postCodDelivery(rug, 750)).toThrow(RangeError);
  });
});
