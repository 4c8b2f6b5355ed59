import { defineMessages } from '@bazaarche/i18n';

/** A shop’s orders: confirming, shipping and delivering its parts. */
export const sellerOrdersMessages = defineMessages({
  'sellerOrders.title': { fa: 'سفارش‌های غرفه', en: 'Shop orders' },
  'sellerOrders.lead': {
    fa: 'سهم غرفهٔ شما از هر سفارش: پس از رسیدن پول، پرداخت را تأیید کنید، سپس بفرستید و کد رهگیری را ثبت کنید.',
    en: 'Your shop’s part of each order: confirm the payment once the money arrives, then send it and add the tracking code.',
  },
  'sellerOrders.count': { fa: '{count} مرسوله', en: '{count} shipments' },
  'sellerOrders.countOne': { fa: '{count} مرسوله', en: '{count} shipment' },
  'sellerOrders.filter': { fa: 'نمایش بر پایهٔ وضعیت', en: 'Show by status' },
  'sellerOrders.all': { fa: 'همه', en: 'All' },
  'sellerOrders.empty': { fa: 'هنوز سفارشی به غرفهٔ شما نرسیده است.', en: 'Your shop has no orders yet.' },
  'sellerOrders.emptyStatus': { fa: 'مرسوله‌ای با این وضعیت نیست.', en: 'No shipments have this status.' },
  'sellerOrders.shipTo': { fa: 'ارسال به', en: 'Send to' },
  'sellerOrders.items': { fa: 'اقلام', en: 'Items' },
  'sellerOrders.amount': { fa: 'مبلغ این مرسوله', en: 'This shipment’s amount' },
  'sellerOrders.amountBreakdown': { fa: '(کالاها {items} + ارسال {shipping})', en: '(items {items} + shipping {shipping})' },
  'sellerOrders.paymentPending': {
    fa: 'خریدار باید {amount} به حساب بازارچه واریز کند؛ پس از آنکه امور مالی بازارچه رسیدن آن را تأیید کرد، می‌توانید ارسال کنید.',
    en: 'The buyer is to transfer {amount} to the platform’s account; you can send once the platform’s finance team confirms it arrived.',
  },
  'sellerOrders.carrier': { fa: 'شرکت حمل', en: 'Carrier' },
  'sellerOrders.carrierHint': { fa: 'مثلاً پست پیشتاز یا تیپاکس', en: 'E.g. Iran Post or Tipax' },
  'sellerOrders.trackingCode': { fa: 'کد رهگیری', en: 'Tracking code' },
  'sellerOrders.ship': { fa: 'ثبت ارسال', en: 'Mark as shipped' },
  'sellerOrders.shipped': { fa: 'ارسال ثبت شد؛ خریدار کد رهگیری را می‌بیند.', en: 'Marked as shipped; the buyer sees the tracking code.' },
  'sellerOrders.deliver': { fa: 'تحویل داده شد', en: 'Mark as delivered' },
  'sellerOrders.delivered': { fa: 'تحویل ثبت شد.', en: 'Marked as delivered.' },
  'sellerOrders.actions': { fa: 'کارهای {order}', en: 'Actions for {order}' },
  'sellerOrders.forNetwork': { fa: 'این مرسوله را برای این شبکه می‌فرستید:', en: 'You send this shipment for the network:' },
  'sellerOrders.awaitingAssignment': { fa: 'در انتظار سپردن به یکی از اعضا', en: 'Awaiting assignment to a member' },
  'sellerOrders.assignOnNetworkPage': { fa: 'سپردن در صفحهٔ {network}', en: 'Assign it on the page of {network}' },

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
});
