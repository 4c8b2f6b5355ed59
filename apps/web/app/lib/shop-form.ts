import type { Producer } from './catalogue-types.ts';

export interface ShopFormValues {
  shopName: string;
  provinceCode: string;
  city: string;
  trades: string[];
  licenseNo: string;
  bio: string;
}

export const emptyShopForm: ShopFormValues = { shopName: '', provinceCode: '', city: '', trades: [], licenseNo: '', bio: '' };

const shopFields = ['shopName', 'provinceCode', 'city', 'trades', 'licenseNo', 'bio'] as const;
export type ShopField = (typeof shopFields)[number];

export function readShopForm(form: FormData): ShopFormValues {
  const text = (name: ShopField) => {
    const value = form.get(name);
    return typeof value === 'string' ? value.trim() : '';
  };
  return {
    shopName: text('shopName'),
    provinceCode: text('provinceCode'),
    city: text('city'),
    trades: [...new Set(form.getAll('trades').filter((value): value is string => typeof value === 'string' && value !== ''))],
    licenseNo: text('licenseNo'),
    bio: text('bio'),
  };
}

/** The API's body; empty optional fields are left out (an empty licence means "none"). */
export function shopBody(values: ShopFormValues) {
  return {
    shopName: values.shopName,
    provinceCode: values.provinceCode,
    city: values.city,
    trades: values.trades,
    ...(values.licenseNo ? { licenseNo: values.licenseNo } : {}),
    ...(values.bio ? { bio: values.bio } : {}),
  };
}

export function shopFormValues(producer: Pick<Producer, 'shopName' | 'province' | 'city' | 'trades' | 'bio'> & { licenseNo?: string | null }): ShopFormValues {
  return {
    shopName: producer.shopName,
    provinceCode: producer.province.code,
    city: producer.city,
    trades: producer.trades.map((trade) => trade.slug),
    licenseNo: producer.licenseNo ?? '',
    bio: producer.bio ?? '',
  };
}

/** The shop form's field for one of the API's field paths (`trades.0` is about the trades). */
export function shopFieldOf(apiField: string): ShopField | null {
  const head = apiField.split('.')[0] ?? '';
  return (shopFields as readonly string[]).includes(head) ? (head as ShopField) : null;
}
