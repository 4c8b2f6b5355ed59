import { defineMessages } from '@bazaarche/i18n';

/** Every text the web shows a person, Persian first. */
export const messages = defineMessages({
  'brand.name': { fa: 'بازارچه', en: 'Bazaarche' },
  'brand.tagline': { fa: 'بازار محصولات خانگی', en: 'The home-made goods bazaar' },
  'meta.description': {
    fa: 'بازارچه، بازار آنلاین محصولاتی که در خانه‌ها ساخته می‌شوند؛ مستقیم از تولیدکنندگان مشاغل خانگی.',
    en: 'Bazaarche is an online bazaar of goods made at home, straight from home-business producers.',
  },
  'nav.home': { fa: 'صفحهٔ اصلی بازارچه', en: 'Bazaarche home' },

  'search.label': { fa: 'جستجو در بازارچه', en: 'Search Bazaarche' },
  'search.placeholder': { fa: 'ترشی، گلیم، نان محلی…', en: 'Pickles, kilims, local bread…' },
  'search.submit': { fa: 'جستجو', en: 'Search' },
  'search.title': { fa: 'جستجو', en: 'Search' },
  'search.resultsFor': { fa: 'جستجو برای «{query}»', en: 'Searching for “{query}”' },
  'search.inTrade': { fa: 'در رستهٔ «{trade}»', en: 'In the “{trade}” trade' },
  'search.comingSoon': {
    fa: 'جستجوی محصولات هنوز آماده نیست و به‌زودی راه می‌افتد. تا آن زمان می‌توانید رسته‌های مشاغل خانگی را در صفحهٔ اصلی ببینید.',
    en: 'Product search is not ready yet; it is coming soon. Meanwhile you can browse the home-business trades on the home page.',
  },
  'search.empty': { fa: 'چه چیزی دنبالش هستید؟ عبارتی در کادر جستجو بنویسید.', en: 'What are you looking for? Type something in the search box.' },
  'search.backHome': { fa: 'دیدن رسته‌ها در صفحهٔ اصلی', en: 'Browse the trades on the home page' },

  'language.label': { fa: 'زبان', en: 'Language' },
  'language.switch': { fa: 'English', en: 'فارسی' },
  'language.switchHint': { fa: 'نمایش سایت به انگلیسی', en: 'Show the site in Persian' },

  'account.label': { fa: 'حساب کاربری', en: 'Account' },
  'account.login': { fa: 'ورود', en: 'Log in' },
  'account.register': { fa: 'ثبت‌نام', en: 'Sign up' },
  'account.logout': { fa: 'خروج', en: 'Log out' },
  'account.signedInAs': { fa: 'وارد شده با نام {name}', en: 'Signed in as {name}' },

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

  'footer.about': {
    fa: 'بازارچه برای تولیدکنندگان خانگی و خریدارانشان ساخته شده است: هر خرید، درآمد یک خانه است.',
    en: 'Bazaarche is built for home producers and the people who buy from them: every purchase is a household’s income.',
  },
  'footer.copyright': { fa: '© {year} بازارچه', en: '© {year} Bazaarche' },

  'field.name': { fa: 'نام و نام خانوادگی', en: 'Full name' },
  'field.email': { fa: 'ایمیل', en: 'Email' },
  'field.password': { fa: 'گذرواژه', en: 'Password' },
  'field.passwordHint': { fa: 'دست‌کم {min} نویسه', en: 'At least {min} characters' },

  'register.title': { fa: 'ساخت حساب در بازارچه', en: 'Create your Bazaarche account' },
  'register.lead': {
    fa: 'با یک حساب از تولیدکنندگان خانگی خرید کنید، یا کسب‌وکار خانگی خودتان را راه بیندازید.',
    en: 'One account lets you buy from home producers or start your own home business.',
  },
  'register.submit': { fa: 'ساخت حساب', en: 'Create account' },
  'register.haveAccount': { fa: 'حساب دارید؟', en: 'Already have an account?' },

  'login.title': { fa: 'ورود به بازارچه', en: 'Log in to Bazaarche' },
  'login.lead': { fa: 'خوش برگشتید! ایمیل و گذرواژه‌تان را وارد کنید.', en: 'Welcome back! Enter your email and password.' },
  'login.submit': { fa: 'ورود', en: 'Log in' },
  'login.noAccount': { fa: 'حساب ندارید؟', en: 'New to Bazaarche?' },

  'form.sending': { fa: 'در حال ارسال…', en: 'Sending…' },
  'error.emailTaken': { fa: 'با این ایمیل پیش‌تر حسابی ساخته شده است.', en: 'An account with this email already exists.' },
  'error.invalidCredentials': { fa: 'ایمیل یا گذرواژه درست نیست.', en: 'The email or password is incorrect.' },
  'error.rateLimited': { fa: 'تلاش‌ها بیش از اندازه شد. {seconds} ثانیهٔ دیگر دوباره امتحان کنید.', en: 'Too many attempts. Try again in {seconds} seconds.' },
  'error.rateLimitedSoon': { fa: 'تلاش‌ها بیش از اندازه شد. کمی بعد دوباره امتحان کنید.', en: 'Too many attempts. Please try again shortly.' },
  'error.unavailable': { fa: 'سرویس بازارچه اکنون پاسخ نمی‌دهد. کمی بعد دوباره امتحان کنید.', en: 'Bazaarche is not answering right now. Please try again shortly.' },
  'error.generic': { fa: 'مشکلی پیش آمد. دوباره امتحان کنید.', en: 'Something went wrong. Please try again.' },

  'errorPage.notFoundTitle': { fa: 'این صفحه پیدا نشد', en: 'Page not found' },
  'errorPage.notFoundBody': { fa: 'نشانی را بررسی کنید یا به صفحهٔ اصلی برگردید.', en: 'Check the address, or go back to the home page.' },
  'errorPage.title': { fa: 'مشکلی پیش آمد', en: 'Something went wrong' },
  'errorPage.body': { fa: 'لطفاً کمی بعد دوباره امتحان کنید.', en: 'Please try again in a moment.' },
  'errorPage.home': { fa: 'بازگشت به صفحهٔ اصلی', en: 'Back to the home page' },
});

export type MessageKey = keyof typeof messages;
