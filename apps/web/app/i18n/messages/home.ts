import { defineMessages } from '@bazaarche/i18n';

/** The home page. */
export const homeMessages = defineMessages({
  'home.eyebrow': { fa: 'از خانه‌ها، برای خانه‌ها', en: 'From homes, for homes' },
  'home.title': { fa: 'بازارچه‌ای برای آنچه در خانه‌ها ساخته می‌شود', en: 'A bazaar for what is made at home' },
  'home.lead': {
    fa: 'ترشی و مربای خانگی، نان محلی، گلیم و سفال و لباس دست‌دوز؛ مستقیم از تولیدکنندگان مشاغل خانگی سراسر ایران، بی‌واسطه و با نام خودشان.',
    en: 'Home-made pickles and jams, local breads, kilims, pottery and hand-sewn clothes — straight from home-business producers across Iran, under their own names.',
  },
  'home.join': { fa: 'در خانه تولید می‌کنید؟ به بازارچه بپیوندید', en: 'Make things at home? Join Bazaarche' },
  'home.browse': { fa: 'دیدن رسته‌ها', en: 'Browse the trades' },
  'home.tradesTitle': { fa: 'رسته‌های مشاغل خانگی', en: 'Home-business trades' },
  'home.tradesCount': { fa: '{count} رسته', en: '{count} trades' },
  'home.tradesEmpty': { fa: 'هنوز رسته‌ای ثبت نشده است.', en: 'No trades have been listed yet.' },
  'home.tradesUnavailable': {
    fa: 'فهرست رسته‌ها اکنون در دسترس نیست. کمی بعد دوباره سر بزنید.',
    en: 'The list of trades is unavailable right now. Please check back shortly.',
  },
});
