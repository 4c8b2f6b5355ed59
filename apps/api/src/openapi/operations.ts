/**
 * Every operation's summary and operationId (a unique camelCase verbNoun), and the security of those
 * whose route declares none because anyone may call them. Kept in one table, keyed as OpenAPI spells
 * the path, so that documenting an operation never touches the lines of its request schema; the
 * swagger transform refuses a route missing here and an entry naming no route.
 */
export interface OperationDoc {
  summary: string;
  operationId: string;
  security?: SecurityRequirement[];
}

type SecurityRequirement = Record<string, string[]>;

/** No credentials needed: the empty requirement, which OpenAPI reads as "anonymous is allowed". */
const anyone: SecurityRequirement[] = [{}];
/** Anyone, and a signed-in caller who owns the thing (or is an admin) sees more of it. */
const anyoneOrBearer: SecurityRequirement[] = [{}, { bearer: [] }];
/** Stripe signs every event; the signature is the caller's credential. */
const stripeSignature: SecurityRequirement[] = [{ stripeSignature: [] }];

const op = (summary: string, operationId: string, security?: SecurityRequirement[]): OperationDoc => ({
  summary,
  operationId,
  ...(security && { security }),
});

export const operations: Record<string, OperationDoc> = {
  'GET /health': op('Report each adapter in use and whether it answers', 'getHealth', anyone),
  'GET /media/{path}': op('Download a stored photo by its content key', 'getMedia', anyone),

  'POST /v1/auth/register': op('Create an account and start a session', 'registerUser', anyone),
  'POST /v1/auth/login': op('Log in with email and password', 'logIn', anyone),
  'POST /v1/auth/refresh': op('Exchange a refresh token for a new pair of tokens', 'refreshSession', anyone),
  'POST /v1/auth/logout': op('Log out, revoking the refresh token family', 'logOut'),
  'GET /v1/me': op('Read the caller’s profile, shop, networks and cart size', 'getMe'),

  'GET /v1/provinces': op('List the provinces', 'listProvinces', anyone),
  'GET /v1/categories': op('Read the category tree', 'listCategories', anyone),
  'GET /v1/payment-methods': op('List the ways to pay this marketplace accepts', 'listPaymentMethods', anyone),
  'GET /v1/search': op('Search active listings with facets', 'searchListings', anyone),
  'GET /v1/search/suggest': op('Suggest searches for a prefix', 'suggestSearches', anyone),

  'POST /v1/producers': op('Open a shop for review', 'openShop'),
  'PATCH /v1/producers/{producer}': op('Edit the caller’s shop', 'updateShop'),
  'GET /v1/producers/{producer}': op('Read a shop’s public page with its active listings', 'getShop', anyoneOrBearer),

  'POST /v1/listings': op('Create a draft listing', 'createListing'),
  'GET /v1/listings/{id}': op('Read a listing', 'getListing', anyoneOrBearer),
  'PATCH /v1/listings/{id}': op('Edit a listing', 'updateListing'),
  'POST /v1/listings/{id}/publish': op('Publish a listing', 'publishListing'),
  'POST /v1/listings/{id}/pause': op('Pause a listing', 'pauseListing'),
  'POST /v1/listings/{id}/archive': op('Archive a listing', 'archiveListing'),
  'POST /v1/listings/{id}/images': op('Upload a photo of a listing', 'uploadListingImage'),
  'PATCH /v1/listings/{id}/images/{imageId}': op('Edit a listing photo’s alternative text', 'updateListingImage'),
  'DELETE /v1/listings/{id}/images/{imageId}': op('Remove a listing photo', 'deleteListingImage'),
  'PUT /v1/listings/{id}/images/order': op('Reorder a listing’s photos', 'reorderListingImages'),

  'GET /v1/cart': op('Read the caller’s priced cart', 'getCart'),
  'POST /v1/cart/quote': op('Price a cart given by its lines, for a guest', 'quoteCart', anyoneOrBearer),
  'PUT /v1/cart/items': op('Put a line in the cart or change its quantity', 'putCartItem'),
  'DELETE /v1/cart/items/{id}': op('Remove a line from the cart', 'deleteCartItem'),

  'POST /v1/orders': op('Place an order from the cart or from given items', 'placeOrder'),
  'GET /v1/orders': op('List the caller’s orders', 'listOrders'),
  'GET /v1/orders/{id}': op('Read an order', 'getOrder'),
  'POST /v1/orders/{id}/cancel': op('Cancel an order', 'cancelOrder'),
  'POST /v1/payments/{id}/confirm': op('Confirm that a manual payment arrived', 'confirmPayment'),
  'POST /v1/payments/{id}/refunds': op('Refund a payment', 'refundPayment'),
  'POST /v1/webhooks/stripe': op('Receive a signed Stripe event', 'receiveStripeEvent', stripeSignature),

  'POST /v1/fulfilments/{id}/assign': op('Assign a fulfilment to a network member', 'assignFulfilment'),
  'POST /v1/fulfilments/{id}/ship': op('Mark a fulfilment shipped', 'shipFulfilment'),
  'POST /v1/fulfilments/{id}/deliver': op('Mark a fulfilment delivered', 'deliverFulfilment'),
  'GET /v1/seller/fulfilments': op('List the fulfilments the caller works on', 'listSellerFulfilments'),
  'GET /v1/seller/listings': op('List the caller’s shop listings', 'listSellerListings'),
  'GET /v1/seller/allocations': op('List the caller’s bulk-order allocations', 'listSellerAllocations'),
  'GET /v1/ledger/statement': op('Read the balance and entries of the caller’s account', 'getLedgerStatement'),

  'POST /v1/networks': op('Create a network led by the caller', 'createNetwork'),
  'GET /v1/networks/{id}': op('Read a network’s public page', 'getNetwork', anyoneOrBearer),
  'PATCH /v1/networks/{id}': op('Edit a network', 'updateNetwork'),
  'POST /v1/networks/{id}/members': op('Invite a producer to a network', 'inviteNetworkMember'),
  'POST /v1/networks/{id}/members/accept': op('Accept an invitation to a network', 'acceptNetworkInvitation'),
  'PATCH /v1/networks/{id}/members/{producerId}': op('Declare a network member’s weekly capacity', 'updateNetworkMember'),
  'DELETE /v1/networks/{id}/members/{producerId}': op('Remove a member from a network', 'removeNetworkMember'),
  'POST /v1/organizations': op('Open an organisation’s account', 'createOrganization'),
  'GET /v1/organizations/{id}': op('Get an organisation with its members', 'getOrganization'),
  'POST /v1/organizations/{id}/members': op('Invite a colleague to an organisation', 'inviteOrganizationMember'),
  'POST /v1/organizations/{id}/members/accept': op('Accept an invitation to an organisation', 'acceptOrganizationInvitation'),
  'DELETE /v1/organizations/{id}/members/{userId}': op('Remove a colleague from an organisation', 'removeOrganizationMember'),
  'POST /v1/networks/{id}/bulk-orders': op('Create a bulk order for a network', 'createBulkOrder'),
  'GET /v1/networks/{id}/bulk-orders': op('List a network’s bulk orders', 'listNetworkBulkOrders'),
  'GET /v1/bulk-orders/{id}': op('Read a bulk order with its allocations', 'getBulkOrder'),
  'GET /v1/bulk-orders/{id}/suggested-split': op('Suggest a split of a bulk order by capacity', 'suggestBulkOrderSplit'),
  'POST /v1/bulk-orders/{id}/split': op('Split a bulk order among members', 'splitBulkOrder'),
  'POST /v1/bulk-orders/{id}/quality-check': op('Record a quality check of an allocation', 'checkBulkOrderQuality'),
  'POST /v1/bulk-orders/{id}/reallocate': op('Offer an allocation’s rejected units to be made again', 'reallocateBulkOrder'),
  'POST /v1/allocations/{id}/accept': op('Accept an allocation', 'acceptAllocation'),
  'POST /v1/allocations/{id}/decline': op('Decline an allocation', 'declineAllocation'),
  'POST /v1/allocations/{id}/progress': op('Report progress on an allocation', 'reportAllocationProgress'),
  'POST /v1/allocations/{id}/deliver': op('Deliver an allocation', 'deliverAllocation'),

  'GET /v1/admin/producers': op('List shops for review', 'listShopsForReview'),
  'GET /v1/admin/organizations': op('List organisations for review', 'listOrganizationsForReview'),
  'POST /v1/admin/organizations/{id}/approve': op('Approve an organisation', 'approveOrganization'),
  'POST /v1/admin/organizations/{id}/reject': op('Reject an organisation with a reason', 'rejectOrganization'),
  'POST /v1/admin/producers/{id}/approve': op('Approve a shop', 'approveShop'),
  'POST /v1/admin/producers/{id}/reject': op('Reject a shop with a reason', 'rejectShop'),
  'POST /v1/admin/listings/{id}/reject': op('Reject a listing with a reason', 'rejectListing'),
  'GET /v1/admin/payments': op('List bank transfers for finance to match', 'listBankTransfers'),
  'GET /v1/admin/payouts': op('List what the platform owes shops, and recent payouts', 'listPayouts'),
  'POST /v1/admin/payouts': op('Record a payout to a shop or network', 'recordPayout'),
};
