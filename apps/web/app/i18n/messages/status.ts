import { defineMessages } from '@bazaarche/i18n';

/** The status badges of listings, producers, orders and their parts. */
export const statusMessages = defineMessages({
  'producerStatus.pending': { fa: 'در انتظار بررسی', en: 'Awaiting review' },
  'producerStatus.approved': { fa: 'تأییدشده', en: 'Approved' },
  'producerStatus.rejected': { fa: 'تأییدنشده', en: 'Not approved' },

  'listingStatus.draft': { fa: 'پیش‌نویس', en: 'Draft' },
  'listingStatus.active': { fa: 'منتشرشده', en: 'Live' },
  'listingStatus.paused': { fa: 'متوقف', en: 'Paused' },
  'listingStatus.archived': { fa: 'بایگانی‌شده', en: 'Archived' },
  'listingStatus.rejected': { fa: 'ردشده', en: 'Rejected' },

  'orderStatus.pending_payment': { fa: 'در انتظار پرداخت', en: 'Awaiting payment' },
  'orderStatus.paid': { fa: 'پرداخت‌شده', en: 'Paid' },
  'orderStatus.completed': { fa: 'تکمیل‌شده', en: 'Completed' },
  'orderStatus.cancelled': { fa: 'لغوشده', en: 'Cancelled' },
  'orderStatus.expired': { fa: 'منقضی‌شده', en: 'Expired' },

  'fulfilmentStatus.awaiting_payment': { fa: 'در انتظار پرداخت', en: 'Awaiting payment' },
  'fulfilmentStatus.processing': { fa: 'در حال آماده‌سازی', en: 'Being prepared' },
  'fulfilmentStatus.shipped': { fa: 'ارسال‌شده', en: 'Shipped' },
  'fulfilmentStatus.delivered': { fa: 'تحویل‌شده', en: 'Delivered' },
  'fulfilmentStatus.cancelled': { fa: 'لغوشده', en: 'Cancelled' },
  'orderStatus.cash_on_delivery': { fa: 'پرداخت در محل', en: 'To be paid at the door' },
});
