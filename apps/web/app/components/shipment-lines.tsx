import { formatMoney, formatNumber } from '@bazaarche/i18n';
import { Link } from '@remix-run/react';
import { ordersMessages } from '../i18n/messages/orders.ts';
import { useLocale, useT } from '../i18n/use-t.ts';
import { formatDay } from '../lib/dates.ts';
import type { OrderLine } from '../lib/order-types.ts';
import { variantLabel } from '../lib/variant-label.ts';

interface ShipmentLinesProps {
  lines: OrderLine[];
  /** The lines' prices are shown in it; null shows counts only, as in a network leader's queue of parts to give out. */
  currency: string | null;
  /** The buyer's view: each name leads back to its listing. */
  linkToListing?: boolean;
  /** The buyer's view: made-to-order lines say by when they will be sent. */
  showShipBy?: boolean;
}

/** What one shipment holds, a line per listing (and variant). */
export function ShipmentLines({ lines, currency, linkToListing = false, showShipBy = false }: ShipmentLinesProps) {
  const t = useT(ordersMessages);
  const locale = useLocale();
  return (
    <ul className="shipment-lines">
      {lines.map((line) => (
        <li key={line.id}>
          <span className="shipment-line-name">
            {linkToListing ? <Link to={`/listings/${line.listingId}`}>{line.name}</Link> : line.name}
            {line.variantAttributes ? <span className="shipment-line-variant">{variantLabel(line.variantAttributes, t, locale)}</span> : null}
            {showShipBy && line.shipBy ? <span className="shipment-line-variant">{t('order.shipBy', { date: formatDay(line.shipBy, locale) })}</span> : null}
          </span>
          {currency === null ? (
            <span className="shipment-line-quantity">{t('order.lineQuantity', { count: formatNumber(line.quantity, locale) })}</span>
          ) : (
            <>
              <span className="shipment-line-quantity">
                {formatNumber(line.quantity, locale)} × {formatMoney(line.unitPriceMinor, currency, locale)}
              </span>
              <span className="shipment-line-total">{formatMoney(line.lineTotalMinor, currency, locale)}</span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
