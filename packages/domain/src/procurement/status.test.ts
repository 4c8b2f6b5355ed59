import { describe, expect, it } from 'vitest';
import { contractEvents, contractStatuses, nextContractStatus } from './contract-status.ts';
import { contractDeliveryEvents, contractDeliveryStatuses, nextContractDeliveryStatus } from './delivery-status.ts';
import { demandEvents, demandStatuses, nextDemandStatus } from './demand-status.ts';
import { invoiceEvents, nextInvoiceStatus, storedInvoiceStatuses } from './invoice-status.ts';
import { nextOfferStatus, offerEvents, offerStatuses } from './offer-status.ts';

/**
 * Each machine's whole table, every (status, event) pair written out: a transition added or lost
 * anywhere changes one line here. The last test of each block checks the table covers every pair once.
 */
function machine<S extends string, E extends string>(
  name: string,
  statuses: readonly S[],
  events: readonly E[],
  next: (status: S, event: E) => S | null,
  table: ReadonlyArray<[S, E, S | null]>,
): void {
  describe(name, () => {
    it.each(table)('%s + %s → %s', (status, event, expected) => {
      expect(next(status, event)).toBe(expected);
    });
    it('the table covers every status and event exactly once', () => {
      const pairs = table.map(([status, event]) => `${status}/${event}`);
      const all = statuses.flatMap((status) => events.map((event) => `${status}/${event}`));
      expect(new Set(pairs).size).toBe(pairs.length);
      expect([...pairs].sort()).toEqual([...all].sort());
    });
  });
}

machine('nextDemandStatus', demandStatuses, demandEvents, nextDemandStatus, [
  ['open', 'fill', 'contracted'],
  ['open', 'release', null],
  ['open', 'expire', 'closed'],
  ['open', 'cancel', 'cancelled'],
  ['contracted', 'fill', null],
  ['contracted', 'release', 'open'],
  ['contracted', 'expire', 'contracted'],
  ['contracted', 'cancel', null],
  ['closed', 'fill', null],
  ['closed', 'release', null],
  ['closed', 'expire', null],
  ['closed', 'cancel', null],
  ['cancelled', 'fill', null],
  ['cancelled', 'release', null],
  ['cancelled', 'expire', null],
  ['cancelled', 'cancel', null],
]);

machine('nextOfferStatus', offerStatuses, offerEvents, nextOfferStatus, [
  ['submitted', 'withdraw', 'withdrawn'],
  ['submitted', 'accept', 'accepted'],
  ['submitted', 'reject', 'rejected'],
  ['withdrawn', 'withdraw', null],
  ['withdrawn', 'accept', null],
  ['withdrawn', 'reject', null],
  ['accepted', 'withdraw', null],
  ['accepted', 'accept', null],
  ['accepted', 'reject', null],
  ['rejected', 'withdraw', null],
  ['rejected', 'accept', null],
  ['rejected', 'reject', null],
]);

machine('nextContractStatus', contractStatuses, contractEvents, nextContractStatus, [
  ['proposed', 'sign', 'proposed'],
  ['proposed', 'sign_last', 'active'],
  ['proposed', 'lapse', 'lapsed'],
  ['proposed', 'complete', null],
  ['proposed', 'cancel', 'cancelled'],
  ['active', 'sign', null],
  ['active', 'sign_last', null],
  ['active', 'lapse', null],
  ['active', 'complete', 'completed'],
  ['active', 'cancel', 'cancelled'],
  ['completed', 'sign', null],
  ['completed', 'sign_last', null],
  ['completed', 'lapse', null],
  ['completed', 'complete', null],
  ['completed', 'cancel', null],
  ['lapsed', 'sign', null],
  ['lapsed', 'sign_last', null],
  ['lapsed', 'lapse', null],
  ['lapsed', 'complete', null],
  ['lapsed', 'cancel', null],
  ['cancelled', 'sign', null],
  ['cancelled', 'sign_last', null],
  ['cancelled', 'lapse', null],
  ['cancelled', 'complete', null],
  ['cancelled', 'cancel', null],
]);

machine('nextContractDeliveryStatus', contractDeliveryStatuses, contractDeliveryEvents, nextContractDeliveryStatus, [
  ['scheduled', 'start_production', 'in_production'],
  ['scheduled', 'deliver', null],
  ['scheduled', 'receive', null],
  ['scheduled', 'cancel', 'cancelled'],
  ['in_production', 'start_production', null],
  ['in_production', 'deliver', 'delivered'],
  ['in_production', 'receive', null],
  ['in_production', 'cancel', 'cancelled'],
  ['delivered', 'start_production', null],
  ['delivered', 'deliver', null],
  ['delivered', 'receive', 'received'],
  ['delivered', 'cancel', 'cancelled'],
  ['received', 'start_production', null],
  ['received', 'deliver', null],
  ['received', 'receive', null],
  ['received', 'cancel', null],
  ['cancelled', 'start_production', null],
  ['cancelled', 'deliver', null],
  ['cancelled', 'receive', null],
  ['cancelled', 'cancel', null],
]);

machine('nextInvoiceStatus', storedInvoiceStatuses, invoiceEvents, nextInvoiceStatus, [
  ['open', 'pay', 'open'],
  ['open', 'pay_last', 'paid'],
  ['paid', 'pay', null],
  ['paid', 'pay_last', null],
]);
