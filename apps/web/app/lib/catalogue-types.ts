import type { Schemas } from '@bazaarche/api-client';

// The API's own response shapes, as its OpenAPI document describes them.
export type Image = Schemas['Image'];
export type ListingSummary = Schemas['ListingSummary'];
/** Who a buyer buys from: a shop, or a network (whose name is then in `shopName`). */
export type SellerRef = Schemas['SellerRef'];
export type Listing = Schemas['Listing'];
export type ListingStatus = Listing['status'];
export type Producer = Schemas['Producer'];
export type ProducerForReview = Schemas['ProducerForReview'];
export type Province = Schemas['Province'];
export type Category = Schemas['Category'];
