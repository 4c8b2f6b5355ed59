import { ordersMessages } from '../i18n/messages/orders.ts';
import { useLocale, useT } from '../i18n/use-t.ts';
import { isolate, localDigits } from '../lib/bidi.ts';
import type { ShippingAddress } from '../lib/order-types.ts';

/** Where an order goes, as a parcel label reads: recipient and phone, place, street, postal code. */
export function ShippingAddressBlock({ address, provinceName }: { address: ShippingAddress; provinceName: string }) {
  const t = useT(ordersMessages);
  const locale = useLocale();
  return (
    <address className="shipping-address">
      <span>{t('order.recipient', { name: isolate(address.recipientName), phone: isolate(localDigits(address.phone, locale)) })}</span>
      <span>{t('place.cityProvince', { city: isolate(address.city), province: isolate(provinceName) })}</span>
      {/* Written by the buyer, most likely in Persian: it keeps its own direction on an English page. */}
      <span dir="auto">{address.addressLine}</span>
      <span>{t('order.postalCode', { code: isolate(localDigits(address.postalCode, locale)) })}</span>
    </address>
  );
}
