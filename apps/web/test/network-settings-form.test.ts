import { describe, expect, it } from 'vitest';
import { networkOrdersMessages } from '../app/i18n/messages/network-orders.ts';
import { translator } from '../app/i18n/translator.ts';
import { networkSettingsFieldOf, networkSettingsValues, readNetworkSettingsForm } from '../app/lib/network-settings-form.ts';

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

describe('a network’s selling settings', () => {
  const t = translator('en', networkOrdersMessages);

  it('reads amounts in toman as rial and the fee in percent as basis points', () => {
    const read = readNetworkSettingsForm(form({ routing: 'automatic', flatFee: '۳۰٬۰۰۰', freeAbove: '500000', coordinationFee: '۲٫۵' }), t);
    expect(read.body).toEqual({ routing: 'automatic', coordinationFeeBps: 250, shipping: { flatFeeMinor: 300_000, freeAboveMinor: 5_000_000 } });
  });

  it('takes an empty free-above as never free, and anything but automatic as manual', () => {
    const read = readNetworkSettingsForm(form({ routing: 'sometimes', flatFee: '0', freeAbove: '', coordinationFee: '0' }), t);
    expect(read.body).toEqual({ routing: 'manual', coordinationFeeBps: 0, shipping: { flatFeeMinor: 0, freeAboveMinor: null } });
  });

  it('says beside each box what it cannot read, and sends nothing', () => {
    const read = readNetworkSettingsForm(form({ routing: 'manual', flatFee: '', freeAbove: 'lots', coordinationFee: '5.555' }), t);
    expect(read.body).toBeNull();
    expect(read.fields).toEqual({
      flatFee: 'This field is required.',
      freeAbove: 'Enter the amount in toman, in digits, e.g. 125000.',
      coordinationFee: 'Enter a percentage in digits, e.g. 5 or 2.5.',
    });
  });

  it('fills the form from the network and reads it back unchanged', () => {
    const network = { routing: 'manual' as const, coordinationFeeBps: 750, shipping: { flatFeeMinor: 250_005, freeAboveMinor: null } };
    const values = networkSettingsValues(network);
    expect(values).toEqual({ routing: 'manual', flatFee: '25000.5', freeAbove: '', coordinationFee: '7.5' });
    expect(readNetworkSettingsForm(form({ ...values }), t).body).toEqual({ routing: 'manual', coordinationFeeBps: 750, shipping: network.shipping });
  });

  it('puts the API’s objections beside their boxes', () => {
    expect(['coordinationFeeBps', 'shipping.flatFeeMinor', 'shipping.freeAboveMinor', 'routing', 'name'].map(networkSettingsFieldOf)).toEqual([
      'coordinationFee',
      'flatFee',
      'freeAbove',
      'routing',
      null,
    ]);
  });
});
