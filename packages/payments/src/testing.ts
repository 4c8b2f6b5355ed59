import Stripe from 'stripe';

export { type RecordedRequest, type StripeError, type StripeTestServer, startStripeTestServer } from './stripe-test-server.ts';

/**
 * A webhook delivery as Stripe would send it: the JSON body and a `Stripe-Signature` made by the
 * library's own test helper with `secret`.
 */
export function signedStripeDelivery(event: object, secret: string, options: { timestamp?: number } = {}): { body: string; headers: Record<string, string> } {
  const body = JSON.stringify(event);
  const signature = Stripe.webhooks.generateTestHeaderString({ payload: body, secret, ...(options.timestamp ? { timestamp: options.timestamp } : {}) });
  return { body, headers: { 'content-type': 'application/json', 'stripe-signature': signature } };
}
