import { defineMessages } from '@bazaarche/i18n';

/** Signing in and registering. */
export const authMessages = defineMessages({
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
});
