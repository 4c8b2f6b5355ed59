import { describe, expect, it } from 'vitest';
import { cancellationProblem, contractHasLapsed, contractLapsesAt, contractSettled, signatureEvent } from './contract-status.ts';
import { receiptIssues, replacementProblem } from './delivery-status.ts';
import { invoiceStatusAt, paymentEvent } from './invoice-status.ts';

describe('contract signatures and lapse', () => {
  it('activates on the second party’s signature, whichever signs first, and refuses a second signature by the same party', () => {
    expect(signatureEvent({ organization: false, supplier: false }, 'organization')).toBe('sign');
    expect(signatureEvent({ organization: false, supplier: false }, 'supplier')).toBe('sign');
    expect(signatureEvent({ organization: true, supplier: false }, 'supplier')).toBe('sign_last');
    expect(signatureEvent({ organization: false, supplier: true }, 'organization')).toBe('sign_last');
    expect(signatureEvent({ organization: true, supplier: false }, 'organization')).toBe('already_signed');
  });

  it('lapses exactly 14 days after the proposal, not a millisecond before', () => {
    const proposedAt = new Date('2026-03-01T08:00:00Z');
    expect(contractLapsesAt(proposedAt).toISOString()).toBe('2026-03-15T08:00:00.000Z');
    expect(contractHasLapsed(proposedAt, new Date('2026-03-15T07:59:59.999Z'))).toBe(false);
    expect(contractHasLapsed(proposedAt, new Date('2026-03-15T08:00:00.000Z'))).toBe(true);
    expect(() => contractLapsesAt(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('cancellationProblem', () => {
  it('lets a proposal go without a reason but an active contract only with one', () => {
    expect(cancellationProblem('proposed', undefined)).toBeNull();
    expect(cancellationProblem('active', undefined)).toBe('reason_required');
    expect(cancellationProblem('active', '   ')).toBe('reason_required');
    expect(cancellationProblem('active', 'budget withdrawn')).toBeNull();
  });
  it('refuses to cancel what is already over', () => {
    for (const status of ['completed', 'lapsed', 'cancelled'] as const) expect(cancellationProblem(status, 'why')).toBe('not_cancellable');
  });
});

describe('contractSettled', () => {
  const received = { status: 'received' };
  it('needs every delivery received and every invoice paid', () => {
    expect(contractSettled({ deliveries: [received, received], invoices: [{ status: 'paid' }] })).toBe(true);
    expect(contractSettled({ deliveries: [received, { status: 'delivered' }], invoices: [{ status: 'paid' }] })).toBe(false);
    expect(contractSettled({ deliveries: [received], invoices: [{ status: 'paid' }, { status: 'open' }] })).toBe(false);
    expect(contractSettled({ deliveries: [], invoices: [] })).toBe(false);
  });
});

describe('receiptIssues', () => {
  it('counts every unit handed over as accepted or rejected', () => {
    expect(receiptIssues(100, { acceptedQuantity: 90, rejectedQuantity: 10 })).toEqual([]);
    expect(receiptIssues(100, { acceptedQuantity: 90, rejectedQuantity: 5 })).toEqual([{ field: 'acceptedQuantity', code: 'count_does_not_match' }]);
    expect(receiptIssues(100, { acceptedQuantity: -1, rejectedQuantity: 1.5 })).toEqual([
      { field: 'acceptedQuantity', code: 'not_whole_number' },
      { field: 'rejectedQuantity', code: 'not_whole_number' },
    ]);
  });
});

describe('replacementProblem', () => {
  const base = {
    original: { status: 'received' as const, rejectedQuantity: 10, replacedQuantity: 4 },
    quantity: 6,
    dueDate: '2026-05-01',
    scheduleEnd: '2026-06-30',
    today: '2026-04-10',
  };
  it('allows replacing what is rejected and not yet replaced, due within the schedule', () => {
    expect(replacementProblem(base)).toBeNull();
    expect(replacementProblem({ ...base, dueDate: '2026-06-30' })).toBeNull();
    expect(replacementProblem({ ...base, dueDate: '2026-04-10' })).toBeNull();
  });
  it('names what is wrong', () => {
    expect(replacementProblem({ ...base, original: { ...base.original, status: 'delivered' } })).toBe('not_received');
    expect(replacementProblem({ ...base, original: { ...base.original, replacedQuantity: 10 } })).toBe('nothing_to_replace');
    expect(replacementProblem({ ...base, quantity: 0 })).toBe('nothing_to_replace');
    expect(replacementProblem({ ...base, quantity: 7 })).toBe('quantity_above_rejected');
    expect(replacementProblem({ ...base, dueDate: '2026-04-09' })).toBe('date_in_past');
    expect(replacementProblem({ ...base, dueDate: '2026-07-01' })).toBe('after_schedule');
    expect(() => replacementProblem({ ...base, dueDate: '2026-02-30' })).toThrow(RangeError);
  });
});

describe('invoices', () => {
  it('is overdue from the end of its due day in Tehran (UTC+03:30), not from UTC midnight', () => {
    const invoice = { status: 'open' as const, dueDate: '2026-04-30' };
    expect(invoiceStatusAt(invoice, new Date('2026-04-30T20:29:59.999Z'))).toBe('open');
    expect(invoiceStatusAt(invoice, new Date('2026-04-30T20:30:00.000Z'))).toBe('overdue');
    expect(invoiceStatusAt({ ...invoice, status: 'paid' }, new Date('2027-01-01T00:00:00Z'))).toBe('paid');
  });
  it('takes payments up to what is left, the last one paying it', () => {
    const invoice = { amountMinor: 1_000, paidMinor: 400 };
    expect(paymentEvent(invoice, 100)).toBe('pay');
    expect(paymentEvent(invoice, 600)).toBe('pay_last');
    expect(paymentEvent(invoice, 601)).toBe('overpayment');
    expect(paymentEvent(invoice, 0)).toBe('not_positive');
    expect(paymentEvent(invoice, 2.5)).toBe('not_positive');
  });
});
