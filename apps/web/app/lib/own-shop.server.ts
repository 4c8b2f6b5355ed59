import { type ApiCaller, getShop } from './api.server.ts';
import type { Producer } from './catalogue-types.ts';
import { shopFormValues, type ShopFormValues } from './shop-form.ts';

export interface OwnShop {
  id: string;
  slug: string;
  shopName: string;
  status: Producer['status'];
  rejectionReason: string | null;
  /** Where payouts go; only the owner (and admins) are shown it. */
  payoutSheba: string | null;
  /** Whether buyers may pay this shop in cash at the door. */
  acceptsCod: boolean;
  formValues: ShopFormValues;
}

/**
 * The signed-in producer's own shop, as its dashboard needs it. The shop page is the only read the
 * API offers an owner, and it leaves out the licence number and the rejection reason; they are
 * taken from it as soon as it carries them for the owner.
 */
export async function ownShop(caller: ApiCaller, slug: string): Promise<OwnShop> {
  const result = await getShop(caller, slug);
  if (!result.ok) throw new Response(null, { status: result.problem.status === 404 ? 404 : 503 });
  const shop: typeof result.data & { licenseNo?: string | null; rejectionReason?: string | null } = result.data;
  return {
    id: shop.id,
    slug: shop.slug,
    shopName: shop.shopName,
    status: shop.status,
    rejectionReason: shop.rejectionReason ?? null,
    payoutSheba: shop.payoutSheba ?? null,
    acceptsCod: shop.acceptsCod,
    formValues: shopFormValues(shop),
  };
}
