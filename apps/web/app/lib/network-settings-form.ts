import type { Schemas } from '@bazaarche/api-client';
import type { networkOrdersMessages } from '../i18n/messages/network-orders.ts';
import type { KeyOf, Translate } from '../i18n/translator.ts';
import { bpsAsPercentInput, parsePercentAsBps, parseTomanAsRial, rialAsTomanInput } from './number-input.ts';

export type NetworkSettingsBody = Schemas['NetworkSettingsRequestInput'];
export type NetworkRouting = NonNullable<NetworkSettingsBody['routing']>;
export type NetworkSettingsField = 'routing' | 'flatFee' | 'freeAbove' | 'coordinationFee';

/** The leader's settings form as typed: amounts in toman, the fee in percent. */
export interface NetworkSettingsValues {
  routing: NetworkRouting;
  flatFee: string;
  /** Empty: shipping is never free. */
  freeAbove: string;
  coordinationFee: string;
}

export function networkSettingsValues(network: {
  routing: NetworkRouting;
  coordinationFeeBps: number;
  shipping: { flatFeeMinor: number; freeAboveMinor: number | null };
}): NetworkSettingsValues {
  return {
    routing: network.routing,
    flatFee: rialAsTomanInput(network.shipping.flatFeeMinor),
    freeAbove: network.shipping.freeAboveMinor === null ? '' : rialAsTomanInput(network.shipping.freeAboveMinor),
    coordinationFee: bpsAsPercentInput(network.coordinationFeeBps),
  };
}

/** Reads the form into the API's body; only what the API cannot judge (a number that is not one) is refused here. */
export function readNetworkSettingsForm(
  form: FormData,
  t: Translate<KeyOf<typeof networkOrdersMessages>>,
): { values: NetworkSettingsValues; body: NetworkSettingsBody | null; fields: Partial<Record<NetworkSettingsField, string>> } {
  const text = (name: NetworkSettingsField) => {
    const value = form.get(name);
    return typeof value === 'string' ? value.trim() : '';
  };
  const values: NetworkSettingsValues = {
    routing: text('routing') === 'automatic' ? 'automatic' : 'manual',
    flatFee: text('flatFee'),
    freeAbove: text('freeAbove'),
    coordinationFee: text('coordinationFee'),
  };
  const flatFee = parseTomanAsRial(values.flatFee);
  const freeAbove = parseTomanAsRial(values.freeAbove);
  const fee = parsePercentAsBps(values.coordinationFee);
  const fields: Partial<Record<NetworkSettingsField, string>> = {};
  if (flatFee.kind === 'empty') fields.flatFee = t('moneyForm.required');
  else if (flatFee.kind === 'invalid') fields.flatFee = t('moneyForm.amountInvalid');
  if (freeAbove.kind === 'invalid') fields.freeAbove = t('moneyForm.amountInvalid');
  if (fee.kind === 'empty') fields.coordinationFee = t('moneyForm.required');
  else if (fee.kind === 'invalid') fields.coordinationFee = t('networkSettings.percentInvalid');
  if (flatFee.kind !== 'number' || freeAbove.kind === 'invalid' || fee.kind !== 'number') return { values, body: null, fields };
  return {
    values,
    body: {
      routing: values.routing,
      coordinationFeeBps: fee.value,
      shipping: { flatFeeMinor: flatFee.value, freeAboveMinor: freeAbove.kind === 'number' ? freeAbove.value : null },
    },
    fields,
  };
}

/** The form's field for one of the API's field paths (`shipping.freeAboveMinor`), or null for the form as a whole. */
export function networkSettingsFieldOf(apiField: string): NetworkSettingsField | null {
  switch (apiField) {
    case 'routing':
      return 'routing';
    case 'coordinationFeeBps':
      return 'coordinationFee';
    case 'shipping':
    case 'shipping.flatFeeMinor':
      return 'flatFee';
    case 'shipping.freeAboveMinor':
      return 'freeAbove';
    default:
      return null;
  }
}
