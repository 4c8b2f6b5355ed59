import { calendarDateAt } from '@bazaarche/domain';
import sharp from 'sharp';
import { createListing, publishedListing, registerAdmin, registerFinance, registerProducer, registerUser, shippingAddressInput, type TestApp, transferConfirmation } from '../support.ts';

/** The people every row of the matrix is called as, in the order the matrix prints them. */
export const actorNames = ['anonymous', 'buyer', 'seller', 'leader', 'member', 'fellowMember', 'otherBuyer', 'otherProducer', 'finance', 'admin'] as const;
export type ActorName = (typeof actorNames)[number];

type Session = Awaited<ReturnType<typeof registerUser>>;
type Producer = Awaited<ReturnType<typeof registerProducer>>;

interface PlacedOrder {
  id: string;
  paymentId: string;
  /** The seller's own part (the shop's listing). */
  shopPartId: string;
  /** The network's part (the member's listing sold through the network). */
  networkPartId: string;
}

export interface BulkOrderFixture {
  id: string;
  allocationId: string;
}

/**
 * One marketplace with every relation the matrix asks about, built once per file through the API:
 * - `seller` owns an approved shop with an active listing (with a photo) and a draft listing;
 * - `leader` leads a network in which `member` is an active member selling a listing through it, and
 *   `fellowMember` an active member with no part in any order or bulk order;
 * - `buyer` has a line in the cart and a paid order of both listings, whose network part the leader
 *   gave to `member`; a bulk order of the network is split to `member`;
 * - `otherBuyer` is a plain user and `otherProducer` an approved shop owner with a listing of their
 *   own, involved in nothing of the others';
 * - `finance` holds only the platform's finance role: it confirms transfers, pays out and reads whole
 *   orders, and is a stranger to everything else;
 * - `buyer` also runs an organisation (its active admin), pending review, to which `otherBuyer` is
 *   invited as a buyer and has joined.
 * Its factories make fresh objects for calls that change state, owned by the same people.
 */
export async function buildWorld(t: TestApp) {
  const inject = async (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, session: Session | undefined, payload?: object) => {
    const response = await t.app.inject({ method, url, ...(session && { headers: session.auth }), ...(payload && { payload }) });
    if (response.statusCode >= 300) throw new Error(`fixture ${method} ${url}: ${response.statusCode} ${response.body}`);
    return response.json();
  };

  const admin = await registerAdmin(t);
  const finance = await registerFinance(t);
  const [buyer, otherBuyer, seller, leader, member, fellowMember, otherProducer] = [
    await registerUser(t.app),
    await registerUser(t.app),
    await registerProducer(t, admin),
    await registerProducer(t, admin),
    await registerProducer(t, admin),
    await registerProducer(t, admin),
    await registerProducer(t, admin),
  ];
  const sessions: Record<Exclude<ActorName, 'anonymous'>, Session> = { buyer, seller, leader, member, fellowMember, otherBuyer, otherProducer, finance, admin };

  const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 180, g: 90, b: 40 } } }).png().toBuffer();
  const multipart = (file: Buffer) => {
    const boundary = '----bazaarche-matrix-boundary';
    return {
      payload: Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="photo.png"\r\nContent-Type: image/png\r\n\r\n`),
        file,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]),
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    };
  };
  const uploadPhoto = async (listingId: string) => {
    const { payload, headers } = multipart(photo);
    const response = await t.app.inject({ method: 'POST', url: `/v1/listings/${listingId}/images`, headers: { ...seller.auth, ...headers }, payload });
    if (response.statusCode !== 201) throw new Error(`fixture upload: ${response.statusCode} ${response.body}`);
    return response.json() as { id: string; variants: Array<{ url: string }> };
  };

  const stock = { stock: 100_000 };
  const activeListing = await publishedListing(t, seller, stock);
  const draftListing = await createListing(t, seller);
  const image = await uploadPhoto(activeListing.id);
  const otherListing = await publishedListing(t, otherProducer, stock);

  const foundNetwork = async () => (await inject('POST', '/v1/networks', leader, { name: 'شبکهٔ حوله‌بافان یزد', provinceCode: 'IR-21', trades: ['towels'] })).id as string;
  const invite = (networkId: string, producer: Producer) => inject('POST', `/v1/networks/${networkId}/members`, leader, { producerId: producer.producer.id, capacityPerWeek: 50 });
  const networkId = await foundNetwork();
  for (const joining of [member, fellowMember]) {
    await invite(networkId, joining);
    await inject('POST', `/v1/networks/${networkId}/members/accept`, joining);
  }
  const networkListing = await publishedListing(t, member, { ...stock, networkId });

  const placeOrder = async (): Promise<PlacedOrder> => {
    const order = await inject('POST', '/v1/orders', buyer, {
      shippingAddress: shippingAddressInput,
      paymentMethod: 'manual',
      items: [
        { listingId: activeListing.id, quantity: 1 },
        { listingId: networkListing.id, quantity: 1 },
      ],
    });
    const parts = order.fulfilments as Array<{ id: string; seller: { kind: string } }>;
    return {
      id: order.id,
      paymentId: order.payment.id,
      shopPartId: parts.find((f) => f.seller.kind === 'producer')!.id,
      networkPartId: parts.find((f) => f.seller.kind === 'network')!.id,
    };
  };
  /** Paid (platform finance confirmed the transfer), its network part given to `member`. */
  const paidOrder = async () => {
    const order = await placeOrder();
    await inject('POST', `/v1/payments/${order.paymentId}/confirm`, finance, await transferConfirmation(t, order.paymentId));
    await inject('POST', `/v1/fulfilments/${order.networkPartId}/assign`, leader, { producerId: member.producer.id });
    return order;
  };
  const shipment = { carrier: 'پست', trackingCode: 'MATRIX-1' };
  const shippedOrder = async () => {
    const order = await paidOrder();
    await inject('POST', `/v1/fulfilments/${order.shopPartId}/ship`, seller, shipment);
    return order;
  };
  const order = await paidOrder();

  const cartLine = async () => {
    const cart = await inject('PUT', '/v1/cart/items', buyer, { listingId: activeListing.id, quantity: 1 });
    return (cart.items as Array<{ id: string; listingId: string }>).find((line) => line.listingId === activeListing.id)!.id;
  };

  const bulkOrderBody = (quantity: number) => ({
    title: 'حوله‌های بیمارستان',
    categorySlug: 'towels',
    quantity,
    dueDate: calendarDateAt(new Date(Date.now() + 30 * 86_400_000)),
    unitPriceMinor: 100_000,
    currency: 'IRR',
  });
  const newBulkOrder = async (quantity = 4) => (await inject('POST', `/v1/networks/${networkId}/bulk-orders`, leader, bulkOrderBody(quantity))).id as string;
  /** Split wholly to `member`, who then takes the allocation as far as `stage`. */
  const allocatedBulkOrder = async (stage: 'offered' | 'accepted' | 'made' | 'delivered' | 'checked' = 'offered', quantity = 4): Promise<BulkOrderFixture> => {
    const id = await newBulkOrder(quantity);
    const split = await inject('POST', `/v1/bulk-orders/${id}/split`, leader, { strategy: 'manual', allocations: [{ producerId: member.producer.id, quantity }] });
    const allocationId = split.allocations[0].id as string;
    const steps: Array<[typeof stage, () => Promise<unknown>]> = [
      ['accepted', () => inject('POST', `/v1/allocations/${allocationId}/accept`, member)],
      ['made', () => inject('POST', `/v1/allocations/${allocationId}/progress`, member, { doneQuantity: quantity })],
      ['delivered', () => inject('POST', `/v1/allocations/${allocationId}/deliver`, member)],
      ['checked', () => inject('POST', `/v1/bulk-orders/${id}/quality-check`, leader, { allocationId, acceptedQuantity: quantity - 1, rejectedQuantity: 1 })],
    ];
    const stages: Array<typeof stage> = ['offered', 'accepted', 'made', 'delivered', 'checked'];
    for (const [reached, step] of steps) {
      if (stages.indexOf(reached) > stages.indexOf(stage)) break;
      await step();
    }
    return { id, allocationId };
  };
  const bulkOrder = await allocatedBulkOrder('accepted');

  const openOrganization = async () => (await inject('POST', '/v1/organizations', buyer, { name: 'بیمارستان ولی‌عصر بیرجند', kind: 'hospital', provinceCode: 'IR-29' })).id as string;
  /** An organisation of the buyer's to which `otherBuyer` is invited, and with `join`, has joined. */
  const organizationWithColleague = async ({ join }: { join: boolean }) => {
    const id = await openOrganization();
    await inject('POST', `/v1/organizations/${id}/members`, buyer, { email: otherBuyer.user.email, role: 'buyer' });
    if (join) await inject('POST', `/v1/organizations/${id}/members/accept`, otherBuyer);
    return id;
  };
  const organizationId = await organizationWithColleague({ join: true });

  /** A shop waiting for review, owned by someone outside the cast. */
  const pendingProducer = async () => (await registerProducer(t, admin, { approve: false })).producer;
  const pendingShop = await pendingProducer();

  return {
    sessions,
    seller,
    member,
    otherProducer,
    activeListing,
    draftListing,
    otherListing,
    image,
    networkId,
    organizationId,
    otherBuyer,
    order,
    bulkOrder,
    pendingShop,
    shipment,
    shippingAddress: shippingAddressInput,
    bulkOrderBody,
    multipart,
    photo,
    /** What platform finance quotes to confirm a payment's bank transfer. */
    transferConfirmation: (paymentId: string) => transferConfirmation(t, paymentId),
    make: {
      publishedListing: () => publishedListing(t, seller, stock),
      draftListing: () => createListing(t, seller),
      listingWithPhoto: async () => {
        const listing = await publishedListing(t, seller, stock);
        return { listingId: listing.id, imageId: (await uploadPhoto(listing.id)).id };
      },
      placeOrder,
      paidOrder,
      shippedOrder,
      cartLine,
      newBulkOrder,
      allocatedBulkOrder,
      pendingProducer,
      network: foundNetwork,
      organization: openOrganization,
      organizationWithColleague,
      /** A network of the leader's to which `producer` is invited, and with `join`, has joined. */
      networkWith: async (producer: Producer, { join }: { join: boolean }) => {
        const id = await foundNetwork();
        await invite(id, producer);
        if (join) await inject('POST', `/v1/networks/${id}/members/accept`, producer);
        return id;
      },
    },
  };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;
