import { availabilityProblem } from '@bazaarche/domain';
import { AppError } from '../../errors/app-error.ts';

export interface VariantInput {
  sku: string;
  attributes: Record<string, string>;
  priceMinor?: number | null | undefined;
  stock?: number | null | undefined;
}

export interface ListingInput {
  title: { fa: string; en?: string | null | undefined };
  description: { fa: string; en?: string | null | undefined };
  categorySlug: string;
  priceMinor: number;
  currency: string;
  stock?: number | null | undefined;
  madeToOrder?: { processingDays: number } | null | undefined;
  minOrderQty?: number | undefined;
  variants?: VariantInput[] | undefined;
  networkId?: string | null | undefined;
}

/** A listing is priced in the one currency the marketplace settles in (`config.currency`). */
export function assertMarketplaceCurrency(currency: string, marketplaceCurrency: string): void {
  if (currency !== marketplaceCurrency) throw AppError.invalid({ field: 'currency', code: 'wrong_currency', value: marketplaceCurrency });
}

/** The rules across fields that a schema cannot say: one SKU once, stock or made-to-order. */
export function assertConsistent(stock: number | null, processingDays: number | null, variants: VariantInput[]): void {
  const seen = new Set<string>();
  for (const [index, variant] of variants.entries()) {
    if (seen.has(variant.sku)) throw AppError.invalid({ field: `variants.${index}.sku`, code: 'duplicate_sku', value: variant.sku });
    seen.add(variant.sku);
  }
  const problem = availabilityProblem({ stock, processingDays, variants: variants.map((v) => ({ stock: v.stock ?? null })) });
  if (problem) throw AppError.invalid({ field: problem.startsWith('variant') ? 'variants' : 'stock', code: problem });
}
