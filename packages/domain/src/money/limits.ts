/**
 * The largest amount and quantity each input may carry. Chosen together so that no line, order, bulk
 * order or contract total built from them can pass Number.MAX_SAFE_INTEGER (2^53 − 1): then every
 * total is exact and no input can make a stored row unreadable. `limits.test.ts` proves the products.
 */
export const LIMITS = {
  /** One unit of anything, in minor units: 10^10 rial is a billion toman. */
  unitPriceMinor: 10_000_000_000,
  /** A shop's or network's flat shipping fee and its free-above threshold. */
  shippingFeeMinor: 1_000_000_000,
  /** Units of one cart or order line. */
  lineQuantity: 10_000,
  /** Lines in one cart or order, and so sellers in one order at most. */
  orderLines: 50,
  /** Units in stock of one listing or variant. */
  stock: 1_000_000,
  /** Units of one bulk order, demand, offer or contract. */
  bulkQuantity: 500_000,
  /** The most one order (so one payment, or a refund of it) can come to: every line and fee at its largest. */
  orderTotalMinor: 5_000_050_000_000_000,
  /** The most one contract (its quantity at its unit price) can commit: so its advance, invoices and escrow too. */
  contractTotalMinor: 5_000_000_000_000_000,
  /** Tranches in one offer's or contract's schedule: weekly for two years is 104. */
  deliveriesPerOffer: 120,
  /** Days an organisation may take to pay an invoice after receiving the delivery. */
  paymentTermsDays: 365,
  /** Units a member can make in a week. */
  capacityPerWeek: 100_000,
} as const;
