import { endOfCalendarDay } from '../calendar/calendar-date.ts';

/**
 * What is stored: an invoice is open until paid in full. `overdue` is never stored; it is an open
 * invoice whose due day is over in Tehran, worked out when it is read (invoiceStatusAt), so no job
 * has to run at midnight for the status to be true.
 */
export const storedInvoiceStatuses = ['open', 'paid'] as const;
export type StoredInvoiceStatus = (typeof storedInvoiceStatuses)[number];

/** What the API shows (api.md: `status: "open" or "paid" or "overdue"`). */
export const invoiceStatuses = ['open', 'paid', 'overdue'] as const;
export type InvoiceStatus = (typeof invoiceStatuses)[number];

/** `pay` is a payment that leaves some of it unpaid, `pay_last` the one that pays the rest (see paymentEvent). */
export const invoiceEvents = ['pay', 'pay_last'] as const;
export type InvoiceEvent = (typeof invoiceEvents)[number];

const transitions: Record<InvoiceEvent, Partial<Record<StoredInvoiceStatus, StoredInvoiceStatus>>> = {
  pay: { open: 'open' },
  pay_last: { open: 'paid' },
};

/** The status an event leads to, or null when the invoice's state does not allow it. */
export function nextInvoiceStatus(current: StoredInvoiceStatus, event: InvoiceEvent): StoredInvoiceStatus | null {
  return transitions[event][current] ?? null;
}

/**
 * A payment of `amountMinor` on an invoice: refused when it is not a positive whole amount or
 * would pay more than is left (an overpayment is a transfer finance must look at, not a credit we invent).
 */
export function paymentEvent(invoice: { amountMinor: number; paidMinor: number }, amountMinor: number): InvoiceEvent | 'not_positive' | 'overpayment' {
  if (!Number.isSafeInteger(amountMinor) || amountMinor <= 0) return 'not_positive';
  const left = invoice.amountMinor - invoice.paidMinor;
  if (amountMinor > left) return 'overpayment';
  return amountMinor === left ? 'pay_last' : 'pay';
}

/** The status to show at `now`: an open invoice is overdue from the moment its due day ends in Tehran. */
export function invoiceStatusAt(invoice: { status: StoredInvoiceStatus; dueDate: string }, now: Date): InvoiceStatus {
  if (invoice.status === 'paid') return 'paid';
  return now.getTime() >= endOfCalendarDay(invoice.dueDate).getTime() ? 'overdue' : 'open';
}
