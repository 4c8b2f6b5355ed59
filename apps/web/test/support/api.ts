// The one door from the web's tests into the API's code. The browser tests drive the real API on a
// throw-away database and set the scene (an admin, an approved shop, a paid order) with the API's own
// test helpers, as its tests do, instead of a second copy of them here. .dependency-cruiser.cjs lets
// this file, and no other file of apps/web, import apps/api/test/support.ts (decision 021).
export {
  confirmTransferAsFinance,
  createListing,
  createOrUpdateUser,
  createTestApp,
  drainSearchOutbox,
  publishedListing,
  registerAdmin,
  registerFinance,
  registerProducer,
  registerUser,
  shippingAddressInput,
  type TestApp,
} from '../../../api/test/support.ts';
