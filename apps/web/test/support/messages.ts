import { adminPaymentsMessages } from '../../app/i18n/messages/admin-payments.ts';
import { adminMessages } from '../../app/i18n/messages/admin.ts';
import { authMessages } from '../../app/i18n/messages/auth.ts';
import { bankTransferMessages } from '../../app/i18n/messages/bank-transfer.ts';
import { bulkMessages } from '../../app/i18n/messages/bulk.ts';
import { cartMessages } from '../../app/i18n/messages/cart.ts';
import { checkoutMessages } from '../../app/i18n/messages/checkout.ts';
import { dashboardMessages } from '../../app/i18n/messages/dashboard.ts';
import { earningsMessages } from '../../app/i18n/messages/earnings.ts';
import { homeMessages } from '../../app/i18n/messages/home.ts';
import { listingFormMessages } from '../../app/i18n/messages/listing-form.ts';
import { listingMessages } from '../../app/i18n/messages/listing.ts';
import { networkOrdersMessages } from '../../app/i18n/messages/network-orders.ts';
import { networksMessages } from '../../app/i18n/messages/networks.ts';
import { ordersMessages } from '../../app/i18n/messages/orders.ts';
import { searchMessages } from '../../app/i18n/messages/search.ts';
import { sellerOrdersMessages } from '../../app/i18n/messages/seller-orders.ts';
import { sharedMessages } from '../../app/i18n/messages/shared.ts';
import { shopMessages } from '../../app/i18n/messages/shop.ts';
import { statusMessages } from '../../app/i18n/messages/status.ts';

/**
 * Each feature catalogue by its file's name, and the prefixes of the keys it holds: a key's prefix
 * (the part before its first dot) decides its catalogue (decision 028), and messages.test.ts holds
 * every catalogue to this table.
 */
export const catalogues = {
  shared: { messages: sharedMessages, prefixes: ['brand', 'meta', 'nav', 'header', 'footer', 'language', 'errorPage', 'account', 'error', 'form', 'place', 'seller', 'variant', 'pager', 'moneyForm'] },
  auth: { messages: authMessages, prefixes: ['login', 'register', 'field'] },
  home: { messages: homeMessages, prefixes: ['home'] },
  search: { messages: searchMessages, prefixes: ['search'] },
  listing: { messages: listingMessages, prefixes: ['listing', 'addToCart'] },
  status: { messages: statusMessages, prefixes: ['listingStatus', 'producerStatus', 'orderStatus', 'fulfilmentStatus'] },
  cart: { messages: cartMessages, prefixes: ['cart'] },
  checkout: { messages: checkoutMessages, prefixes: ['checkout'] },
  orders: { messages: ordersMessages, prefixes: ['order', 'orders', 'timeline', 'refund'] },
  'bank-transfer': { messages: bankTransferMessages, prefixes: ['transfer', 'copy'] },
  'seller-orders': { messages: sellerOrdersMessages, prefixes: ['sellerOrders'] },
  earnings: { messages: earningsMessages, prefixes: ['earnings'] },
  dashboard: { messages: dashboardMessages, prefixes: ['dashboard', 'shopForm', 'listingAction'] },
  shop: { messages: shopMessages, prefixes: ['shop'] },
  'listing-form': { messages: listingFormMessages, prefixes: ['listingForm', 'photos'] },
  admin: { messages: adminMessages, prefixes: ['admin', 'adminPayouts'] },
  'admin-payments': { messages: adminPaymentsMessages, prefixes: ['adminPayments'] },
  networks: { messages: networksMessages, prefixes: ['networks', 'networkPage'] },
  'network-orders': { messages: networkOrdersMessages, prefixes: ['networkOrders', 'networkSettings'] },
  bulk: { messages: bulkMessages, prefixes: ['bulk', 'tasks', 'splitIssue', 'allocationStatus'] },
} as const;

export type CatalogueName = keyof typeof catalogues;

/** Every text of the web, for tests that find an element by the words a person sees. */
export const messages = {
  ...sharedMessages,
  ...authMessages,
  ...homeMessages,
  ...searchMessages,
  ...listingMessages,
  ...statusMessages,
  ...cartMessages,
  ...checkoutMessages,
  ...ordersMessages,
  ...bankTransferMessages,
  ...sellerOrdersMessages,
  ...earningsMessages,
  ...dashboardMessages,
  ...shopMessages,
  ...listingFormMessages,
  ...adminMessages,
  ...adminPaymentsMessages,
  ...networksMessages,
  ...networkOrdersMessages,
  ...bulkMessages,
};
