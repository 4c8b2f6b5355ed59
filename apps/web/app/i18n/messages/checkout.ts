import { defineMessages } from '@bazaarche/i18n';

/** The checkout form. */
export const checkoutMessages = defineMessages({
  'checkout.title': { fa: 'ثبت سفارش', en: 'Checkout' },
  'checkout.address': { fa: 'نشانی تحویل', en: 'Delivery address' },
  'checkout.recipientName': { fa: 'نام گیرنده', en: 'Recipient’s name' },
  'checkout.phone': { fa: 'شمارهٔ همراه', en: 'Mobile number' },
  'checkout.phoneHint': { fa: 'مانند ۰۹۱۲۳۴۵۶۷۸۹', en: 'Like 09123456789' },
  'checkout.province': { fa: 'استان', en: 'Province' },
  'checkout.provinceChoose': { fa: 'استان را انتخاب کنید', en: 'Choose a province' },
  'checkout.city': { fa: 'شهر', en: 'City' },
  'checkout.addressLine': { fa: 'نشانی', en: 'Address' },
  'checkout.addressLineHint': { fa: 'خیابان، کوچه، پلاک و واحد', en: 'Street, lane, building number and unit' },
  'checkout.postalCode': { fa: 'کد پستی', en: 'Postal code' },
  'checkout.postalCodeHint': { fa: 'ده رقم، بی خط تیره', en: 'Ten digits, no dashes' },
  'checkout.payment': { fa: 'روش پرداخت', en: 'Payment method' },
  'checkout.paymentManual': { fa: 'واریز بانکی (انتقال شبا)', en: 'Bank transfer (Sheba)' },
  'checkout.paymentManualCard': { fa: 'واریز بانکی (انتقال شبا یا کارت‌به‌کارت)', en: 'Bank transfer (Sheba or card-to-card)' },
  'checkout.paymentManualHint': {
    fa: 'پس از ثبت سفارش، شمارهٔ حساب بازارچه و شناسهٔ پرداخت را می‌بینید. همین که بازارچه رسیدن پول را ببیند، سفارش تأیید و آماده و فرستاده می‌شود.',
    en: 'After placing the order you see Bazaarche’s account and a payment reference. As soon as Bazaarche sees the money arrive, your order is confirmed, prepared and sent.',
  },
  'checkout.submit': { fa: 'ثبت سفارش', en: 'Place order' },
  'checkout.summary': { fa: 'سفارش شما', en: 'Your order' },
  'checkout.editCart': { fa: 'ویرایش سبد خرید', en: 'Edit your cart' },
  'checkout.reviewCart': { fa: 'سبد خریدتان پیش از ثبت سفارش نیاز به بازبینی دارد.', en: 'Your cart needs a look before you can place the order.' },
  'checkout.lineSummary': { fa: '{quantity} × {name}', en: '{quantity} × {name}' },

  'checkout.paymentCod': { fa: 'پرداخت در محل', en: 'Cash on delivery' },
  'checkout.paymentCodHint': {
    fa: 'مبلغ هر مرسوله را هنگام تحویل، نقد به فروشندهٔ آن می‌پردازید.',
    en: 'You pay each shipment’s amount in cash to its seller when it is handed to you.',
  },
});
