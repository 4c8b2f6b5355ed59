import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextFulfilmentStatus, type FulfilmentStatus } from '../orders/fulfilment-status.ts';
import { bulkOrderReceivableAccount, heldAccount, owedAccount, payableAccount, PLATFORM_CASH, PLATFORM_COMMISSION, sellerKey, unfundedAccount, type AccountKey, type SellerAccountKind, type SellerKey } from './accounts.ts';
import { balancesOf } from './balances.ts';
import { ledgerViolations } from './invariants.ts';
import { postBulkAcceptance } from './post-bulk-acceptance.ts';
import { postBulkPayment } from './post-bulk-payment.ts';
import { postCodDelivery } from './post-cod-delivery.ts';
import { fulfilmentPosition, payeeOf, type LedgerFulfilment } from './fulfilment-position.ts';
import { postDelivery } from './post-delivery.ts';
import { postPayment } from './post-payment.ts';
import { postPayout } from './post-payout.ts';
import { postRefund, type RefundInput } from './post-refund.ts';
import { sellerBalanceMinor, statementFor } from './statement.ts';
import { isBalanced, type LedgerPosting, type LedgerRefusal, type LedgerTransaction } from './transaction.ts';

// A random walk over orders, payments, deliveries, cancellations, refunds, cash on delivery, bulk
// acceptances, bulk payments and payouts. After every step the ledger's invariants are checked on each
// new transaction (`ledgerViolations`), and
// the ledger against a model that knows nothing of accounts: only what happened to each
// fulfilment, from which it states what every balance must be. Networks sell some fulfilments, made
// either by a member producer (who may also sell their own) or by the network itself.

const producers: SellerKey[] = [sellerKey('producer', 'arta'), sellerKey('producer', 'sabalan')];
const sellers: SellerKey[] = [...producers, sellerKey('network', 'tabriz'), sellerKey('network', 'yazd')];

/** An amount relative to what the ledger allows (in 1/10,000ths, above 10,000 is too much), or absolute. */
type Amount = { share: number } | { exactly: number };
type Action =
  /** `member` picks the producer who makes a network's fulfilment; null, or a producer's own, has none. */
  | { kind: 'place'; fulfilments: { seller: number; member: number | null; subtotalMinor: number; shippingMinor: number }[] }
  | { kind: 'pay'; order: number }
  | { kind: 'deliver'; order: number; fulfilment: number }
  | { kind: 'cancel'; order: number; fulfilment: number }
  /** `delivered` picks among delivered fulfilments, whose refunds meet payables. */
  | { kind: 'refund'; order: number; fulfilment: number; delivered: boolean; amount: Amount }
  | { kind: 'payout'; seller: number; amount: Amount }
  /** A producer's parcel paid in cash at the door and confirmed by them. */
  | { kind: 'cod'; seller: number; subtotalMinor: number; shippingMinor: number }
  /** Units a member made for a network accepted on a bulk order not yet paid for. */
  | { kind: 'bulk_accept'; order: number; member: number; network: number; acceptedQuantity: number; unitPriceMinor: number }
  /** The bulk order's buyer pays all it owes so far (partial payments are `postBulkPayment`'s own tests). */
  | { kind: 'bulk_pay'; order: number }
  | { kind: 'rate'; commissionBps: number }
  | { kind: 'fee'; coordinationFeeBps: number };

const bps = fc.oneof(fc.constantFrom(0, 500, 750, 5_000, 10_000), fc.integer({ min: 0, max: 10_000 }));
const minor = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 5_000_000 }));
const amount: fc.Arbitrary<Amount> = fc.oneof(
  { arbitrary: fc.record({ share: fc.constantFrom(10_000, 10_001) }), weight: 1 },
  { arbitrary: fc.record({ share: fc.integer({ min: 1, max: 11_000 }) }), weight: 3 },
  { arbitrary: fc.record({ exactly: fc.integer({ min: 1, max: 3_000_000 }) }), weight: 1 },
);
// Few orders, so that the same ones are paid, delivered, refunded and paid out in one walk.
const index = fc.nat({ max: 3 });
const action: fc.Arbitrary<Action> = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant('place' as const),
      fulfilments: fc
        .uniqueArray(fc.nat({ max: sellers.length - 1 }), { minLength: 1, maxLength: sellers.length })
        .chain((picked) =>
          fc.tuple(...picked.map((seller) => fc.record({ seller: fc.constant(seller), member: fc.option(fc.nat({ max: producers.length - 1 })), subtotalMinor: minor, shippingMinor: minor }))),
        ),
    }),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant('pay' as const), order: index }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('deliver' as const), order: index, fulfilment: index }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('cancel' as const), order: index, fulfilment: index }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('refund' as const), order: index, fulfilment: index, delivered: fc.boolean(), amount }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('payout' as const), seller: fc.nat({ max: sellers.length - 1 }), amount }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('cod' as const), seller: fc.nat({ max: producers.length - 1 }), subtotalMinor: minor, shippingMinor: minor }), weight: 2 },
  {
    arbitrary: fc.record({
      kind: fc.constant('bulk_accept' as const),
      order: index,
      member: fc.nat({ max: producers.length - 1 }),
      network: fc.integer({ min: producers.length, max: sellers.length - 1 }),
      acceptedQuantity: fc.integer({ min: 0, max: 50 }),
      unitPriceMinor: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 200_000 })),
    }),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant('bulk_pay' as const), order: index }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('rate' as const), commissionBps: bps }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('fee' as const), coordinationFeeBps: bps }), weight: 1 },
);

interface ModelFulfilment extends LedgerFulfilment {
  status: FulfilmentStatus;
  refundedMinor: number;
  /** The rate in force when it was delivered. */
  deliveredAtBps: number | null;
  /** Whether its delivery charged any commission (the ledger keeps the rate only then). */
  charged: boolean;
  /** The coordination fee in force when it was delivered, when a member made it. */
  feeAtBps: number | null;
  feeCharged: boolean;
}
interface ModelBulkOrder {
  id: string;
  /** Each seller's earnings on it, the network's fee included. */
  shares: Map<SellerKey, number>;
  receivableMinor: number;
  paid: boolean;
}
interface ModelOrder {
  id: string;
  paid: boolean;
  fulfilments: ModelFulfilment[];
}

/** The model's own arithmetic: round half up as floor(x + ½), exact for the small amounts used here. */
function modelCommission(f: ModelFulfilment, refundedMinor = f.refundedMinor): number {
  if (f.deliveredAtBps === null) return 0;
  const goodsKept = Math.max(0, f.subtotalMinor - refundedMinor);
  return Math.floor((2 * goodsKept * f.deliveredAtBps + 10_000) / 20_000);
}
/** The fee as the spec states it: half up like the commission, but never more than the commission leaves of the goods. */
function modelFee(f: ModelFulfilment, refundedMinor = f.refundedMinor): number {
  if (f.feeAtBps === null) return 0;
  const goodsKept = Math.max(0, f.subtotalMinor - refundedMinor);
  return Math.min(Math.floor((2 * goodsKept * f.feeAtBps + 10_000) / 20_000), goodsKept - modelCommission(f, refundedMinor));
}
const totalOf = (f: ModelFulfilment) => f.subtotalMinor + f.shippingMinor;
/** Who earns a delivered fulfilment's money: its member, or else its seller. */
const earnerOf = (f: ModelFulfilment) => f.payee ?? f.seller;

class Model {
  orders: ModelOrder[] = [];
  commissionBps = 750;
  coordinationFeeBps = 500;
  paymentsMinor = 0;
  refundsMinor = 0;
  payouts = new Map<SellerKey, number>();
  bulkOrders: ModelBulkOrder[] = [];
  bulkPaymentsMinor = 0;
  codCommissionMinor = 0;
  /** Commission on cash a seller collected, not yet netted from a payout. */
  owed = new Map<SellerKey, number>();
  /** Debts settled out of payable by payouts. */
  netted = new Map<SellerKey, number>();

  bulkShares(seller: SellerKey, paid: boolean): number {
    return this.bulkOrders.filter((b) => b.paid === paid).reduce((sum, b) => sum + (b.shares.get(seller) ?? 0), 0);
  }

  all(): ModelFulfilment[] {
    return this.orders.flatMap((o) => o.fulfilments);
  }
  refundable(f: ModelFulfilment): number {
    return this.orders.find((o) => o.id === f.orderId)!.paid ? totalOf(f) - f.refundedMinor : 0;
  }
  held(seller: SellerKey): number {
    return this.all()
      .filter((f) => f.seller === seller && f.status !== 'delivered')
      .reduce((sum, f) => sum + this.refundable(f), 0);
  }
  payable(seller: SellerKey): number {
    const delivered = this.all().filter((f) => f.status === 'delivered');
    const earned = delivered.filter((f) => earnerOf(f) === seller).reduce((sum, f) => sum + totalOf(f) - f.refundedMinor - modelCommission(f) - modelFee(f), 0);
    const fees = delivered.filter((f) => f.seller === seller).reduce((sum, f) => sum + modelFee(f), 0);
    return earned + fees + this.bulkShares(seller, true) - (this.payouts.get(seller) ?? 0) - (this.netted.get(seller) ?? 0);
  }
  commission(): number {
    return this.all().reduce((sum, f) => sum + modelCommission(f), 0) + this.codCommissionMinor;
  }
  cash(): number {
    return this.paymentsMinor + this.bulkPaymentsMinor - this.refundsMinor - [...this.payouts.values()].reduce((a, b) => a + b, 0);
  }
  /** The refusal the ledger must give a refund of this amount, or null when it must accept it. */
  refundOutcome(f: ModelFulfilment, amountMinor: number): LedgerRefusal | null {
    const refundable = this.refundable(f);
    if (amountMinor > refundable) return { code: 'refund_exceeds_paid', refundableMinor: refundable };
    if (f.status !== 'delivered') return null;
    const feeShare = modelFee(f) - modelFee(f, f.refundedMinor + amountMinor);
    const sellerShare = amountMinor - (modelCommission(f) - modelCommission(f, f.refundedMinor + amountMinor)) - feeShare;
    const payable = this.payable(earnerOf(f));
    if (sellerShare > payable) return { code: 'refund_exceeds_payable', sellerShareMinor: sellerShare, payableMinor: payable };
    const networkPayable = this.payable(f.seller);
    return feeShare > networkPayable ? { code: 'refund_exceeds_network_payable', feeShareMinor: feeShare, payableMinor: networkPayable } : null;
  }
}

function resolve(amount: Amount, limit: number): number {
  return 'exactly' in amount ? amount.exactly : Math.max(1, Math.ceil((limit * amount.share) / 10_000));
}

function run(actions: Action[]): void {
  const model = new Model();
  const ledger: LedgerTransaction[] = [];
  let checked = 0;
  const post = (posting: LedgerPosting, refusal: LedgerRefusal | null) => {
    expect(posting.ok ? null : posting.refusal).toEqual(refusal);
    if (posting.ok) ledger.push(...posting.transactions);
    return posting.ok;
  };
  const pick = (order: number, fulfilment: number) => {
    const o = model.orders[order % Math.max(model.orders.length, 1)];
    return o ? o.fulfilments[fulfilment % o.fulfilments.length] : undefined;
  };

  for (const step of actions) {
    switch (step.kind) {
      case 'place': {
        const id = `o-${model.orders.length}`;
        const fulfilments = step.fulfilments.map(
          (f, i): ModelFulfilment => {
            const seller = sellers[f.seller]!;
            const payee = seller.startsWith('network:') && f.member !== null ? { payee: producers[f.member]! } : {};
            const amounts = { subtotalMinor: f.subtotalMinor, shippingMinor: f.shippingMinor };
            return { id: `${id}-f${i}`, orderId: id, seller, ...payee, ...amounts, status: 'awaiting_payment', refundedMinor: 0, deliveredAtBps: null, charged: false, feeAtBps: null, feeCharged: false };
          },
        );
        model.orders.push({ id, paid: false, fulfilments });
        break;
      }
      case 'pay': {
        // Captured once and only while every fulfilment awaits it: the payment and order state machines' rule, not the ledger's.
        const payable = model.orders.filter((o) => !o.paid && o.fulfilments.every((f) => f.status === 'awaiting_payment'));
        const order = payable[step.order % Math.max(payable.length, 1)];
        if (!order) break;
        ledger.push(postPayment(order, `pay-${order.id}`));
        order.paid = true;
        model.paymentsMinor += order.fulfilments.reduce((sum, f) => sum + totalOf(f), 0);
        for (const f of order.fulfilments) f.status = nextFulfilmentStatus(f.status, 'pay')!;
        break;
      }
      case 'deliver': {
        const f = pick(step.order, step.fulfilment);
        // A cancelled fulfilment cannot be delivered: the state machine's refusal. Unpaid and twice are the ledger's own.
        if (!f || f.status === 'cancelled') break;
        const expected: LedgerRefusal | null = f.status === 'awaiting_payment' ? { code: 'not_paid' } : f.status === 'delivered' ? { code: 'already_delivered' } : null;
        // The fee in force is passed for every fulfilment, as a network's setting would be: one its seller makes pays none.
        if (post(postDelivery(f, fulfilmentPosition(f, ledger), model.commissionBps, model.coordinationFeeBps), expected)) {
          f.status = nextFulfilmentStatus(nextFulfilmentStatus(f.status, 'ship')!, 'deliver')!;
          f.deliveredAtBps = model.commissionBps;
          f.charged = modelCommission(f) > 0;
          f.feeAtBps = f.payee ? model.coordinationFeeBps : null;
          f.feeCharged = modelFee(f) > 0;
        }
        break;
      }
      case 'cancel': {
        const f = pick(step.order, step.fulfilment);
        const next = f && nextFulfilmentStatus(f.status, 'cancel');
        if (!f || !next) break;
        f.status = next;
        // What was paid for it is owed back whole.
        const owed = model.refundable(f);
        if (owed > 0) {
          post(postRefund(refundInput(f, owed, ledger)), null);
          f.refundedMinor += owed;
          model.refundsMinor += owed;
        }
        break;
      }
      case 'refund': {
        const delivered = model.all().filter((f) => f.status === 'delivered');
        const f = step.delivered ? delivered[step.fulfilment % Math.max(delivered.length, 1)] : pick(step.order, step.fulfilment);
        if (!f) break;
        const amountMinor = resolve(step.amount, model.refundable(f));
        const expected = model.refundOutcome(f, amountMinor);
        if (post(postRefund(refundInput(f, amountMinor, ledger)), expected)) {
          f.refundedMinor += amountMinor;
          model.refundsMinor += amountMinor;
        }
        break;
      }
      case 'payout': {
        // Mostly a seller who is owed something, so that payouts happen and later refunds meet what is left.
        const owed = sellers.filter((s) => model.payable(s) > 0);
        const seller = (owed.length > 0 ? owed : sellers)[step.seller % Math.max(owed.length, 1)]!;
        const debt = model.owed.get(seller) ?? 0;
        const available = Math.max(0, model.payable(seller) - debt);
        const amountMinor = resolve(step.amount, available);
        const expected: LedgerRefusal | null =
          amountMinor > available ? { code: 'payout_exceeds_payable', payableMinor: available } : amountMinor > model.cash() ? { code: 'payout_exceeds_cash', cashMinor: model.cash() } : null;
        const statement = statementFor(seller, ledger);
        const cashMinor = balancesOf(ledger).get(PLATFORM_CASH) ?? 0;
        if (post(postPayout({ seller, payoutId: `po-${ledger.length}`, amountMinor, payableMinor: statement.payableMinor, owedMinor: statement.owedMinor, cashMinor }), expected)) {
          model.payouts.set(seller, (model.payouts.get(seller) ?? 0) + amountMinor);
          model.netted.set(seller, (model.netted.get(seller) ?? 0) + debt);
          model.owed.set(seller, 0);
        }
        break;
      }
      case 'cod': {
        const seller = producers[step.seller]!;
        // Its cash never reaches the platform: nothing of it is held or payable, so the model keeps no order for it.
        const id = `cod-${ledger.length}`;
        const f: LedgerFulfilment = { id: `${id}-f0`, orderId: id, seller, subtotalMinor: step.subtotalMinor, shippingMinor: step.shippingMinor };
        const tx = postCodDelivery(f, model.commissionBps);
        const commission = Math.floor((2 * step.subtotalMinor * model.commissionBps + 10_000) / 20_000);
        expect(tx === null).toBe(commission === 0);
        if (tx) ledger.push(tx);
        model.codCommissionMinor += commission;
        model.owed.set(seller, (model.owed.get(seller) ?? 0) + commission);
        break;
      }
      case 'bulk_accept': {
        const open = model.bulkOrders.filter((b) => !b.paid);
        let order = open[step.order % Math.max(open.length, 1)];
        if (!order || step.order === 0) {
          order = { id: `b${model.bulkOrders.length}`, shares: new Map(), receivableMinor: 0, paid: false };
          model.bulkOrders.push(order);
        }
        const member = producers[step.member]!;
        const network = sellers[step.network]!;
        const checkNumber = ledger.filter((t) => t.kind === 'bulk_acceptance').length + 1;
        const tx = postBulkAcceptance({ bulkOrderId: order.id, allocationId: `${order.id}-${member}`, checkNumber, networkId: network.split(':')[1]!, producerId: member.split(':')[1]!, acceptedQuantity: step.acceptedQuantity, unitPriceMinor: step.unitPriceMinor, coordinationFeeBps: model.coordinationFeeBps });
        const value = step.acceptedQuantity * step.unitPriceMinor;
        const fee = Math.floor((2 * value * model.coordinationFeeBps + 10_000) / 20_000);
        expect(tx === null).toBe(step.acceptedQuantity === 0);
        if (tx) ledger.push(tx);
        order.receivableMinor += value;
        order.shares.set(member, (order.shares.get(member) ?? 0) + value - fee);
        order.shares.set(network, (order.shares.get(network) ?? 0) + fee);
        break;
      }
      case 'bulk_pay': {
        const open = model.bulkOrders.filter((b) => !b.paid && b.receivableMinor > 0);
        const order = open[step.order % Math.max(open.length, 1)];
        if (!order) break;
        post(postBulkPayment({ bulkOrderId: order.id, paymentId: `bp-${ledger.length}`, amountMinor: order.receivableMinor, history: ledger }), null);
        order.paid = true;
        model.bulkPaymentsMinor += order.receivableMinor;
        break;
      }
      case 'rate':
        model.commissionBps = step.commissionBps;
        break;
      case 'fee':
        model.coordinationFeeBps = step.coordinationFeeBps;
        break;
    }
    // Every transaction this step posted keeps the ledger's invariants, judged on the balances just after it.
    for (; checked < ledger.length; checked++) {
      expect(ledgerViolations(ledger[checked]!, balancesOf(ledger.slice(0, checked + 1)))).toEqual([]);
    }
    check(model, ledger);
  }
}

/** A refund as the API asks for one: with the payee's and the seller's payable read from the ledger. */
function refundInput(f: LedgerFulfilment, amountMinor: number, ledger: LedgerTransaction[]): RefundInput {
  return {
    fulfilment: f,
    position: fulfilmentPosition(f, ledger),
    refundId: `r-${ledger.length}`,
    amountMinor,
    sellerPayableMinor: statementFor(payeeOf(f), ledger).payableMinor,
    networkPayableMinor: statementFor(f.seller, ledger).payableMinor,
  };
}

function check(model: Model, ledger: LedgerTransaction[]): void {
  for (const tx of ledger) expect(isBalanced(tx), `${tx.kind} ${JSON.stringify(tx.reference)} is balanced`).toBe(true);

  const expected = new Map<AccountKey, number>([
    [PLATFORM_CASH, model.cash()],
    [PLATFORM_COMMISSION, -model.commission()],
  ]);
  const balances = balancesOf(ledger);
  for (const seller of sellers) {
    expected.set(heldAccount(seller), -model.held(seller));
    expected.set(payableAccount(seller), -model.payable(seller));
    expected.set(unfundedAccount(seller), -model.bulkShares(seller, false));
    expected.set(owedAccount(seller), model.owed.get(seller) ?? 0);
    const statement = statementFor(seller, ledger);
    expect(statement.payableMinor).toBeGreaterThanOrEqual(0);
    expect([statement.heldMinor, statement.payableMinor, statement.unfundedMinor, statement.owedMinor, statement.paidOutMinor]).toEqual([
      model.held(seller),
      model.payable(seller),
      model.bulkShares(seller, false),
      model.owed.get(seller) ?? 0,
      model.payouts.get(seller) ?? 0,
    ]);
    // Finance's list reads the same totals from the account balances alone (the API sums them by kind in SQL).
    const fromBalances = (kind: SellerAccountKind, account: AccountKey) => sellerBalanceMinor(kind, balances.get(account) ?? 0);
    expect([fromBalances('held', heldAccount(seller)), fromBalances('payable', payableAccount(seller)), fromBalances('unfunded', unfundedAccount(seller)), fromBalances('owed', owedAccount(seller))]).toEqual([
      statement.heldMinor,
      statement.payableMinor,
      statement.unfundedMinor,
      statement.owedMinor,
    ]);
  }
  for (const b of model.bulkOrders) expected.set(bulkOrderReceivableAccount(b.id), b.paid ? 0 : b.receivableMinor);
  expect(model.cash()).toBeGreaterThanOrEqual(0);
  for (const account of balances.keys()) expect(expected.has(account), `${account} is an account the model knows`).toBe(true);
  // `+ 0` reads an absent account as zero and a -0 from the model as 0.
  expect(Object.fromEntries([...expected.keys()].map((account) => [account, (balances.get(account) ?? 0) + 0]))).toEqual(
    Object.fromEntries([...expected].map(([account, balance]) => [account, balance + 0])),
  );

  for (const f of model.all()) {
    expect(fulfilmentPosition(f, ledger)).toEqual({
      paid: model.orders.find((o) => o.id === f.orderId)!.paid,
      refundedMinor: f.refundedMinor,
      delivered: f.status === 'delivered',
      commissionBps: f.charged ? f.deliveredAtBps : null,
      coordinationFeeBps: f.feeCharged ? f.feeAtBps : null,
    });
  }
}

describe('refunds of one fulfilment in parts, at any size up to MAX_SAFE_INTEGER', () => {
  it('return every account to zero once the whole total is refunded, whenever the delivery fell', () => {
    const MAX = Number.MAX_SAFE_INTEGER;
    const fulfilmentAndCuts = fc
      .record({ subtotalMinor: fc.maxSafeNat(), shippingShare: fc.double({ min: 0, max: 1, noNaN: true }) })
      .map(({ subtotalMinor, shippingShare }) => ({ subtotalMinor, shippingMinor: Math.floor((MAX - subtotalMinor) * shippingShare) }))
      .filter((f) => f.subtotalMinor + f.shippingMinor > 0)
      .chain((f) =>
        fc.record({
          fulfilment: fc.constant(f),
          cuts: fc.uniqueArray(fc.integer({ min: 1, max: f.subtotalMinor + f.shippingMinor }), { maxLength: 6 }),
          deliverAfter: fc.nat({ max: 7 }),
          commissionBps: fc.integer({ min: 0, max: 10_000 }),
          // Made by a member for a network, paying this fee, or sold by a producer of its own.
          coordinationFeeBps: fc.option(fc.integer({ min: 0, max: 10_000 })),
        }),
      );
    fc.assert(
      fc.property(fulfilmentAndCuts, ({ fulfilment: amounts, cuts, deliverAfter, commissionBps, coordinationFeeBps }) => {
        const network = sellers[2]!;
        const f: LedgerFulfilment =
          coordinationFeeBps === null ? { id: 'f', orderId: 'o', seller: producers[0]!, ...amounts } : { id: 'f', orderId: 'o', seller: network, payee: producers[1]!, ...amounts };
        const total = amounts.subtotalMinor + amounts.shippingMinor;
        const bounds = [0, ...cuts.filter((c) => c < total).sort((x, y) => x - y), total];
        const parts = bounds.slice(1).map((bound, i) => bound - bounds[i]!);
        const ledger: LedgerTransaction[] = [postPayment({ id: 'o', fulfilments: [f] }, 'pay')];
        const deliver = () => {
          const posting = postDelivery(f, fulfilmentPosition(f, ledger), commissionBps, coordinationFeeBps ?? 0);
          if (!posting.ok) throw new Error(posting.refusal.code);
          ledger.push(...posting.transactions);
          // Checked in bigint by another route: round half up is floor((2 × goods × bps + 10,000) / 20,000).
          const goodsKept = BigInt(Math.max(0, amounts.subtotalMinor - fulfilmentPosition(f, ledger).refundedMinor));
          const halfUp = (bps: number) => (2n * goodsKept * BigInt(bps) + 10_000n) / 20_000n;
          const commission = halfUp(commissionBps);
          const fee = coordinationFeeBps === null ? 0n : halfUp(coordinationFeeBps) < goodsKept - commission ? halfUp(coordinationFeeBps) : goodsKept - commission;
          const balances = balancesOf(ledger);
          expect([BigInt(-(balances.get(PLATFORM_COMMISSION) ?? 0)), BigInt(-(balances.get(payableAccount(network)) ?? 0))]).toEqual([commission, fee]);
        };
        parts.forEach((amountMinor, i) => {
          if (i === deliverAfter) deliver();
          const posting = postRefund(refundInput(f, amountMinor, ledger));
          if (!posting.ok) throw new Error(posting.refusal.code);
          ledger.push(...posting.transactions);
        });
        if (deliverAfter >= parts.length) deliver();
        expect(ledger.every(isBalanced)).toBe(true);
        expect([...balancesOf(ledger).values()].every((balance) => balance === 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('ledger, walked at random against a model of the orders', () => {
  it('keeps every transaction balanced and every balance where the orders say', () => {
    fc.assert(
      fc.property(fc.array(action, { minLength: 10, maxLength: 60 }), (actions) => run(actions)),
      { numRuns: 300 },
    );
  });
});
