import { defineMessages } from '@bazaarche/i18n';

/** Cash on delivery: offered at checkout, told to the buyer, taken by the seller at the door, and owed on in earnings. */
export const cashOnDeliveryMessages = defineMessages({
  'orderStatus.cash_on_delivery': { fa: 'پرداخت در محل', en: 'To be paid at the door' },

  'checkout.paymentCod': { fa: 'پرداخت در محل', en: 'Cash on delivery' },
  'checkout.paymentCodHint': {
    fa: 'مبلغ هر مرسوله را هنگام تحویل، نقد به فروشندهٔ آن می‌پردازید.',
    en: 'You pay each shipment’s amount in cash to its seller when it is handed to you.',
  },

  'order.codTitle': { fa: 'پرداخت در محل', en: 'Cash on delivery' },
  'order.codPay': {
    fa: 'هنگام تحویل، دقیقاً {amount} را نقد به فروشنده بپردازید.',
    en: 'Pay exactly {amount} in cash to the seller when it is delivered.',
  },
  'order.codPayEach': {
    fa: 'روی هم {amount}؛ مبلغ هر مرسوله را هنگام تحویل همان مرسوله، نقد به فروشنده‌اش بپردازید.',
    en: '{amount} in all; pay each shipment’s amount in cash to its seller when that shipment is delivered.',
  },
  'order.codPaid': { fa: 'مبلغ این سفارش هنگام تحویل پرداخت شد.', en: 'This order was paid in cash on delivery.' },

  'shop.acceptsCod': { fa: 'پرداخت در محل را می‌پذیرم', en: 'Accept cash on delivery' },
  'shop.acceptsCodHint': {
    fa: 'خریدار مبلغ را هنگام تحویل به خود شما می‌پردازد؛ کارمزد بازارچه بر این فروش‌ها بدهی شما می‌شود و از تسویهٔ بعدی کم می‌شود.',
    en: 'The buyer pays you in cash at the door; Bazaarche’s commission on these sales is then owed by you and netted from your next payout.',
  },

  'shop.codTitle': { fa: 'پرداخت در محل', en: 'Cash on delivery' },
  'shop.codSave': { fa: 'ذخیرهٔ روش پرداخت', en: 'Save payment setting' },
  'shop.codSaved': { fa: 'تنظیم پرداخت در محل ذخیره شد.', en: 'Cash on delivery setting saved.' },

  'sellerOrders.codCollect': { fa: 'وجه نقد دریافت شد', en: 'Cash received' },
  'sellerOrders.codCollectHint': {
    fa: 'وقتی مرسوله را تحویل دادید و {amount} را نقد گرفتید، این را بزنید؛ مرسوله تحویل‌شده ثبت می‌شود.',
    en: 'Press this once you have handed the parcel over and taken {amount} in cash; it is then recorded as delivered.',
  },
  'sellerOrders.codCollected': { fa: 'دریافت وجه و تحویل ثبت شد.', en: 'Cash and delivery recorded.' },
  'sellerOrders.codAwaiting': {
    fa: 'پرداخت در محل: خریدار {amount} را هنگام تحویل نقد به شما می‌پردازد.',
    en: 'Cash on delivery: the buyer pays you {amount} in cash at the door.',
  },

  'earnings.unfunded': { fa: 'در انتظار پرداخت خریدار', en: 'Awaiting the buyer’s payment' },
  'earnings.unfundedHint': {
    fa: 'برای سفارش‌های عمده به دست آورده‌اید، ولی تا پرداخت خریدار قابل تسویه نیست',
    en: 'Earned on bulk orders, payable once the buyer has paid for them',
  },
  'earnings.accountUnfunded': { fa: 'در انتظار پرداخت خریدار', en: 'Unfunded' },
  'earnings.accountOwed': { fa: 'بدهی کارمزد', en: 'Owed' },
  'earnings.kind.codCommission': { fa: 'کارمزد بازارچه بر فروش پرداخت در محل ({rate}٪)', en: 'Platform commission on a cash-on-delivery sale ({rate}%)' },
  'earnings.kind.codCommissionNoRate': { fa: 'کارمزد بازارچه بر فروش پرداخت در محل', en: 'Platform commission on a cash-on-delivery sale' },
  'earnings.owed': { fa: 'کارمزد بدهکار', en: 'Commission owed' },
  'earnings.owedHint': {
    fa: 'کارمزد بازارچه بر فروش‌های پرداخت در محل؛ از تسویهٔ بعدی شما کم می‌شود',
    en: 'Bazaarche’s commission on cash-on-delivery sales, netted from your next payout',
  },
});
