import { defineMessages } from '@bazaarche/i18n';

/** The bank transfer a buyer makes after checkout, and the copy buttons beside its numbers. */
export const bankTransferMessages = defineMessages({
  'transfer.lead': {
    fa: 'مبلغ را دقیقاً به حساب زیر واریز کنید و شناسهٔ پرداخت را در شرح انتقال (یا «شناسهٔ واریز») بنویسید.',
    en: 'Send exactly this amount to the account below, and write the payment reference in the transfer’s note (or “deposit ID”).',
  },
  'transfer.leadCard': {
    fa: 'مبلغ را دقیقاً با انتقال شبا یا کارت‌به‌کارت به حساب زیر بفرستید و شناسهٔ پرداخت را در شرح انتقال (یا «شناسهٔ واریز») بنویسید.',
    en: 'Send exactly this amount by Sheba transfer or card-to-card to the account below, and write the payment reference in the transfer’s note (or “deposit ID”).',
  },
  'transfer.amount': { fa: 'مبلغ', en: 'Amount' },
  'transfer.rials': { fa: '{amount} ریال', en: '{amount} rials' },
  'transfer.rialsHint': { fa: 'بیشتر برنامه‌های بانکی مبلغ را به ریال می‌پرسند.', en: 'Most banking apps ask for the amount in rials.' },
  'transfer.holder': { fa: 'به نام', en: 'Account holder' },
  'transfer.bank': { fa: 'بانک', en: 'Bank' },
  'transfer.sheba': { fa: 'شمارهٔ شبا', en: 'Sheba (IBAN)' },
  'transfer.card': { fa: 'شمارهٔ کارت', en: 'Card number' },
  'transfer.reference': { fa: 'شناسهٔ پرداخت', en: 'Payment reference' },
  'transfer.confirmation': {
    fa: 'سفارش شما همین که بازارچه رسیدن پول را ببیند تأیید می‌شود و فروشنده آماده‌سازی را آغاز می‌کند.',
    en: 'Your order is confirmed as soon as Bazaarche sees the money arrive, and the seller starts preparing it.',
  },

  'copy.action': { fa: 'کپی', en: 'Copy' },
  'copy.done': { fa: 'کپی شد', en: 'Copied' },
  'copy.failed': { fa: 'کپی نشد؛ متن را انتخاب کردیم تا خودتان کپی کنید.', en: 'Could not copy; the text is selected for you to copy.' },
});
