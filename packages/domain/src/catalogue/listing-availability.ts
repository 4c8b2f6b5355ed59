export interface AvailabilityInput {
  stock: number | null;
  processingDays: number | null;
  variants: ReadonlyArray<{ stock: number | null }>;
}

export type AvailabilityProblem =
  | 'stock_and_made_to_order'
  | 'stock_or_made_to_order_required'
  | 'variant_stock_required'
  | 'variant_stock_with_made_to_order'
  | 'listing_stock_with_variants';

/**
 * A listing is either kept in stock or made to order, never both. With variants, stock is
 * counted per variant, so the listing itself holds none.
 */
export function availabilityProblem({ stock, processingDays, variants }: AvailabilityInput): AvailabilityProblem | undefined {
  const madeToOrder = processingDays !== null;
  if (madeToOrder && stock !== null) return 'stock_and_made_to_order';
  if (variants.length === 0) return madeToOrder || stock !== null ? undefined : 'stock_or_made_to_order_required';
  if (stock !== null) return 'listing_stock_with_variants';
  if (madeToOrder) return variants.some((v) => v.stock !== null) ? 'variant_stock_with_made_to_order' : undefined;
  return variants.every((v) => v.stock !== null) ? undefined : 'variant_stock_required';
}

/**
 * Units of one listing, or of one of its variants, a buyer can order now; null when made to order,
 * which has no stock to run out of. Missing stock counts as none rather than as unlimited.
 */
export function unitsAvailable({ stock, processingDays }: { stock: number | null; processingDays: number | null }): number | null {
  return processingDays !== null ? null : (stock ?? 0);
}

/** Whether a buyer could order one now. */
export function isAvailable({ stock, processingDays, variants }: AvailabilityInput): boolean {
  const stocks = variants.length > 0 ? variants.map((v) => v.stock) : [stock];
  return stocks.some((s) => {
    const units = unitsAvailable({ stock: s, processingDays });
    return units === null || units > 0;
  });
}
