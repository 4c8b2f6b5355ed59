import { listingInput } from '../support.ts';
import type { ActorName, World } from './world.ts';

/** What a call must answer: any success, or one exact status. */
export type Expected = '2xx' | 401 | 403 | 404 | 409;
const ok = '2xx' as const;

/** One request: the method and path template come from the row, the rest from its subject. */
export interface Call {
  url: string;
  payload?: object | Buffer;
  headers?: Record<string, string>;
}

export interface Row {
  /** `METHOD /path/{param}` exactly as in the OpenAPI document. */
  route: string;
  /** Tells apart rows of one route (a draft listing, a network's part of an order). */
  case?: string;
  /** Whose object it is: the column marked as the owner in the printed matrix. */
  owner?: ActorName;
  expect: Record<ActorName, Expected>;
  /** The object the call is about, built from (or in) the world. */
  subject: (world: World) => Promise<Call> | Call;
  /**
   * The call changes state: every actor expected to succeed gets a subject of their own, and the
   * others share one, called first (each service checks who may before what state allows).
   */
  mutates?: true;
  /** Why an expectation is what it is, where the reason is not plain from the rule. */
  why?: string;
}

const onlyAdmin = { anonymous: 401, buyer: 403, seller: 403, leader: 403, member: 403, fellowMember: 403, otherBuyer: 403, otherProducer: 403, finance: 403, admin: ok } as const;
/** The platform's money: finance, and admins, who hold finance too (decision 018). */
const onlyFinance = { ...onlyAdmin, finance: ok } as const;
const everyone = { anonymous: ok, buyer: ok, seller: ok, leader: ok, member: ok, fellowMember: ok, otherBuyer: ok, otherProducer: ok, finance: ok, admin: ok } as const;
/** A public listing of `seller`'s: others see it, so they are told they may not (403), not that it is missing. */
const sellerManagesPublic = { anonymous: 401, buyer: 403, seller: ok, leader: 403, member: 403, fellowMember: 403, otherBuyer: 403, otherProducer: 403, finance: 403, admin: ok } as const;
/** A hidden listing of `seller`'s: no one else may know it exists. */
const sellerManagesHidden = { anonymous: 401, buyer: 404, seller: ok, leader: 404, member: 404, fellowMember: 404, otherBuyer: 404, otherProducer: 404, finance: 404, admin: ok } as const;
/** The network's settings and membership: the network is public, so others get 403. */
const leaderManages = { anonymous: 401, buyer: 403, seller: 403, leader: ok, member: 403, fellowMember: 403, otherBuyer: 403, otherProducer: 403, finance: 403, admin: ok } as const;
/** A bulk order: the leader works it; the allocated member may see it but not do this; anyone else is told it does not exist. */
const leaderWorksBulkOrder = { anonymous: 401, buyer: 404, seller: 404, leader: ok, member: 403, fellowMember: 404, otherBuyer: 404, otherProducer: 404, finance: 404, admin: ok } as const;
/** An allocation: only its member acts on it; those who see the bulk order (leader, admin) get 403. */
const memberActs = { anonymous: 401, buyer: 404, seller: 404, leader: 403, member: ok, fellowMember: 404, otherBuyer: 404, otherProducer: 404, finance: 404, admin: 403 } as const;
/** The caller's own workbench: a shop owner's or a leader's; a plain user has none (403). */
const shopOwners = { anonymous: 401, buyer: 403, seller: ok, leader: ok, member: ok, fellowMember: ok, otherBuyer: 403, otherProducer: ok, finance: 403, admin: 403 } as const;
const signedIn = { ...everyone, anonymous: 401 } as const;
/** An organisation: its members (the buyer, its admin, and otherBuyer) and platform admins see it; no one else may know it exists. */
const organizationSees = { anonymous: 401, buyer: ok, seller: 404, leader: 404, member: 404, fellowMember: 404, otherBuyer: ok, otherProducer: 404, finance: 404, admin: ok } as const;
/** Running it is its admin's: its other member and platform admins see it but may not (403), others get 404. */
const organizationAdminRuns = { ...organizationSees, otherBuyer: 403, admin: 403 } as const;

export const rows: Row[] = [
  // Orders: the buyer's; each seller sees their own part; the network's part is the leader's and, once given, its member's.
  {
    route: 'GET /v1/orders/{id}',
    owner: 'buyer',
    subject: (w) => ({ url: `/v1/orders/${w.order.id}` }),
    expect: { anonymous: 401, buyer: ok, seller: ok, leader: ok, member: ok, fellowMember: 404, otherBuyer: 404, otherProducer: 404, finance: ok, admin: ok },
  },
  {
    route: 'POST /v1/orders/{id}/cancel',
    owner: 'buyer',
    mutates: true,
    subject: async (w) => ({ url: `/v1/orders/${(await w.make.placeOrder()).id}/cancel` }),
    why: 'the network part of a new order is not given to the member yet, so the member is a stranger to it',
    expect: { anonymous: 401, buyer: ok, seller: 403, leader: 403, member: 404, fellowMember: 404, otherBuyer: 404, otherProducer: 404, finance: 403, admin: ok },
  },
  {
    route: 'POST /v1/payments/{id}/confirm',
    case: 'bank transfer',
    owner: 'buyer',
    mutates: true,
    subject: async (w) => {
      const { paymentId } = await w.make.placeOrder();
      // With the payment's own reference: whether the caller may confirm is the only question.
      return { url: `/v1/payments/${paymentId}/confirm`, payload: await w.transferConfirmation(paymentId) };
    },
    why: 'a bank transfer is paid to the platform: only platform finance (a finance member, or an admin) says it arrived; sellers in the order get 403 (shared/api.md, Money)',
    expect: { anonymous: 401, buyer: 403, seller: 403, leader: 403, member: 404, fellowMember: 404, otherBuyer: 404, otherProducer: 404, finance: ok, admin: ok },
  },
  {
    route: 'POST /v1/payments/{id}/refunds',
    owner: 'buyer',
    mutates: true,
    subject: async (w) => {
      const order = await w.make.paidOrder();
      return { url: `/v1/payments/${order.paymentId}/refunds`, payload: { fulfilmentId: order.shopPartId, amountMinor: 1_000, reference: 'REF-1', reason: 'requested_by_customer' } };
    },
    why: 'a refund undoes a sale, which is the admin’s call; finance confirms money in and pays shops out (decision 018)',
    expect: onlyAdmin,
  },
  {
    route: 'POST /v1/orders',
    case: 'the caller’s own listing',
    mutates: true,
    subject: (w) => ({ url: '/v1/orders', payload: { shippingAddress: w.shippingAddress, paymentMethod: 'manual', items: [{ listingId: w.activeListing.id, quantity: 1 }] } }),
    why: 'nobody may buy from their own shop: 409 own_listing (shared/api.md, Money)',
    expect: { anonymous: 401, buyer: ok, seller: 409, leader: ok, member: ok, fellowMember: ok, otherBuyer: ok, otherProducer: ok, finance: ok, admin: ok },
  },

  // Fulfilments: the one who sends it, the network's leader for its part, admins.
  {
    route: 'POST /v1/fulfilments/{id}/assign',
    owner: 'leader',
    subject: (w) => ({ url: `/v1/fulfilments/${w.order.networkPartId}/assign`, payload: { producerId: w.member.producer.id } }),
    why: 'given again to the same member until it ships, so safe to repeat; those in the order may see it (403), others 404. Finance reads the order but the network’s routing check does not know it yet (404; services/networks is another change’s)',
    expect: { anonymous: 401, buyer: 403, seller: 403, leader: ok, member: 403, fellowMember: 404, otherBuyer: 404, otherProducer: 404, finance: 404, admin: ok },
  },
  {
    route: 'POST /v1/fulfilments/{id}/ship',
    case: 'shop part',
    owner: 'seller',
    mutates: true,
    subject: async (w) => ({ url: `/v1/fulfilments/${(await w.make.paidOrder()).shopPartId}/ship`, payload: w.shipment }),
    why: 'the leader and member sell other parts of the order, not this one: 404',
    expect: { anonymous: 401, buyer: 403, seller: ok, leader: 404, member: 404, fellowMember: 404, otherBuyer: 404, otherProducer: 404, finance: 403, admin: ok },
  },
  {
    route: 'POST /v1/fulfilments/{id}/ship',
    case: 'network part',
    owner: 'member',
    mutates: true,
    subject: async (w) => ({ url: `/v1/fulfilments/${(await w.make.paidOrder()).networkPartId}/ship`, payload: w.shipment }),
    expect: { anonymous: 401, buyer: 403, seller: 404, leader: ok, member: ok, fellowMember: 404, otherBuyer: 404, otherProducer: 404, finance: 403, admin: ok },
  },
  {
    route: 'POST /v1/fulfilments/{id}/deliver',
    owner: 'seller',
    mutates: true,
    subject: async (w) => ({ url: `/v1/fulfilments/${(await w.make.shippedOrder()).shopPartId}/deliver` }),
    expect: { anonymous: 401, buyer: 403, seller: ok, leader: 404, member: 404, fellowMember: 404, otherBuyer: 404, otherProducer: 404, finance: 403, admin: ok },
  },

  // Listings and their photos.
  { route: 'GET /v1/listings/{id}', case: 'active', owner: 'seller', subject: (w) => ({ url: `/v1/listings/${w.activeListing.id}` }), expect: everyone },
  {
    route: 'GET /v1/listings/{id}',
    case: 'draft',
    owner: 'seller',
    subject: (w) => ({ url: `/v1/listings/${w.draftListing.id}` }),
    expect: { ...sellerManagesHidden, anonymous: 404 },
  },
  {
    route: 'PATCH /v1/listings/{id}',
    case: 'active',
    owner: 'seller',
    subject: (w) => ({ url: `/v1/listings/${w.activeListing.id}`, payload: { priceMinor: 4_500_000 } }),
    expect: sellerManagesPublic,
  },
  {
    route: 'PATCH /v1/listings/{id}',
    case: 'draft',
    owner: 'seller',
    subject: (w) => ({ url: `/v1/listings/${w.draftListing.id}`, payload: { priceMinor: 4_500_000 } }),
    expect: sellerManagesHidden,
  },
  {
    route: 'POST /v1/listings/{id}/publish',
    owner: 'seller',
    mutates: true,
    subject: async (w) => ({ url: `/v1/listings/${(await w.make.draftListing()).id}/publish` }),
    expect: sellerManagesHidden,
  },
  {
    route: 'POST /v1/listings/{id}/pause',
    owner: 'seller',
    mutates: true,
    subject: async (w) => ({ url: `/v1/listings/${(await w.make.publishedListing()).id}/pause` }),
    expect: sellerManagesPublic,
  },
  {
    route: 'POST /v1/listings/{id}/archive',
    owner: 'seller',
    mutates: true,
    subject: async (w) => ({ url: `/v1/listings/${(await w.make.publishedListing()).id}/archive` }),
    expect: sellerManagesPublic,
  },
  {
    route: 'POST /v1/listings/{id}/images',
    owner: 'seller',
    mutates: true,
    subject: async (w) => ({ url: `/v1/listings/${(await w.make.publishedListing()).id}/images`, ...w.multipart(w.photo) }),
    expect: sellerManagesPublic,
  },
  {
    route: 'PATCH /v1/listings/{id}/images/{imageId}',
    owner: 'seller',
    subject: (w) => ({ url: `/v1/listings/${w.activeListing.id}/images/${w.image.id}`, payload: { alt: { fa: 'حولهٔ نخی' } } }),
    expect: sellerManagesPublic,
  },
  {
    route: 'DELETE /v1/listings/{id}/images/{imageId}',
    owner: 'seller',
    mutates: true,
    subject: async (w) => {
      const { listingId, imageId } = await w.make.listingWithPhoto();
      return { url: `/v1/listings/${listingId}/images/${imageId}` };
    },
    expect: sellerManagesPublic,
  },
  {
    route: 'PUT /v1/listings/{id}/images/order',
    owner: 'seller',
    subject: (w) => ({ url: `/v1/listings/${w.activeListing.id}/images/order`, payload: { imageIds: [w.image.id] } }),
    expect: sellerManagesPublic,
  },
  {
    route: 'PATCH /v1/listings/{id}/images/{imageId}',
    case: 'another shop’s listing, the seller’s photo',
    owner: 'otherProducer',
    subject: (w) => ({ url: `/v1/listings/${w.otherListing.id}/images/${w.image.id}`, payload: { alt: { fa: 'حولهٔ نخی' } } }),
    why: 'a photo is reached only through its own listing: the owner of the named listing is told there is no such photo',
    expect: { anonymous: 401, buyer: 403, seller: 403, leader: 403, member: 403, fellowMember: 403, otherBuyer: 403, otherProducer: 404, finance: 403, admin: 404 },
  },
  {
    route: 'DELETE /v1/listings/{id}/images/{imageId}',
    case: 'another shop’s listing, the seller’s photo',
    owner: 'otherProducer',
    subject: (w) => ({ url: `/v1/listings/${w.otherListing.id}/images/${w.image.id}` }),
    expect: { anonymous: 401, buyer: 403, seller: 403, leader: 403, member: 403, fellowMember: 403, otherBuyer: 403, otherProducer: 404, finance: 403, admin: 404 },
  },
  {
    route: 'GET /media/{path}',
    case: 'a listing photo',
    subject: (w) => ({ url: new URL(w.image.variants[0]!.url).pathname }),
    why: 'content-addressed files, served to anyone who has the key',
    expect: everyone,
  },
  {
    route: 'POST /v1/listings',
    subject: () => ({ url: '/v1/listings', payload: listingInput }),
    why: 'a shop owner lists; a user without a shop (admins included) gets 403 no_shop',
    expect: shopOwners,
  },

  // Shops.
  {
    route: 'GET /v1/producers/{producer}',
    case: 'approved',
    owner: 'seller',
    subject: (w) => ({ url: `/v1/producers/${w.seller.producer.slug}` }),
    expect: everyone,
  },
  {
    route: 'GET /v1/producers/{producer}',
    case: 'pending, owned by someone outside the cast',
    subject: (w) => ({ url: `/v1/producers/${w.pendingShop.slug}` }),
    expect: { anonymous: 404, buyer: 404, seller: 404, leader: 404, member: 404, fellowMember: 404, otherBuyer: 404, otherProducer: 404, finance: 404, admin: ok },
  },
  {
    route: 'PATCH /v1/producers/{producer}',
    owner: 'seller',
    subject: (w) => ({ url: `/v1/producers/${w.seller.producer.id}`, payload: { bio: 'حوله‌بافی خانگی در یزد' } }),
    why: 'only the owner edits a shop; the service looks it up by owner, so everyone else (admins too) gets 404',
    expect: { anonymous: 401, buyer: 404, seller: ok, leader: 404, member: 404, fellowMember: 404, otherBuyer: 404, otherProducer: 404, finance: 404, admin: 404 },
  },

  // Moderation: admins only. The platform's money (payouts, transfers to match): finance, which admins hold too.
  { route: 'GET /v1/admin/producers', subject: () => ({ url: '/v1/admin/producers' }), expect: onlyAdmin },
  {
    route: 'POST /v1/admin/producers/{id}/approve',
    mutates: true,
    subject: async (w) => ({ url: `/v1/admin/producers/${(await w.make.pendingProducer()).id}/approve` }),
    expect: onlyAdmin,
  },
  {
    route: 'POST /v1/admin/producers/{id}/reject',
    mutates: true,
    subject: async (w) => ({ url: `/v1/admin/producers/${(await w.make.pendingProducer()).id}/reject`, payload: { reason: 'مجوز ناخوانا است' } }),
    expect: onlyAdmin,
  },
  {
    route: 'POST /v1/admin/listings/{id}/reject',
    owner: 'seller',
    mutates: true,
    subject: async (w) => ({ url: `/v1/admin/listings/${(await w.make.publishedListing()).id}/reject`, payload: { reason: 'عکس با محصول نمی‌خواند' } }),
    expect: onlyAdmin,
  },
  { route: 'GET /v1/admin/payouts', subject: () => ({ url: '/v1/admin/payouts' }), expect: onlyFinance },
  {
    route: 'POST /v1/admin/payouts',
    subject: (w) => ({ url: '/v1/admin/payouts', payload: { producerId: w.seller.producer.id, amountMinor: 1, currency: 'IRR' } }),
    why: 'finance and the admin may, but the shop has no Sheba and nothing payable: 409, and no money moves',
    expect: { ...onlyFinance, finance: 409, admin: 409 },
  },
  {
    route: 'GET /v1/admin/payments',
    subject: () => ({ url: '/v1/admin/payments' }),
    why: 'the transfers waiting to be matched name every buyer and what they owe: platform finance only',
    expect: onlyFinance,
  },
  {
    route: 'GET /v1/admin/payments',
    case: '?reference= of the buyer’s order',
    owner: 'buyer',
    subject: async (w) => {
      const { paymentId } = await w.make.placeOrder();
      return { url: `/v1/admin/payments?reference=${encodeURIComponent((await w.transferConfirmation(paymentId)).paymentReference)}` };
    },
    why: 'knowing a reference opens nothing: the buyer and the sellers in the order are refused like anyone',
    expect: onlyFinance,
  },

  // The seller's workbench and statement.
  { route: 'GET /v1/seller/fulfilments', subject: () => ({ url: '/v1/seller/fulfilments' }), expect: shopOwners },
  { route: 'GET /v1/seller/listings', subject: () => ({ url: '/v1/seller/listings' }), expect: shopOwners },
  { route: 'GET /v1/seller/allocations', subject: () => ({ url: '/v1/seller/allocations' }), expect: shopOwners },
  { route: 'GET /v1/ledger/statement', case: 'own', subject: () => ({ url: '/v1/ledger/statement' }), expect: shopOwners },
  {
    route: 'GET /v1/ledger/statement',
    case: '?producerId= the seller’s shop',
    owner: 'seller',
    subject: (w) => ({ url: `/v1/ledger/statement?producerId=${w.seller.producer.id}` }),
    expect: { anonymous: 401, buyer: 403, seller: ok, leader: 403, member: 403, fellowMember: 403, otherBuyer: 403, otherProducer: 403, finance: 403, admin: ok },
  },
  {
    route: 'GET /v1/ledger/statement',
    case: '?networkId= the network',
    owner: 'leader',
    subject: (w) => ({ url: `/v1/ledger/statement?networkId=${w.networkId}` }),
    expect: leaderManages,
  },

  // Networks.
  { route: 'GET /v1/networks/{id}', owner: 'leader', subject: (w) => ({ url: `/v1/networks/${w.networkId}` }), expect: everyone },
  {
    route: 'PATCH /v1/networks/{id}',
    owner: 'leader',
    subject: (w) => ({ url: `/v1/networks/${w.networkId}`, payload: { coordinationFeeBps: 0 } }),
    expect: leaderManages,
  },
  {
    route: 'PATCH /v1/networks/{id}/members/{producerId}',
    owner: 'member',
    subject: (w) => ({ url: `/v1/networks/${w.networkId}/members/${w.member.producer.id}`, payload: { capacityPerWeek: 50 } }),
    expect: { ...leaderManages, member: ok },
  },
  {
    route: 'DELETE /v1/networks/{id}/members/{producerId}',
    owner: 'member',
    mutates: true,
    subject: async (w) => ({ url: `/v1/networks/${await w.make.networkWith(w.member, { join: true })}/members/${w.member.producer.id}` }),
    expect: { ...leaderManages, member: ok },
  },
  {
    route: 'POST /v1/networks/{id}/members',
    owner: 'leader',
    mutates: true,
    subject: async (w) => ({ url: `/v1/networks/${await w.make.network()}/members`, payload: { producerId: w.otherProducer.producer.id, capacityPerWeek: 10 } }),
    expect: leaderManages,
  },
  {
    route: 'POST /v1/networks/{id}/members/accept',
    owner: 'member',
    mutates: true,
    subject: async (w) => ({ url: `/v1/networks/${await w.make.networkWith(w.member, { join: false })}/members/accept` }),
    why: 'only the invited shop joins; the leader founded it and is a member already (409); an admin has no shop to join with (403)',
    expect: { anonymous: 401, buyer: 403, seller: 403, leader: 409, member: ok, fellowMember: 403, otherBuyer: 403, otherProducer: 403, finance: 403, admin: 403 },
  },
  {
    route: 'POST /v1/networks/{id}/bulk-orders',
    owner: 'leader',
    subject: (w) => ({ url: `/v1/networks/${w.networkId}/bulk-orders`, payload: w.bulkOrderBody(2) }),
    expect: leaderManages,
  },
  {
    route: 'GET /v1/networks/{id}/bulk-orders',
    owner: 'leader',
    subject: (w) => ({ url: `/v1/networks/${w.networkId}/bulk-orders` }),
    why: 'for the leader, admins and every active member (allocated or not); others get 404 network_not_found, though the network itself is public',
    expect: { anonymous: 401, buyer: 404, seller: 404, leader: ok, member: ok, fellowMember: ok, otherBuyer: 404, otherProducer: 404, finance: 404, admin: ok },
  },
  // Organisations.
  { route: 'GET /v1/organizations/{id}', owner: 'buyer', subject: (w) => ({ url: `/v1/organizations/${w.organizationId}` }), expect: organizationSees },
  {
    route: 'POST /v1/organizations/{id}/members',
    owner: 'buyer',
    mutates: true,
    subject: async (w) => ({ url: `/v1/organizations/${await w.make.organizationWithColleague({ join: true })}/members`, payload: { email: w.seller.user.email, role: 'finance' } }),
    expect: organizationAdminRuns,
  },
  {
    route: 'POST /v1/organizations/{id}/members/accept',
    owner: 'otherBuyer',
    mutates: true,
    subject: async (w) => ({ url: `/v1/organizations/${await w.make.organizationWithColleague({ join: false })}/members/accept` }),
    why: 'only the invited colleague joins; the buyer opened it and is its admin already (409); a platform admin sees it but has no invitation (403)',
    expect: { ...organizationSees, buyer: 409, admin: 403 },
  },
  {
    route: 'DELETE /v1/organizations/{id}/members/{userId}',
    owner: 'otherBuyer',
    mutates: true,
    subject: async (w) => ({ url: `/v1/organizations/${await w.make.organizationWithColleague({ join: true })}/members/${w.otherBuyer.user.id}` }),
    why: 'the colleague leaves or its admin removes them; a platform admin reviews organisations but does not run them (403)',
    expect: { ...organizationSees, admin: 403 },
  },
  { route: 'GET /v1/admin/organizations', subject: () => ({ url: '/v1/admin/organizations?status=pending' }), expect: onlyAdmin },
  {
    route: 'POST /v1/admin/organizations/{id}/approve',
    owner: 'buyer',
    mutates: true,
    subject: async (w) => ({ url: `/v1/admin/organizations/${await w.make.organization()}/approve` }),
    why: 'the platform reviews it: its own admin may not approve it (403)',
    expect: onlyAdmin,
  },
  {
    route: 'POST /v1/admin/organizations/{id}/reject',
    owner: 'buyer',
    mutates: true,
    subject: async (w) => ({ url: `/v1/admin/organizations/${await w.make.organization()}/reject`, payload: { reason: 'مدرک ثبت ناخواناست' } }),
    expect: onlyAdmin,
  },

  // Bulk orders and allocations.
  {
    route: 'GET /v1/bulk-orders/{id}',
    owner: 'leader',
    subject: (w) => ({ url: `/v1/bulk-orders/${w.bulkOrder.id}` }),
    why: 'a member with no allocation in it is a stranger to it (shared/api.md: leader, allocated members, admin)',
    expect: { ...leaderWorksBulkOrder, member: ok },
  },
  {
    route: 'GET /v1/bulk-orders/{id}/suggested-split',
    owner: 'leader',
    subject: (w) => ({ url: `/v1/bulk-orders/${w.bulkOrder.id}/suggested-split` }),
    expect: leaderWorksBulkOrder,
  },
  {
    route: 'POST /v1/bulk-orders/{id}/split',
    owner: 'leader',
    mutates: true,
    subject: async (w) => ({ url: `/v1/bulk-orders/${await w.make.newBulkOrder()}/split`, payload: { strategy: 'capacity' } }),
    why: 'not split yet, so the member has no allocation in it and may not see it (404)',
    expect: { ...leaderWorksBulkOrder, member: 404 },
  },
  {
    route: 'POST /v1/bulk-orders/{id}/quality-check',
    owner: 'leader',
    mutates: true,
    subject: async (w) => {
      const { id, allocationId } = await w.make.allocatedBulkOrder('delivered');
      return { url: `/v1/bulk-orders/${id}/quality-check`, payload: { allocationId, acceptedQuantity: 3, rejectedQuantity: 1 } };
    },
    expect: leaderWorksBulkOrder,
  },
  {
    route: 'POST /v1/bulk-orders/{id}/reallocate',
    owner: 'leader',
    mutates: true,
    subject: async (w) => {
      const { id, allocationId } = await w.make.allocatedBulkOrder('checked');
      return { url: `/v1/bulk-orders/${id}/reallocate`, payload: { allocationId } };
    },
    expect: leaderWorksBulkOrder,
  },
  {
    route: 'POST /v1/allocations/{id}/accept',
    owner: 'member',
    mutates: true,
    subject: async (w) => ({ url: `/v1/allocations/${(await w.make.allocatedBulkOrder('offered')).allocationId}/accept` }),
    expect: memberActs,
  },
  {
    route: 'POST /v1/allocations/{id}/decline',
    owner: 'member',
    mutates: true,
    subject: async (w) => ({ url: `/v1/allocations/${(await w.make.allocatedBulkOrder('offered')).allocationId}/decline` }),
    expect: memberActs,
  },
  {
    route: 'POST /v1/allocations/{id}/progress',
    owner: 'member',
    subject: (w) => ({ url: `/v1/allocations/${w.bulkOrder.allocationId}/progress`, payload: { doneQuantity: 1 } }),
    expect: memberActs,
  },
  {
    route: 'POST /v1/allocations/{id}/deliver',
    owner: 'member',
    mutates: true,
    subject: async (w) => ({ url: `/v1/allocations/${(await w.make.allocatedBulkOrder('made')).allocationId}/deliver` }),
    expect: memberActs,
  },

  // The caller's own things: no id of someone else's can reach them.
  {
    route: 'DELETE /v1/cart/items/{id}',
    owner: 'buyer',
    mutates: true,
    subject: async (w) => ({ url: `/v1/cart/items/${await w.make.cartLine()}` }),
    expect: { anonymous: 401, buyer: ok, seller: 404, leader: 404, member: 404, fellowMember: 404, otherBuyer: 404, otherProducer: 404, finance: 404, admin: 404 },
  },
  {
    route: 'PUT /v1/cart/items',
    case: 'the seller’s draft listing',
    owner: 'seller',
    subject: (w) => ({ url: '/v1/cart/items', payload: { listingId: w.draftListing.id, quantity: 1 } }),
    why: 'a listing that was never public cannot be put in anyone’s cart, and its existence is not told',
    expect: { anonymous: 401, buyer: 404, seller: 404, leader: 404, member: 404, fellowMember: 404, otherBuyer: 404, otherProducer: 404, finance: 404, admin: 404 },
  },
  { route: 'GET /v1/me', subject: () => ({ url: '/v1/me' }), expect: signedIn },
  { route: 'GET /v1/cart', subject: () => ({ url: '/v1/cart' }), expect: signedIn },
  { route: 'GET /v1/orders', subject: () => ({ url: '/v1/orders' }), expect: signedIn },

  {
    route: 'POST /v1/organizations',
    subject: () => ({ url: '/v1/organizations', payload: { name: 'بانک کشاورزی بیرجند', kind: 'bank', provinceCode: 'IR-29' } }),
    why: 'any signed-in user opens one and is its admin; it is pending until reviewed',
    expect: signedIn,
  },

  // Last: it makes the cast leaders of networks of their own, which no row above should see.
  {
    route: 'POST /v1/networks',
    subject: () => ({ url: '/v1/networks', payload: { name: 'شبکهٔ چرم‌دوزان', provinceCode: 'IR-21', trades: ['towels'] } }),
    why: 'an approved shop owner or an admin founds one; a plain user gets 403',
    expect: { ...shopOwners, admin: ok },
  },
];

/**
 * Routes with no object of anyone's and no role to check, so no row: each says why. A route with a
 * path parameter can never be here.
 */
export const withoutRows: Record<string, string> = {
  'GET /health': 'public',
  'POST /v1/auth/register': 'public: makes a new account',
  'POST /v1/auth/login': 'public',
  'POST /v1/auth/refresh': 'the refresh token is the credential (auth.test.ts)',
  'POST /v1/auth/logout': 'the caller’s own session (auth.test.ts)',
  'GET /v1/provinces': 'public taxonomy',
  'GET /v1/categories': 'public taxonomy',
  'GET /v1/payment-methods': 'public: which ways to pay are configured',
  'POST /v1/cart/quote': 'public: prices the lines sent, stores nothing; a listing that is not public says only that (cart.test.ts)',
  'GET /v1/search': 'public: active listings only (search.test.ts)',
  'GET /v1/search/suggest': 'public',
  'POST /v1/webhooks/stripe': 'Stripe’s signature is the credential (stripe-payments.test.ts)',
  'POST /v1/producers': 'any user opens their own shop; it would change who the cast is',
};
