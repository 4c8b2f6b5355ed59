import { type Database, orderEvents, payments, refunds } from '@bazaarche/db';
import { fulfilmentPosition, nextPaymentStatus, payeeOf, postRefund } from '@bazaarche/domain';
import { eq } from 'drizzle-orm';
import { AppError } from '../../errors/app-error.ts';
import { lockPayment } from '../orders/order-access.ts';
import { ledgerFulfilments, loadTransactions, postTransactions } from './ledger-store.ts';
import { sellerStatement } from './seller-statement.ts';

export interface RefundRequest {
  fulfilmentId: string;
  amountMinor: number;
  /** The bank's reference for the money sent back. */
  reference: string;
  reason: string;
}

/**
 * Money sent back to a buyer for part or all of one fulfilment, reversed in the ledger exactly as
 * far as it must be (see the domain's `postRefund`). Under the order's lock, so two refunds cannot
 * together exceed what was paid. The payment is `refunded` once all of it has gone back.
 */
export async function refundPayment(db: Database, paymentId: string, request: RefundRequest, adminUserId: string): Promise<string> {
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
    const [refund] = await tx
      .insert(refunds)
      .values({ paymentId, fulfilmentId: fulfilment.id, amountMinor: request.amountMinor, currency: payment.currency, reason: request.reason, reference: request.reference, createdByUserId: adminUserId })
      .returning({ id: refunds.id });
    const posting = postRefund({ fulfilment, position: fulfilmentPosition(fulfilment, history), refundId: refund!.id, amountMinor: request.amountMinor, sellerPayableMinor: payableMinor, networkPayableMinor });
    if (!posting.ok) {
      const { code, ...details } = posting.refusal;
      throw new AppError(code === 'refund_exceeds_payable' || code === 'refund_exceeds_network_payable' ? code : 'refund_exceeds_paid', { details });
    }
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
      data: { amountMinor: String(request.amountMinor), reference: request.reference },
    });
    return order.id;
  });
}
