import { createApiClient, type paths, type Schemas } from '@bazaarche/api-client';
import type { Locale } from '@bazaarche/i18n';
import { serverConfig } from '../config.server.ts';
import { problemFromResponse, unreachableProblem, type ApiProblem } from './api-problem.ts';
import type { ListingStatusChange } from './listing-status.ts';
import type { ApiSearchQuery } from './search-params.ts';

/** Who is asking: the language the API answers in, the account when signed in, and the visitor's address. */
export interface ApiCaller {
  locale?: Locale;
  accessToken?: string;
  /** The X-Forwarded-For chain server.mjs completed, so the API's per-client limits see the visitor. */
  forwardedFor?: string | undefined;
}

export function forwardedFor(request: Request): string | undefined {
  return request.headers.get('x-forwarded-for') ?? undefined;
}

/** The caller for a request made on a visitor's behalf, signed in or not. */
export function callerFor(request: Request, locale: Locale, accessToken?: string | null): ApiCaller {
  return { locale, accessToken: accessToken ?? undefined, forwardedFor: forwardedFor(request) };
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; problem: ApiProblem };

export function register(caller: ApiCaller, body: { name: string; email: string; password: string }) {
  return settle(clientFor(caller).POST('/v1/auth/register', { body: { ...body, locale: caller.locale } }));
}

export function logIn(caller: ApiCaller, body: { email: string; password: string }) {
  return settle(clientFor(caller).POST('/v1/auth/login', { body }));
}

export function refreshTokens(caller: ApiCaller, refreshToken: string) {
  return settle(clientFor(caller).POST('/v1/auth/refresh', { body: { refreshToken } }));
}

export function logOut(caller: ApiCaller, refreshToken: string) {
  return settle(clientFor(caller).POST('/v1/auth/logout', { body: { refreshToken } }));
}

export function getMe(caller: ApiCaller) {
  return settle(clientFor(caller).GET('/v1/me'));
}

export function listCategories(caller: ApiCaller) {
  return keptWhilePublic(`categories:${caller.locale}`, () => clientFor(caller).GET('/v1/categories'));
}

export function listProvinces(caller: ApiCaller) {
  return keptWhilePublic(`provinces:${caller.locale}`, () => clientFor(caller).GET('/v1/provinces'));
}

// Shops

export type ShopBody = paths['/v1/producers']['post']['requestBody']['content']['application/json'];

export function openShop(caller: ApiCaller, body: ShopBody) {
  return settle(clientFor(caller).POST('/v1/producers', { body }));
}

export function updateShop(caller: ApiCaller, producerId: string, body: Partial<ShopBody>) {
  return settle(clientFor(caller).PATCH('/v1/producers/{producer}', { params: { path: { producer: producerId } }, body }));
}

export function getShop(caller: ApiCaller, slug: string) {
  return settle(clientFor(caller).GET('/v1/producers/{producer}', { params: { path: { producer: slug } } }));
}

export function listProducersForReview(caller: ApiCaller, query: { status: 'pending' | 'approved' | 'rejected'; page: number; perPage: number }) {
  return settle(clientFor(caller).GET('/v1/admin/producers', { params: { query } }));
}

export function approveProducer(caller: ApiCaller, producerId: string) {
  return settle(clientFor(caller).POST('/v1/admin/producers/{id}/approve', { params: { path: { id: producerId } } }));
}

export function rejectProducer(caller: ApiCaller, producerId: string, reason: string) {
  return settle(clientFor(caller).POST('/v1/admin/producers/{id}/reject', { params: { path: { id: producerId } }, body: { reason } }));
}

// Listings

export type CreateListingBody = paths['/v1/listings']['post']['requestBody']['content']['application/json'];
export type UpdateListingBody = NonNullable<paths['/v1/listings/{id}']['patch']['requestBody']>['content']['application/json'];

export function listSellerListings(caller: ApiCaller, query: { page: number; perPage: number }) {
  return settle(clientFor(caller).GET('/v1/seller/listings', { params: { query } }));
}

export function getListing(caller: ApiCaller, listingId: string) {
  return settle(clientFor(caller).GET('/v1/listings/{id}', { params: { path: { id: listingId } } }));
}

export function createListing(caller: ApiCaller, body: CreateListingBody) {
  return settle(clientFor(caller).POST('/v1/listings', { body }));
}

export function updateListing(caller: ApiCaller, listingId: string, body: UpdateListingBody) {
  return settle(clientFor(caller).PATCH('/v1/listings/{id}', { params: { path: { id: listingId } }, body }));
}

export function changeListingStatus(caller: ApiCaller, listingId: string, change: ListingStatusChange) {
  const client = clientFor(caller);
  const params = { params: { path: { id: listingId } } };
  switch (change) {
    case 'publish':
      return settle(client.POST('/v1/listings/{id}/publish', params));
    case 'pause':
      return settle(client.POST('/v1/listings/{id}/pause', params));
    case 'archive':
      return settle(client.POST('/v1/listings/{id}/archive', params));
  }
}

/**
 * Hands a photo upload to the API as it arrives: the browser's multipart body is streamed through
 * untouched (boundary and all), so a 15 MB photo is never held in the web server's memory.
 */
export function uploadListingImage(caller: ApiCaller, listingId: string, upload: { body: ReadableStream<Uint8Array>; contentType: string }) {
  return settle(
    clientFor(caller).POST('/v1/listings/{id}/images', {
      params: { path: { id: listingId } },
      body: upload.body as never,
      bodySerializer: (body: unknown) => body as BodyInit,
      headers: { 'content-type': upload.contentType },
      // Node's fetch sends a stream only when told the request body may still be flowing while the response comes.
      ...({ duplex: 'half' } as object),
    }),
  );
}

export function updateListingImageAlt(caller: ApiCaller, listingId: string, imageId: string, alt: { fa: string | null; en: string | null }) {
  return settle(
    clientFor(caller).PATCH('/v1/listings/{id}/images/{imageId}', { params: { path: { id: listingId, imageId } }, body: { alt } }),
  );
}

export function deleteListingImage(caller: ApiCaller, listingId: string, imageId: string) {
  return settle(clientFor(caller).DELETE('/v1/listings/{id}/images/{imageId}', { params: { path: { id: listingId, imageId } } }));
}

export function reorderListingImages(caller: ApiCaller, listingId: string, imageIds: string[]) {
  return settle(clientFor(caller).PUT('/v1/listings/{id}/images/order', { params: { path: { id: listingId } }, body: { imageIds } }));
}

// Search

export function searchListings(caller: ApiCaller, query: ApiSearchQuery) {
  return settle(clientFor(caller).GET('/v1/search', { params: { query } }));
}

export function suggestListings(caller: ApiCaller, q: string) {
  return settle(clientFor(caller).GET('/v1/search/suggest', { params: { query: { q } } }));
}

// Cart and orders

export type CartLineBody = paths['/v1/cart/items']['put']['requestBody']['content']['application/json'];
export type CheckoutBody = paths['/v1/orders']['post']['requestBody']['content']['application/json'];

export function getCart(caller: ApiCaller) {
  return settle(clientFor(caller).GET('/v1/cart'));
}

export type CartQuoteBody = paths['/v1/cart/quote']['post']['requestBody']['content']['application/json'];

/** A cart priced from the lines given (a guest's), as the API prices an account's; nothing is stored. */
export function quoteCart(caller: ApiCaller, body: CartQuoteBody) {
  return settle(clientFor(caller).POST('/v1/cart/quote', { body }));
}

/** Sets a line's quantity (adding the line when new); answers with the whole cart. */
export function putCartLine(caller: ApiCaller, body: CartLineBody) {
  return settle(clientFor(caller).PUT('/v1/cart/items', { body }));
}

export function deleteCartLine(caller: ApiCaller, lineId: string) {
  return settle(clientFor(caller).DELETE('/v1/cart/items/{id}', { params: { path: { id: lineId } } }));
}

/** Places an order from the cart; the same key from the same buyer never makes a second one. */
export function placeOrder(caller: ApiCaller, body: CheckoutBody, idempotencyKey: string) {
  return settle(clientFor(caller).POST('/v1/orders', { body, params: { header: { 'idempotency-key': idempotencyKey } } }));
}

export function listOrders(caller: ApiCaller, query: { page: number; perPage: number }) {
  return settle(clientFor(caller).GET('/v1/orders', { params: { query } }));
}

/** The methods checkout offers, whether a bank transfer may be made card-to-card, and the marketplace currency. */
export function listPaymentMethods(caller: ApiCaller) {
  return keptWhilePublic('payment-methods', () => clientFor(caller).GET('/v1/payment-methods'));
}

/** The currency the marketplace prices, sells and pays out in, as the API is configured; null when it does not answer. */
export async function marketplaceCurrency(caller: ApiCaller): Promise<string | null> {
  const methods = await listPaymentMethods(caller);
  return methods.ok ? methods.data.currency : null;
}

export function getOrder(caller: ApiCaller, orderId: string) {
  return settle(clientFor(caller).GET('/v1/orders/{id}', { params: { path: { id: orderId } } }));
}

export function cancelOrder(caller: ApiCaller, orderId: string) {
  return settle(clientFor(caller).POST('/v1/orders/{id}/cancel', { params: { path: { id: orderId } } }));
}

// Selling

export type FulfilmentStatus = NonNullable<NonNullable<paths['/v1/seller/fulfilments']['get']['parameters']['query']>['status']>;

/** What the caller works: their shop's parts, their led networks' parts, and network parts given to their shop. `unassigned` keeps the network parts no member has yet; `networkId` one network's parts. */
export function listSellerFulfilments(
  caller: ApiCaller,
  { unassigned, ...query }: { status?: FulfilmentStatus | undefined; unassigned?: boolean; networkId?: string; page: number; perPage: number },
) {
  return settle(clientFor(caller).GET('/v1/seller/fulfilments', { params: { query: { ...query, ...(unassigned ? { unassigned: 'true' as const } : {}) } } }));
}

export function shipFulfilment(caller: ApiCaller, fulfilmentId: string, body: { carrier: string; trackingCode: string }) {
  return settle(clientFor(caller).POST('/v1/fulfilments/{id}/ship', { params: { path: { id: fulfilmentId } }, body }));
}

/** The seller took the cash for this parcel at the door: that also delivers it. */
export function confirmCashCollected(caller: ApiCaller, paymentId: string, fulfilmentId: string) {
  return settle(clientFor(caller).POST('/v1/payments/{id}/confirm', { params: { path: { id: paymentId } }, body: { fulfilmentId } }));
}

export function deliverFulfilment(caller: ApiCaller, fulfilmentId: string) {
  return settle(clientFor(caller).POST('/v1/fulfilments/{id}/deliver', { params: { path: { id: fulfilmentId } } }));
}

export type AssignFulfilmentBody = paths['/v1/fulfilments/{id}/assign']['post']['requestBody']['content']['application/json'];

/** A network's leader gives the network's part of an order to a member, or lets the network's routing rule pick one. */
export function assignFulfilment(caller: ApiCaller, fulfilmentId: string, body: AssignFulfilmentBody) {
  return settle(clientFor(caller).POST('/v1/fulfilments/{id}/assign', { params: { path: { id: fulfilmentId } }, body }));
}

// Money

export function getLedgerStatement(caller: ApiCaller) {
  return settle(clientFor(caller).GET('/v1/ledger/statement'));
}

/** The statement as the API's CSV, unread: the caller streams it on to the browser. */
export function getLedgerStatementCsv(caller: ApiCaller) {
  return settle(clientFor(caller).GET('/v1/ledger/statement', { params: { query: { format: 'csv' } }, parseAs: 'stream' }));
}

export function listPayouts(caller: ApiCaller) {
  return settle(clientFor(caller).GET('/v1/admin/payouts'));
}

export type BankTransfersQuery = NonNullable<paths['/v1/admin/payments']['get']['parameters']['query']>;

/** Bank transfers for platform finance to match against the platform's statement. */
export function listBankTransfers(caller: ApiCaller, query: BankTransfersQuery) {
  return settle(clientFor(caller).GET('/v1/admin/payments', { params: { query } }));
}

export type ConfirmPaymentBody = NonNullable<paths['/v1/payments/{id}/confirm']['post']['requestBody']>['content']['application/json'];

export function confirmPayment(caller: ApiCaller, paymentId: string, body: ConfirmPaymentBody) {
  return settle(clientFor(caller).POST('/v1/payments/{id}/confirm', { params: { path: { id: paymentId } }, body }));
}

export type PayoutBody = paths['/v1/admin/payouts']['post']['requestBody']['content']['application/json'];

export function recordPayout(caller: ApiCaller, body: PayoutBody) {
  return settle(clientFor(caller).POST('/v1/admin/payouts', { body }));
}

export type RefundBody = paths['/v1/payments/{id}/refunds']['post']['requestBody']['content']['application/json'];

export function refundPayment(caller: ApiCaller, paymentId: string, body: RefundBody) {
  return settle(clientFor(caller).POST('/v1/payments/{id}/refunds', { params: { path: { id: paymentId } }, body }));
}

// Networks and bulk orders. A person's networks come with GET /v1/me (`networks`, with their role);
// a network's bulk orders, a bulk order's suggested split and a shop's allocations have endpoints of their own.

export type NetworkBody = paths['/v1/networks']['post']['requestBody']['content']['application/json'];
export type BulkOrderBody = paths['/v1/networks/{id}/bulk-orders']['post']['requestBody']['content']['application/json'];

export function createNetwork(caller: ApiCaller, body: NetworkBody) {
  return settle(clientFor(caller).POST('/v1/networks', { body }));
}

export function getNetwork(caller: ApiCaller, networkId: string) {
  return settle(clientFor(caller).GET('/v1/networks/{id}', { params: { path: { id: networkId } } }));
}

export function updateNetwork(caller: ApiCaller, networkId: string, body: Schemas['NetworkSettingsRequestInput']) {
  return settle(clientFor(caller).PATCH('/v1/networks/{id}', { params: { path: { id: networkId } }, body }));
}

export function inviteMember(caller: ApiCaller, networkId: string, body: { producerId: string; capacityPerWeek: number }) {
  return settle(clientFor(caller).POST('/v1/networks/{id}/members', { params: { path: { id: networkId } }, body }));
}

export function acceptNetworkInvitation(caller: ApiCaller, networkId: string) {
  return settle(clientFor(caller).POST('/v1/networks/{id}/members/accept', { params: { path: { id: networkId } } }));
}

/** A member leaves, or the leader removes them or withdraws their invitation. */
export function removeNetworkMember(caller: ApiCaller, networkId: string, producerId: string) {
  return settle(clientFor(caller).DELETE('/v1/networks/{id}/members/{producerId}', { params: { path: { id: networkId, producerId } } }));
}

export function createBulkOrder(caller: ApiCaller, networkId: string, body: BulkOrderBody) {
  return settle(clientFor(caller).POST('/v1/networks/{id}/bulk-orders', { params: { path: { id: networkId } }, body }));
}

export function getBulkOrder(caller: ApiCaller, bulkOrderId: string) {
  return settle(clientFor(caller).GET('/v1/bulk-orders/{id}', { params: { path: { id: bulkOrderId } } }));
}

/** A network's bulk orders, newest first: for its leader, admins and active members (404 to anyone else). */
export function listNetworkBulkOrders(caller: ApiCaller, networkId: string) {
  return settle(clientFor(caller).GET('/v1/networks/{id}/bulk-orders', { params: { path: { id: networkId } } }));
}

/** What a capacity split would allocate now, with each active member's free capacity to the due date (leader only). */
export function getSuggestedSplit(caller: ApiCaller, bulkOrderId: string) {
  return settle(clientFor(caller).GET('/v1/bulk-orders/{id}/suggested-split', { params: { path: { id: bulkOrderId } } }));
}

/** The caller's shop's shares of bulk orders, newest first: the member's task list. */
export function listShopAllocations(caller: ApiCaller) {
  return settle(clientFor(caller).GET('/v1/seller/allocations'));
}

/** A refused split's issues, one per line and one for the total, as the API's `invalid_split` details give them. */
export interface SplitIssue {
  code: string;
  producerId?: string;
  quantity?: number;
  freeCapacity?: number;
  total?: number;
}

/** The leader's own numbers; a 422 also carries the issues, which are not field problems and so are read here. */
export async function splitBulkOrderManually(caller: ApiCaller, bulkOrderId: string, allocations: Array<{ producerId: string; quantity: number }>) {
  let issues: SplitIssue[] = [];
  const result = await settle(
    clientFor(caller)
      .POST('/v1/bulk-orders/{id}/split', { params: { path: { id: bulkOrderId } }, body: { strategy: 'manual', allocations } })
      .then((outcome) => {
        const details = (outcome.error as { error?: { details?: unknown } } | undefined)?.error?.details;
        if (Array.isArray(details)) issues = details.filter((d): d is SplitIssue => typeof d === 'object' && d !== null && typeof d.code === 'string');
        return outcome;
      }),
  );
  return { result, issues };
}

export function qualityCheck(caller: ApiCaller, bulkOrderId: string, body: { allocationId: string; acceptedQuantity: number; rejectedQuantity: number }) {
  return settle(clientFor(caller).POST('/v1/bulk-orders/{id}/quality-check', { params: { path: { id: bulkOrderId } }, body }));
}

export type AllocationStep = 'accept' | 'decline' | 'deliver';

export function actOnAllocation(caller: ApiCaller, allocationId: string, step: AllocationStep) {
  const client = clientFor(caller);
  const params = { params: { path: { id: allocationId } } };
  switch (step) {
    case 'accept':
      return settle(client.POST('/v1/allocations/{id}/accept', params));
    case 'decline':
      return settle(client.POST('/v1/allocations/{id}/decline', params));
    case 'deliver':
      return settle(client.POST('/v1/allocations/{id}/deliver', params));
  }
}

export function reportProgress(caller: ApiCaller, allocationId: string, doneQuantity: number) {
  return settle(clientFor(caller).POST('/v1/allocations/{id}/progress', { params: { path: { id: allocationId } }, body: { doneQuantity } }));
}

export type Network = Extract<Awaited<ReturnType<typeof getNetwork>>, { ok: true }>['data'];
export type BulkOrder = Extract<Awaited<ReturnType<typeof getBulkOrder>>, { ok: true }>['data'];
export type SuggestedSplit = Extract<Awaited<ReturnType<typeof getSuggestedSplit>>, { ok: true }>['data'];
export type ShopAllocation = Extract<Awaited<ReturnType<typeof listShopAllocations>>, { ok: true }>['data']['items'][number];
/** What the caller may do now with a network, or with an allocation, as the API answers it: the page shows these and decides none. */
export type NetworkAction = Schemas['NetworkAction'];
export type AllocationAction = Schemas['AllocationAction'];

export type CurrentUser = Extract<Awaited<ReturnType<typeof getMe>>, { ok: true }>['data'];

function clientFor({ locale, accessToken, forwardedFor }: ApiCaller) {
  return createApiClient({ baseUrl: serverConfig.apiUrl, accessToken, locale, forwardedFor });
}

/**
 * Answers the API marks `public, max-age=N` (taxonomy, payment methods: fixed by its data or its
 * configuration) kept in this process for N seconds, as any HTTP cache in between could keep them,
 * so that a page does not ask again for what every page asks.
 */
const publicAnswers = new Map<string, { until: number; result: ApiResult<unknown> }>();

async function keptWhilePublic<T>(key: string, ask: () => Promise<{ data?: T; error?: unknown; response: Response }>): Promise<ApiResult<T>> {
  const kept = publicAnswers.get(key);
  if (kept && kept.until > Date.now()) return kept.result as ApiResult<T>;
  let maxAgeSeconds = 0;
  const result = await settle(
    ask().then((outcome) => {
      maxAgeSeconds = publicMaxAge(outcome.response.headers.get('cache-control'));
      return outcome;
    }),
  );
  if (result.ok && maxAgeSeconds > 0) publicAnswers.set(key, { until: Date.now() + maxAgeSeconds * 1000, result });
  return result;
}

function publicMaxAge(cacheControl: string | null): number {
  const directives = (cacheControl ?? '').split(',').map((d) => d.trim().toLowerCase());
  if (!directives.includes('public')) return 0;
  const maxAge = Number(directives.find((d) => d.startsWith('max-age='))?.slice('max-age='.length));
  return Number.isSafeInteger(maxAge) && maxAge > 0 ? maxAge : 0;
}

async function settle<T>(pending: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<ApiResult<T>> {
  let outcome: Awaited<typeof pending>;
  try {
    outcome = await pending;
  } catch (error) {
    // fetch rejects with a TypeError only when the API cannot be reached at all.
    if (error instanceof TypeError) return { ok: false, problem: unreachableProblem };
    throw error;
  }
  const { data, error, response } = outcome;
  if (response.ok) return { ok: true, data: data as T };
  return { ok: false, problem: problemFromResponse(response.status, response.headers, error) };
}
