import { formatMoney } from '@bazaarche/i18n';
import { cartMessages } from '../i18n/messages/cart.ts';
import { useLocale, useT } from '../i18n/use-t.ts';

interface OrderSumsProps {
  subtotalMinor: number;
  shippingMinor: number;
  totalMinor: number;
  currency: string;
  /** The last row's label: the whole order's total, or one shop's. */
  totalLabel?: string | undefined;
}

/** Items, shipping and total, as a cart, a checkout and an order all show them. */
export function OrderSums({ subtotalMinor, shippingMinor, totalMinor, currency, totalLabel }: OrderSumsProps) {
  const t = useT(cartMessages);
  const locale = useLocale();
  const money = (amount: number) => formatMoney(amount, currency, locale);
  return (
    <dl className="order-sums">
      <div>
        <dt>{t('cart.subtotal')}</dt>
        <dd>{money(subtotalMinor)}</dd>
      </div>
      <div>
        <dt>{t('cart.shipping')}</dt>
        <dd>{shippingMinor === 0 ? t('cart.shippingFree') : money(shippingMinor)}</dd>
      </div>
      <div className="order-sums-total">
        <dt>{totalLabel ?? t('cart.total')}</dt>
        <dd>{money(totalMinor)}</dd>
      </div>
    </dl>
  );
}
