import { assertMinorUnits, sumMinorUnits } from '../money/minor-units.ts';
import { bulkOrderReceivableAccount, parseAccountKey, payableAccount, PLATFORM_CASH, type SellerKey, sellerKey, unfundedAccount } from './accounts.ts';
import { credit, debit, type LedgerEntry, type LedgerPosting } from './transaction.ts';

export interface BulkPaymentInput {
  bulkOrderId: string;
  paymentId: string;
  amountMinor: number;
  /** The bulk order's transactions so far (its acceptances and earlier payments), in any order. */
  history: Iterable<{ kind: string; reference: object; entries: readonly LedgerEntry[] }>;
}

/**
 * The bulk order's buyer paid the platform: the cash comes in against the bulk order's receivable, and
 * the same amount of what its members (and its network's fee) earned there moves from unfunded to
 * payable, pro rata to what each still has unfunded on this bulk order. Shares are rounded down and the
 * units left over go to the largest remainders (ties by seller key), so the parts add up to the payment
 * exactly and a payment of the whole receivable releases every share whole. Refused above the receivable.
 */
export function postBulkPayment({ bulkOrderId, paymentId, amountMinor, history }: BulkPaymentInput): LedgerPosting {
  assertMinorUnits(amountMinor, 'amountMinor');
  if (amountMinor === 0) throw new RangeError('amountMinor must be positive');
  const receivable = bulkOrderReceivableAccount(bulkOrderId);
  const receivableParts: number[] = [];
  const unfunded = new Map<SellerKey, number>();
  for (const tx of history) {
    if (tx.kind !== 'bulk_acceptance' && tx.kind !== 'bulk_payment') continue;
    if ((tx.reference as { bulkOrderId?: string }).bulkOrderId !== bulkOrderId) continue;
    for (const entry of tx.entries) {
      if (entry.account === receivable) receivableParts.push(entry.amountMinor);
      const account = parseAccountKey(entry.account);
      if (account?.kind !== 'unfunded') continue;
      const seller = sellerKey(account.seller.kind, account.seller.id);
      // Credits (negative) are earnings; a release debits them back.
      unfunded.set(seller, sumMinorUnits([unfunded.get(seller) ?? 0, -entry.amountMinor], entry.account));
    }
  }
  const receivableMinor = sumMinorUnits(receivableParts, 'receivable');
  if (amountMinor > receivableMinor) return { ok: false, refusal: { code: 'bulk_payment_exceeds_receivable', receivableMinor } };

  const shares = [...unfunded].filter(([, minor]) => minor > 0).sort(([a], [b]) => (a < b ? -1 : 1));
  const total = BigInt(receivableMinor);
  const exact = shares.map(([seller, minor]) => ({ seller, whole: (BigInt(minor) * BigInt(amountMinor)) / total, rest: (BigInt(minor) * BigInt(amountMinor)) % total }));
  let left = BigInt(amountMinor) - exact.reduce((sum, s) => sum + s.whole, 0n);
  for (const share of [...exact].sort((a, b) => (b.rest > a.rest ? 1 : b.rest < a.rest ? -1 : 0))) {
    if (left === 0n) break;
    share.whole += 1n;
    left -= 1n;
  }
  return {
    ok: true,
    transactions: [
      {
        kind: 'bulk_payment',
        reference: { bulkOrderId, paymentId },
        entries: [
          ...debit(PLATFORM_CASH, amountMinor),
          ...credit(receivable, amountMinor),
          ...exact.flatMap(({ seller, whole }) => [...debit(unfundedAccount(seller), Number(whole)), ...credit(payableAccount(seller), Number(whole))]),
        ],
      },
    ],
  };
}
