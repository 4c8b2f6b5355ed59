import { randomUUID } from 'node:crypto';
import { type Database, orderEvents, type Payment, payments, refunds } from '@bazaarche/db';
import { fulfilmentPosition, nextPaymentStatus, payeeOf, postRefund } from '@bazaarche/domain';
import { ProviderError, type RefundReason } from '@bazaarche/payments';
import { eq } from 'drizzle-orm';
import type { ConfiguredPayments } from '../../adapters/payments.ts';
import { AppError } from '../../errors/app-error.ts';
import { lockPayment } from '../orders/order-access.ts';
import { ledgerFulfilments, loadTransactions, postTransactions } from './ledger-store.ts';
import { sellerStatement } from './seller-statement.ts';

export interface RefundRequest {
  fulfilmentId: string;
  amountMinor: number;
  /** The bank's reference for money sent back by transfer; a card refund's reference is the provider's own. */
  reference?: string | undefined;
  reason: 'order_cancelled' | 'requested_by_customer' | 'goods_returned' | 'duplicate';
}

/**
 * Money sent back to a buyer for part or all of one fulfilment, reversed in the ledger exactly as
 * far as it must be (see the domain's `postRefund`). Under the order's lock, so two refunds cannot
 * together exceed what was paid. The payment is `refunded` once all of it has gone back.
 *
 * The payment's provider is asked first, inside that transaction, once the ledger would accept the
 * refund: Stripe refunds the card, a bank transfer back (manual, and cash on delivery) is one a
 * person made, whose bank reference is required. The refund is recorded only once the provider has
 * accepted it; when it refuses or cannot be reached nothing is written (502). Should the commit fail
 * after Stripe accepted, the same refund asked again finds the ledger as it was and so sends the same
 * idempotency key: Stripe answers with the refund it made, which is then recorded once.
 */
export async function refundPayment(db: Database, paymentId: string, request: RefundRequest, adminUserId: string, providers: ConfiguredPayments): Promise<string> {
  return db.transaction(async (tx) => {
    const locked = await lockPayment(tx, paymentId);
    if (!locked) throw new AppError('payment_not_found');
    const { order, payment } = locked;
    // Only money that came in can go back: the state a whole refund would move the payment to says so.
    const refunded = nextPaymentStatus(payment.status, 'refund');
    if (!refunded) throw new AppError('payment_state_conflict', { details: { status: payment.status } });
    const parts = await ledgerFulfilments(tx, order.id);
    const fulfilment = parts.find((f) => f.id === request.fulfilmentId);
    if (!fulfilment) throw AppError.invalid({ field: 'fulfilmentId', code: 'invalid' });
    const history = (await loadTransactions(tx, { orderId: order.id })).map((s) => s.transaction);
    // A network's part was earned by its member: their payable gives back their share, the network's its fee.
    const { payableMinor } = await sellerStatement(tx, payeeOf(fulfilment));
    const networkPayableMinor = fulfilment.payee ? (await sellerStatement(tx, fulfilment.seller)).payableMinor : undefined;
    const refundId = randomUUID();
    const position = fulfilmentPosition(fulfilment, history);
    const posting = postRefund({ fulfilment, position, refundId, amountMinor: request.amountMinor, sellerPayableMinor: payableMinor, networkPayableMinor });
    if (!posting.ok) {
      const { code, ...details } = posting.refusal;
      throw new AppError(code === 'refund_exceeds_payable' || code === 'refund_exceeds_network_payable' ? code : 'refund_exceeds_paid', { details });
    }
    // What this fulfilment had refunded before says which refund this is: asked again after a lost commit, the same key.
    const reference = await refundByProvider(providers, payment, request, `refund:${payment.id}:${fulfilment.id}:${position.refundedMinor}`);
    await tx
      .insert(refunds)
      .values({ id: refundId, paymentId, fulfilmentId: fulfilment.id, amountMinor: request.amountMinor, currency: payment.currency, reason: request.reason, reference, createdByUserId: adminUserId });
    await postTransactions(tx, posting.transactions, payment.currency);

    const refundedBefore = parts.reduce((sum, f) => sum + fulfilmentPosition(f, history).refundedMinor, 0);
    if (refundedBefore + request.amountMinor === payment.amountMinor) {
      await tx.update(payments).set({ status: refunded, updatedAt: new Date() }).where(eq(payments.id, paymentId));
    }
    await tx.insert(orderEvents).values({
      orderId: order.id,
      fulfilmentId: fulfilment.id,
      type: 'refunded',
      actorUserId: adminUserId,
      data: { amountMinor: String(request.amountMinor), reference },
    });
    return order.id;
  });
}

/** Stripe has no reason for goods sent back: to it, that is a refund the customer asked for. */
const providerReasons: Record<RefundRequest['reason'], RefundReason> = {
  order_cancelled: 'order_cancelled',
  requested_by_customer: 'requested_by_customer',
  goods_returned: 'requested_by_customer',
  duplicate: 'duplicate',
};

/** The refund made by the payment's provider, or the bank transfer a person made: its reference. */
async function refundByProvider(providers: ConfiguredPayments, payment: Payment, request: RefundRequest, idempotencyKey: string): Promise<string> {
  const provider = payment.provider === 'stripe' ? providers.stripe : providers.manual;
  if (!provider) throw new AppError('payment_provider_unavailable', { details: { provider: payment.provider } });
  try {
    const receipt = await provider.refund({
      paymentId: payment.id,
      providerReference: payment.providerReference ?? '',
      amountMinor: request.amountMinor,
      currency: payment.currency,
      reason: providerReasons[request.reason],
      idempotencyKey,
      bankReference: request.reference,
    });
    return receipt.providerReference;
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error;
    if (error.code === 'reference_required') throw AppError.invalid({ field: 'reference', code: 'required' });
    throw new AppError('payment_provider_unavailable', { details: { providerCode: error.providerCode ?? error.code }, cause: error });
  }
}
