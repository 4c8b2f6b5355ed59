import { defineMessages } from '@bazaarche/i18n';

/** On every page: the header, footer and error page, the account menu, and words several features use. */
export const sharedMessages = defineMessages({
  'brand.name': { fa: 'بازارچه', en: 'Bazaarche' },
  'brand.tagline': { fa: 'بازار محصولات خانگی', en: 'The home-made goods bazaar' },
  'meta.description': {
    fa: 'بازارچه، بازار آنلاین محصولاتی که در خانه‌ها ساخته می‌شوند؛ مستقیم از تولیدکنندگان مشاغل خانگی.',
    en: 'Bazaarche is an online bazaar of goods made at home, straight from home-business producers.',
  },
  'nav.home': { fa: 'صفحهٔ اصلی بازارچه', en: 'Bazaarche home' },

  'header.searchLabel': { fa: 'جستجو در بازارچه', en: 'Search Bazaarche' },
  'header.searchPlaceholder': { fa: 'ترشی، گلیم، نان محلی…', en: 'Pickles, kilims, local bread…' },
  'header.searchSubmit': { fa: 'جستجو', en: 'Search' },
  'header.suggestions': { fa: 'پیشنهادها', en: 'Suggestions' },
  'header.suggestionsCount': {
    fa: '{count} پیشنهاد؛ با کلیدهای جهت بالا و پایین مرورشان کنید.',
    en: '{count} suggestions; browse them with the up and down arrow keys.',
  },

  'language.label': { fa: 'زبان', en: 'Language' },
  'language.switch': { fa: 'English', en: 'فارسی' },
  'language.switchHint': { fa: 'نمایش سایت به انگلیسی', en: 'Show the site in Persian' },

  'account.label': { fa: 'حساب کاربری', en: 'Account' },
  'account.login': { fa: 'ورود', en: 'Log in' },
  'account.register': { fa: 'ثبت‌نام', en: 'Sign up' },
  'account.logout': { fa: 'خروج', en: 'Log out' },
  'account.signedInAs': { fa: 'وارد شده با نام {name}', en: 'Signed in as {name}' },

  'account.menu': { fa: 'منوی حساب {name}', en: 'Account menu for {name}' },
  'account.dashboard': { fa: 'غرفهٔ من', en: 'My shop' },
  'account.openShop': { fa: 'باز کردن غرفه', en: 'Open a shop' },
  'account.admin': { fa: 'بررسی غرفه‌ها', en: 'Review shops' },

  'footer.about': {
    fa: 'بازارچه برای تولیدکنندگان خانگی و خریدارانشان ساخته شده است: هر خرید، درآمد یک خانه است.',
    en: 'Bazaarche is built for home producers and the people who buy from them: every purchase is a household’s income.',
  },
  'footer.copyright': { fa: '© {year} بازارچه', en: '© {year} Bazaarche' },

  'pager.label': { fa: 'صفحه‌ها', en: 'Pages' },
  'pager.previous': { fa: 'صفحهٔ قبل', en: 'Previous page' },
  'pager.next': { fa: 'صفحهٔ بعد', en: 'Next page' },
  'pager.position': { fa: 'صفحهٔ {page} از {pages}', en: 'Page {page} of {pages}' },
  'variant.sku': { fa: 'کد کالا', en: 'SKU' },
  'variant.size': { fa: 'اندازه', en: 'Size' },
  'variant.colour': { fa: 'رنگ', en: 'Colour' },

  'place.cityProvince': { fa: '{city}، {province}', en: '{city}, {province}' },
  'seller.network': { fa: 'شبکه', en: 'Network' },

  'account.orders': { fa: 'سفارش‌های من', en: 'My orders' },
  'account.shopOrders': { fa: 'سفارش‌های غرفه', en: 'Shop orders' },

  'header.cartLink': { fa: 'سبد خرید', en: 'Cart' },
  'header.cartLinkCount': { fa: 'سبد خرید، {count} قلم', en: 'Cart, {count} items' },
  'header.cartLinkCountOne': { fa: 'سبد خرید، {count} قلم', en: 'Cart, {count} item' },

  'account.earnings': { fa: 'درآمد غرفه', en: 'Shop earnings' },
  'account.adminPayouts': { fa: 'تسویه با غرفه‌ها', en: 'Payouts to shops' },

  'moneyForm.required': { fa: 'این فیلد لازم است.', en: 'This field is required.' },
  'moneyForm.amountInvalid': { fa: 'مبلغ را با رقم و به تومان بنویسید، مثلاً ۱۲۵۰۰۰.', en: 'Enter the amount in toman, in digits, e.g. 125000.' },
  'account.tasks': { fa: 'کارهای من در شبکه‌ها', en: 'My network tasks' },

  'form.sending': { fa: 'در حال ارسال…', en: 'Sending…' },
  'error.emailTaken': { fa: 'با این ایمیل پیش‌تر حسابی ساخته شده است.', en: 'An account with this email already exists.' },
  'error.invalidCredentials': { fa: 'ایمیل یا گذرواژه درست نیست.', en: 'The email or password is incorrect.' },
  'error.rateLimited': { fa: 'تلاش‌ها بیش از اندازه شد. {seconds} ثانیهٔ دیگر دوباره امتحان کنید.', en: 'Too many attempts. Try again in {seconds} seconds.' },
  'error.rateLimitedSoon': { fa: 'تلاش‌ها بیش از اندازه شد. کمی بعد دوباره امتحان کنید.', en: 'Too many attempts. Please try again shortly.' },
  'error.unavailable': { fa: 'سرویس بازارچه اکنون پاسخ نمی‌دهد. کمی بعد دوباره امتحان کنید.', en: 'Bazaarche is not answering right now. Please try again shortly.' },
  'error.signedOut': { fa: 'از حساب خارج شده‌اید؛ دوباره وارد شوید.', en: 'You are signed out; please log in again.' },
  'error.generic': { fa: 'مشکلی پیش آمد. دوباره امتحان کنید.', en: 'Something went wrong. Please try again.' },

  'errorPage.notFoundTitle': { fa: 'این صفحه پیدا نشد', en: 'Page not found' },
  'errorPage.notFoundBody': { fa: 'نشانی را بررسی کنید یا به صفحهٔ اصلی برگردید.', en: 'Check the address, or go back to the home page.' },
  'errorPage.title': { fa: 'مشکلی پیش آمد', en: 'Something went wrong' },
  'errorPage.body': { fa: 'لطفاً کمی بعد دوباره امتحان کنید.', en: 'Please try again in a moment.' },
  'errorPage.home': { fa: 'بازگشت به صفحهٔ اصلی', en: 'Back to the home page' },
  'account.adminPayments': { fa: 'واریزهای بانکی', en: 'Bank transfers' },
});
