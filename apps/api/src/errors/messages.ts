import { defineMessages } from '@bazaarche/i18n';

/** Every error code the API can answer with, and what a person reads for it. */
export const errorMessages = defineMessages({
  malformed_request: { fa: 'درخواست قابل خواندن نیست.', en: 'The request could not be read.' },
  total_too_large: { fa: 'مبلغ کل از بیشینهٔ مجاز بیشتر می‌شود.', en: 'The total would be larger than the largest allowed amount.' },
  validation_failed: { fa: 'برخی از فیلدها نامعتبرند.', en: 'Some fields are not valid.' },
  unsupported_media_type: { fa: 'نوع محتوای درخواست پشتیبانی نمی‌شود.', en: 'The request content type is not supported.' },
  payload_too_large: { fa: 'حجم درخواست یا فایل بیش از حد مجاز است (عکس حداکثر ۱۵ مگابایت).', en: 'The request or file is too large (photos up to 15 MB).' },
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
  producer_exists: { fa: 'شما پیش‌تر غرفه‌ای باز کرده‌اید.', en: 'You already have a shop.' },
  producer_not_found: { fa: 'این غرفه پیدا نشد.', en: 'This shop was not found.' },
  no_shop: { fa: 'برای این کار ابتدا باید غرفهٔ خود را باز کنید.', en: 'Open your shop first to do this.' },
  producer_not_approved: {
    fa: 'غرفهٔ شما هنوز تأیید نشده است؛ پس از تأیید می‌توانید محصول را منتشر کنید.',
    en: 'Your shop is not approved yet; you can publish once it is.',
  },
  producer_state_conflict: { fa: 'وضعیت غرفه اجازهٔ این کار را نمی‌دهد.', en: 'The shop is not in a state that allows this.' },
  listing_not_found: { fa: 'این محصول پیدا نشد.', en: 'This listing was not found.' },
  listing_state_conflict: { fa: 'وضعیت محصول اجازهٔ این کار را نمی‌دهد.', en: 'The listing is not in a state that allows this.' },
  invalid_listing: { fa: 'اطلاعات محصول کامل یا سازگار نیست.', en: 'The listing details are incomplete or inconsistent.' },
  too_many_images: { fa: 'هر محصول حداکثر ۱۰ عکس می‌تواند داشته باشد.', en: 'A listing can have at most 10 photos.' },
  image_not_found: { fa: 'این عکس پیدا نشد.', en: 'This photo was not found.' },
  file_missing: { fa: 'فایل عکس فرستاده نشده است (فیلد file).', en: 'No photo was sent (field "file").' },
  unsupported_image_type: { fa: 'فقط عکس‌های JPEG، PNG، WebP و AVIF پذیرفته می‌شوند.', en: 'Only JPEG, PNG, WebP and AVIF photos are accepted.' },
  image_unreadable: { fa: 'این عکس خراب یا ناقص است.', en: 'This photo is damaged or incomplete.' },
  image_too_many_pixels: { fa: 'ابعاد این عکس بیش از حد بزرگ است (حداکثر ۵۰ مگاپیکسل).', en: 'This photo is too large (at most 50 megapixels).' },
  image_has_trailing_data: {
    fa: 'این فایل پس از عکس، دادهٔ دیگری هم دارد و پذیرفته نمی‌شود.',
    en: 'This file carries other data after the image and is not accepted.',
  },
  // Cart, orders and fulfilment
  cart_full: { fa: 'سبد خرید حداکثر ۵۰ ردیف دارد؛ برای افزودن، ردیفی را حذف کنید.', en: 'A cart holds at most 50 lines; remove one to add another.' },
  cart_item_not_found: { fa: 'این ردیف در سبد خرید شما نیست.', en: 'This line is not in your cart.' },
  cart_empty: { fa: 'سبد خرید شما خالی است.', en: 'Your cart is empty.' },
  cart_line_problem: {
    fa: 'برخی از اقلام سبد تغییر کرده‌اند یا دیگر موجود نیستند؛ سبد را بازبینی کنید.',
    en: 'Some items have changed or are no longer available; please review your cart.',
  },
  listing_not_available: { fa: 'این محصول اکنون فروخته نمی‌شود.', en: 'This listing is not for sale right now.' },
  insufficient_stock: { fa: 'موجودی این محصول کافی نیست.', en: 'There is not enough stock of this listing.' },
  currency_mismatch: { fa: 'اقلامی با واحد پول متفاوت را نمی‌توان در یک سفارش خرید.', en: 'Items priced in different currencies cannot be bought in one order.' },
  idempotency_key_reused: {
    fa: 'این کلید یکتایی پیش‌تر برای سفارشی دیگر به کار رفته است.',
    en: 'This Idempotency-Key was already used for a different order.',
  },
  payment_method_unavailable: { fa: 'این روش پرداخت فعال نیست.', en: 'This payment method is not available.' },
  own_listing: { fa: 'نمی‌توانید از غرفهٔ خودتان (یا شبکه‌ای که رهبری‌اش با شماست) خرید کنید.', en: 'You cannot buy from your own shop (or a network you lead).' },
  order_not_found: { fa: 'این سفارش پیدا نشد.', en: 'This order was not found.' },
  order_state_conflict: { fa: 'وضعیت سفارش اجازهٔ این کار را نمی‌دهد.', en: 'The order is not in a state that allows this.' },
  fulfilment_not_found: { fa: 'این مرسوله پیدا نشد.', en: 'This shipment was not found.' },
  fulfilment_state_conflict: { fa: 'وضعیت مرسوله اجازهٔ این کار را نمی‌دهد.', en: 'The shipment is not in a state that allows this.' },
  payment_not_found: { fa: 'این پرداخت پیدا نشد.', en: 'This payment was not found.' },
  payment_state_conflict: { fa: 'وضعیت پرداخت اجازهٔ این کار را نمی‌دهد.', en: 'The payment is not in a state that allows this.' },
  cod_confirm_required: {
    fa: 'این مرسوله پرداخت در محل است: تحویل آن را با تأیید دریافت وجه ثبت کنید.',
    en: 'This shipment is cash on delivery: record its delivery by confirming the cash you received.',
  },
  payment_provider_unavailable: {
    fa: 'درگاه پرداخت اکنون در دسترس نیست؛ سفارش ثبت شد ولی پرداخت آغاز نشد. با همان درخواست دوباره تلاش کنید.',
    en: 'The payment provider is unavailable right now; the order was placed but its payment could not start. Retry the same request.',
  },
  invalid_signature: { fa: 'امضای این رویداد معتبر نیست.', en: 'This event’s signature is not valid.' },
  // Ledger, refunds and payouts
  refund_exceeds_paid: { fa: 'مبلغ بازپرداخت از آنچه پرداخت شده و هنوز بازنگشته بیشتر است.', en: 'The refund is more than what was paid and not yet refunded.' },
  refund_exceeds_payable: {
    fa: 'سهم فروشنده از این بازپرداخت بیش از طلب فعلی اوست (پیش‌تر تسویه شده است).',
    en: "The seller's share of this refund is more than they are owed now (it was already paid out).",
  },
  refund_exceeds_network_payable: {
    fa: 'سهم کارمزد هماهنگی شبکه از این بازپرداخت بیش از طلب فعلی شبکه است (پیش‌تر تسویه شده است).',
    en: "The network's coordination-fee share of this refund is more than the network is owed now (it was already paid out).",
  },
  payout_exceeds_payable: {
    fa: 'مبلغ تسویه از طلب قابل پرداخت فروشنده (پس از کسر بدهی کارمزد او) بیشتر است.',
    en: 'The payout is more than the seller is owed, after what they owe the platform.',
  },
  payout_exceeds_cash: {
    fa: 'موجودی نقد بازارچه برای این تسویه کافی نیست؛ پولی که نرسیده پرداخت نمی‌شود.',
    en: 'The platform does not hold enough cash for this payout; money that has not arrived is not paid out.',
  },
  payout_destination_missing: { fa: 'این غرفه هنوز شمارهٔ شبای تسویه ثبت نکرده است.', en: 'This shop has not given a Sheba number for payouts yet.' },
  // Networks and bulk orders
  network_not_found: { fa: 'این شبکه پیدا نشد.', en: 'This network was not found.' },
  network_member_exists: { fa: 'این تولیدکننده پیش‌تر به این شبکه دعوت شده است.', en: 'This producer has already been invited to this network.' },
  network_member_not_found: { fa: 'این تولیدکننده عضو این شبکه نیست.', en: 'This producer is not a member of this network.' },
  network_member_busy: {
    fa: 'این عضو هنوز کارِ در دستِ شبکه دارد (سهم سفارش عمده یا مرسوله‌ای که تحویل نشده)؛ پس از پایان آن می‌تواند از شبکه برود.',
    en: 'This member still has work in hand for the network (a bulk-order share or a shipment not yet delivered); they can leave once it is done.',
  },
  network_invitation_missing: { fa: 'دعوتی برای پیوستن به این شبکه ندارید.', en: 'You have no invitation to join this network.' },
  bulk_order_not_found: { fa: 'این سفارش عمده پیدا نشد.', en: 'This bulk order was not found.' },
  bulk_order_state_conflict: { fa: 'وضعیت سفارش عمده اجازهٔ این کار را نمی‌دهد.', en: 'The bulk order is not in a state that allows this.' },
  invalid_split: { fa: 'تقسیم پیشنهادی با ظرفیت اعضا یا مقدار سفارش سازگار نیست.', en: 'The split does not fit the members’ capacity or the order’s quantity.' },
  allocation_not_found: { fa: 'این سهم پیدا نشد.', en: 'This allocation was not found.' },
  allocation_state_conflict: { fa: 'وضعیت این سهم اجازهٔ این کار را نمی‌دهد.', en: 'The allocation is not in a state that allows this.' },
  quality_check_exceeds_delivered: {
    fa: 'تعداد پذیرفته و ردشده از آنچه تحویل شده و هنوز بررسی نشده بیشتر است.',
    en: 'More units were accepted and rejected than were delivered and not yet checked.',
  },
  fulfilment_unassigned: {
    fa: 'این مرسولهٔ شبکه هنوز به هیچ عضوی سپرده نشده است؛ نخست رهبر شبکه باید آن را به یک عضو بسپارد.',
    en: 'This network shipment has not been given to a member yet; the network’s leader must assign it first.',
  },
  no_member_has_capacity: {
    fa: 'هیچ عضو فعالی در هفتهٔ پیش رو ظرفیت آزاد کافی برای این مرسوله ندارد؛ آن را دستی به یک عضو بسپارید.',
    en: 'No active member has enough free capacity in the coming week for this shipment; assign it to a member by hand.',
  },
  rate_limited: { fa: 'درخواست‌های شما زیاد بوده است؛ کمی بعد دوباره تلاش کنید.', en: 'Too many requests; please try again shortly.' },
  internal: { fa: 'خطایی در سرور رخ داد؛ دوباره تلاش کنید.', en: 'Something went wrong on our side; please try again.' },
});

export type ErrorCode = keyof typeof errorMessages;
