import type { Schemas } from '@bazaarche/api-client';

// The API's own response shapes for carts and orders, as its OpenAPI document describes them.
export type Cart = Schemas['Cart'];
export type CartQuote = Schemas['CartQuote'];
export type Order = Schemas['Order'];
export type Fulfilment = Schemas['Fulfilment'];
export type OrderLine = Fulfilment['lines'][number];
export type TimelineEvent = Order['timeline'][number];
export type ShippingAddress = Schemas['ShippingAddress'];
export type SellerFulfilment = Schemas['SellerFulfilment'];
