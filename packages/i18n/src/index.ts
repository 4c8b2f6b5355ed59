export { defaultLocale, dirOf, isLocale, locales, negotiateLocale, type Locale } from './locale.ts';
export { defineMessages, translate, type Messages, type Message } from './messages.ts';
export { formatDate, formatNumber } from './format.ts';
export { formatMoney, isRial, tomanToRial } from './money.ts';
