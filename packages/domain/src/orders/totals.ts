import { assertMinorUnits, multiplyMinorUnits, sumMinorUnits } from '../money/minor-units.ts';
import { shippingFee, type ShippingRule } from './shipping.ts';

export interface PricedLine {
  sellerKey: string;
  unitPriceMinor: number;
  quantity: number;
}

export type TotalledLine<L extends PricedLine> = L & { lineTotalMinor: number };

export interface FulfilmentTotals<L extends PricedLine = PricedLine> {
  sellerKey: string;
  lines: TotalledLine<L>[];
  subtotalMinor: number;
  shippingMinor: number;
  totalMinor: number;
}

export interface OrderTotals<L extends PricedLine = PricedLine> {
  fulfilments: FulfilmentTotals<L>[];
  subtotalMinor: number;
  shippingMinor: number;
  totalMinor: number;
}

/**
 * Splits an order into one fulfilment per seller, in the order sellers first appear, and adds it up.
 * Amounts are integer minor units of the order's one currency; any other field of a line is carried
 * through, so the caller keeps its listing and variant ids. A number that is not a safe integer, or a
 * sum past MAX_SAFE_INTEGER, is a RangeError rather than a rounded total.
 */
export function orderTotals<L extends PricedLine>(lines: readonly L[], shippingRules: ReadonlyMap<string, ShippingRule>): OrderTotals<L> {
  const bySeller = new Map<string, TotalledLine<L>[]>();
  for (const line of lines) {
    assertMinorUnits(line.unitPriceMinor, 'unitPriceMinor');
    if (!Number.isSafeInteger(line.quantity) || line.quantity < 1) throw new RangeError(`quantity must be a positive safe integer, got ${line.quantity}`);
    const group = bySeller.get(line.sellerKey) ?? [];
    group.push({ ...line, lineTotalMinor: multiplyMinorUnits(line.unitPriceMinor, line.quantity, 'lineTotalMinor') });
    bySeller.set(line.sellerKey, group);
  }

  const fulfilments = [...bySeller].map(([sellerKey, group]): FulfilmentTotals<L> => {
    const rule = shippingRules.get(sellerKey);
    // A seller without a rule is a caller's bug: guessing a fee would charge the buyer the wrong amount.
    if (!rule) throw new Error(`No shipping rule for seller ${sellerKey}`);
    const subtotalMinor = sumMinorUnits(group.map((l) => l.lineTotalMinor), 'subtotalMinor');
    const shippingMinor = shippingFee(rule, subtotalMinor);
    return { sellerKey, lines: group, subtotalMinor, shippingMinor, totalMinor: sumMinorUnits([subtotalMinor, shippingMinor], 'totalMinor') };
  });

  return {
    fulfilments,
    subtotalMinor: sumMinorUnits(fulfilments.map((f) => f.subtotalMinor), 'subtotalMinor'),
    shippingMinor: sumMinorUnits(fulfilments.map((f) => f.shippingMinor), 'shippingMinor'),
    totalMinor: sumMinorUnits(fulfilments.map((f) => f.totalMinor), 'totalMinor'),
  };
}
