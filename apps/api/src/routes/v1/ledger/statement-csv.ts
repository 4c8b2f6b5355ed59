import { defineMessages, type Locale, translate } from '@bazaarche/i18n';
import type { StatementLine } from '../../../schemas/ledger.ts';

const csvHeadings = defineMessages({
  date: { fa: 'تاریخ', en: 'Date' },
  kind: { fa: 'رویداد', en: 'Event' },
  account: { fa: 'حساب', en: 'Account' },
  amount: { fa: 'مبلغ (ریال)', en: 'Amount (minor units)' },
  order: { fa: 'سفارش', en: 'Order' },
  fulfilment: { fa: 'مرسوله', en: 'Shipment' },
  reference: { fa: 'مرجع', en: 'Reference' },
});

/** A CSV field: quoted when it holds a separator, a quote or a line break; a leading formula sign is neutralised. */
function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  const safe = /^[=+\-@]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A statement's entries as CSV, a sales history to show a bank, headed in the caller's language. The
 * byte-order mark makes spreadsheet programs read the Persian as UTF-8.
 */
export function statementCsv(entries: StatementLine[], locale: Locale): string {
  const heading = (key: keyof typeof csvHeadings) => translate(csvHeadings[key], locale);
  const rows = [
    [heading('date'), heading('kind'), heading('account'), heading('amount'), heading('order'), heading('fulfilment'), heading('reference')],
    ...entries.map((e) => [e.at, e.kind, e.account, e.amountMinor, e.orderId, e.fulfilmentId, e.refundId ?? e.payoutId]),
  ];
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
