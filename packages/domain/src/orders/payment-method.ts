/** How a buyer pays an order: a bank transfer finance confirms, a card through Stripe, or cash at the door. */
export const paymentMethods = ['manual', 'stripe', 'cod'] as const;
export type PaymentMethod = (typeof paymentMethods)[number];
