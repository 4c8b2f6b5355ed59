import { defineMessages } from '@bazaarche/i18n';

/** A network’s incoming retail orders and its sales settings. */
export const networkOrdersMessages = defineMessages({
  'networkOrders.title': { fa: 'سفارش‌های رسیده برای سپردن', en: 'Incoming orders to assign' },
  'networkOrders.lead': {
    fa: 'هر مرسولهٔ شبکه را به یکی از اعضای فعال بسپارید تا آن را بسازد و بفرستد؛ تا پیش از ارسال می‌توانید آن را به عضو دیگری بدهید.',
    en: 'Give each of the network’s shipments to an active member, who makes and sends it; until it is sent you may give it to another.',
  },
  'networkOrders.none': { fa: 'سفارشی در انتظار نیست.', en: 'No orders are waiting.' },
  'networkOrders.assignee': { fa: 'سازنده', en: 'Made by' },
  'networkOrders.unassigned': { fa: 'هنوز سپرده نشده', en: 'Not assigned yet' },
  'networkOrders.formFor': { fa: 'سپردن {order}', en: 'Assign {order}' },
  'networkOrders.member': { fa: 'عضو سازنده', en: 'Member to make it' },
  'networkOrders.memberChoose': { fa: 'یک عضو انتخاب کنید', en: 'Choose a member' },
  'networkOrders.memberOption': { fa: '{shop} (ظرفیت {capacity} در هفته)', en: '{shop} ({capacity} a week)' },
  'networkOrders.memberRequired': { fa: 'عضوی را که باید بسازد انتخاب کنید.', en: 'Choose the member who is to make it.' },
  'networkOrders.assign': { fa: 'سپردن', en: 'Assign' },
  'networkOrders.reassign': { fa: 'سپردن به این عضو', en: 'Give to this member' },
  'networkOrders.assignAutomatically': { fa: 'سپردن خودکار', en: 'Assign automatically' },
  'networkOrders.assigned': { fa: 'به {shop} سپرده شد.', en: 'Given to {shop}.' },
  'networkSettings.title': { fa: 'تنظیمات فروش', en: 'Selling settings' },
  'networkSettings.routing': { fa: 'سپردن سفارش‌ها', en: 'Assigning orders' },
  'networkSettings.routingManual': { fa: 'خودم هر سفارش را به عضوی می‌سپارم', en: 'I give each order to a member myself' },
  'networkSettings.routingAutomatic': {
    fa: 'خودکار پس از پرداخت، به عضوی که ظرفیت آزاد بیشتری دارد',
    en: 'Automatically once paid, to the member with the most free capacity',
  },
  'networkSettings.flatFee': { fa: 'هزینهٔ ارسال هر سفارش (تومان)', en: 'Shipping fee per order (toman)' },
  'networkSettings.freeAbove': { fa: 'ارسال رایگان از خرید (تومان)', en: 'Free shipping from (toman)' },
  'networkSettings.freeAboveHint': { fa: 'خالی بگذارید تا ارسال همیشه هزینه داشته باشد.', en: 'Leave it empty to always charge for shipping.' },
  'networkSettings.coordinationFee': { fa: 'کارمزد هماهنگی (درصد)', en: 'Coordination fee (percent)' },
  'networkSettings.coordinationFeeHint': { fa: 'سهم شبکه از فروش هر عضو، مثلاً ۵ یا ۲٫۵', en: 'The network’s share of each member’s sales, e.g. 5 or 2.5' },
  'networkSettings.percentInvalid': { fa: 'درصد را با رقم بنویسید، مثلاً ۵ یا ۲٫۵.', en: 'Enter a percentage in digits, e.g. 5 or 2.5.' },
  'networkSettings.save': { fa: 'ذخیرهٔ تنظیمات', en: 'Save settings' },
  'networkSettings.saved': { fa: 'تنظیمات ذخیره شد.', en: 'Settings saved.' },
});
