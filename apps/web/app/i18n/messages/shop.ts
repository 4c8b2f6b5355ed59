import { defineMessages } from '@bazaarche/i18n';

/** A shop’s public page and the shop settings only its owner sees. */
export const shopMessages = defineMessages({
  'shop.trades': { fa: 'رسته‌ها', en: 'Trades' },

  'shop.since': { fa: 'عضو بازارچه از {date}', en: 'On Bazaarche since {date}' },
  'shop.licensed': { fa: 'دارای مجوز مشاغل خانگی', en: 'Licensed home business' },
  'shop.listingsTitle': { fa: 'محصولات غرفه', en: 'From this shop' },
  'shop.listingsEmpty': { fa: 'این غرفه هنوز محصولی منتشر نکرده است.', en: 'This shop has not published any listings yet.' },
  'shop.preview': { fa: 'این غرفه هنوز تأیید نشده است و فقط شما آن را می‌بینید.', en: 'This shop is not approved yet, so only you can see it.' },

  'shop.acceptsCod': { fa: 'پرداخت در محل را می‌پذیرم', en: 'Accept cash on delivery' },
  'shop.acceptsCodHint': {
    fa: 'خریدار مبلغ را هنگام تحویل به خود شما می‌پردازد؛ کارمزد بازارچه بر این فروش‌ها بدهی شما می‌شود و از تسویهٔ بعدی کم می‌شود.',
    en: 'The buyer pays you in cash at the door; Bazaarche’s commission on these sales is then owed by you and netted from your next payout.',
  },

  'shop.codTitle': { fa: 'پرداخت در محل', en: 'Cash on delivery' },
  'shop.codSave': { fa: 'ذخیرهٔ روش پرداخت', en: 'Save payment setting' },
  'shop.codSaved': { fa: 'تنظیم پرداخت در محل ذخیره شد.', en: 'Cash on delivery setting saved.' },
});
