import { defineMessages } from '@bazaarche/i18n';

/** Every error code the API can answer with, and what a person reads for it. */
export const errorMessages = defineMessages({
  malformed_request: { fa: 'درخواست قابل خواندن نیست.', en: 'The request could not be read.' },
  validation_failed: { fa: 'برخی از فیلدها نامعتبرند.', en: 'Some fields are not valid.' },
  unsupported_media_type: { fa: 'نوع محتوای درخواست پشتیبانی نمی‌شود.', en: 'The request content type is not supported.' },
  payload_too_large: { fa: 'حجم درخواست بیش از حد مجاز است.', en: 'The request is too large.' },
  unauthorized: { fa: 'برای این کار باید وارد حساب خود شوید.', en: 'You need to sign in to do this.' },
  invalid_token: { fa: 'نشست شما نامعتبر یا منقضی شده است؛ دوباره وارد شوید.', en: 'Your session is invalid or has expired; please sign in again.' },
  invalid_credentials: { fa: 'ایمیل یا گذرواژه درست نیست.', en: 'The email or password is incorrect.' },
  invalid_refresh_token: { fa: 'نشست شما منقضی شده است؛ دوباره وارد شوید.', en: 'Your session has expired; please sign in again.' },
  refresh_token_reused: {
    fa: 'این نشست پیش‌تر استفاده شده بود و برای امنیت شما بسته شد؛ دوباره وارد شوید.',
    en: 'This session was used before and has been closed for your safety; please sign in again.',
  },
  forbidden: { fa: 'اجازهٔ این کار را ندارید.', en: 'You are not allowed to do this.' },
  not_found: { fa: 'پیدا نشد.', en: 'Not found.' },
  email_taken: { fa: 'با این ایمیل پیش‌تر حسابی ساخته شده است.', en: 'An account with this email already exists.' },
  rate_limited: { fa: 'درخواست‌های شما زیاد بوده است؛ کمی بعد دوباره تلاش کنید.', en: 'Too many requests; please try again shortly.' },
  internal: { fa: 'خطایی در سرور رخ داد؛ دوباره تلاش کنید.', en: 'Something went wrong on our side; please try again.' },
});

export type ErrorCode = keyof typeof errorMessages;
