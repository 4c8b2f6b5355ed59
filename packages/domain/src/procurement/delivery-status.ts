import { isCalendarDate } from '../calendar/calendar-date.ts';
import { assertMinorUnits } from '../money/minor-units.ts';

/**
 * One tranche of a contract's schedule: scheduled, in production once its bulk order (or a single
 * producer's task) exists, delivered when the supplier hands it over, received when the organisation
 * has counted every unit as accepted or rejected. Cancelled when its contract is cancelled before it is received.
 */
export const contractDeliveryStatuses = ['scheduled', 'in_production', 'delivered', 'received', 'cancelled'] as const;
export type ContractDeliveryStatus = (typeof contractDeliveryStatuses)[number];

export const contractDeliveryEvents = ['start_production', 'deliver', 'receive', 'cancel'] as const;
export type ContractDeliveryEvent = (typeof contractDeliveryEvents)[number];

const transitions: Record<ContractDeliveryEvent, Partial<Record<ContractDeliveryStatus, ContractDeliveryStatus>>> = {
  start_production: { scheduled: 'in_production' },
  deliver: { in_production: 'delivered' },
  // A receipt is final: units rejected in it are made again as a replacement delivery, invoiced on its own receipt.
  receive: { delivered: 'received' },
  cancel: { scheduled: 'cancelled', in_production: 'cancelled', delivered: 'cancelled' },
};

/** The status an event leads to, or null when the delivery's state does not allow it. */
export function nextContractDeliveryStatus(current: ContractDeliveryStatus, event: ContractDeliveryEvent): ContractDeliveryStatus | null {
  return transitions[event][current] ?? null;
}

export type ReceiptField = 'acceptedQuantity' | 'rejectedQuantity';
export interface ReceiptIssue {
  field: ReceiptField;
  code: 'not_whole_number' | 'count_does_not_match';
}

/** What is wrong with a receipt of a delivery of `quantity` units: every unit handed over is either accepted or rejected. */
export function receiptIssues(quantity: number, receipt: { acceptedQuantity: number; rejectedQuantity: number }): ReceiptIssue[] {
  assertMinorUnits(quantity, 'quantity');
  const issues: ReceiptIssue[] = [];
  for (const field of ['acceptedQuantity', 'rejectedQuantity'] as const) {
    if (!Number.isSafeInteger(receipt[field]) || receipt[field] < 0) issues.push({ field, code: 'not_whole_number' });
  }
  if (issues.length === 0 && receipt.acceptedQuantity + receipt.rejectedQuantity !== quantity) {
    issues.push({ field: 'acceptedQuantity', code: 'count_does_not_match' });
  }
  return issues;
}

export type ReplacementProblem = 'not_received' | 'nothing_to_replace' | 'quantity_above_rejected' | 'after_schedule' | 'date_in_past';

/**
 * Why a replacement of rejected units cannot be scheduled, or null when it can. "Within the schedule":
 * it is due no later than the contract's last original due date, and not before today; it replaces
 * at most the units rejected in the receipt it answers, less those already replaced.
 */
export function replacementProblem(input: {
  original: { status: ContractDeliveryStatus; rejectedQuantity: number; replacedQuantity: number };
  quantity: number;
  dueDate: string;
  /** The last due date of the contract's schedule as signed. */
  scheduleEnd: string;
  today: string;
}): ReplacementProblem | null {
  const { original, quantity, dueDate, scheduleEnd, today } = input;
  for (const date of [dueDate, scheduleEnd, today]) if (!isCalendarDate(date)) throw new RangeError(`${date} is not a calendar date`);
  assertMinorUnits(quantity, 'quantity');
  if (original.status !== 'received') return 'not_received';
  const replaceable = original.rejectedQuantity - original.replacedQuantity;
  if (replaceable <= 0 || quantity === 0) return 'nothing_to_replace';
  if (quantity > replaceable) return 'quantity_above_rejected';
  if (dueDate < today) return 'date_in_past';
  if (dueDate > scheduleEnd) return 'after_schedule';
  return null;
}
