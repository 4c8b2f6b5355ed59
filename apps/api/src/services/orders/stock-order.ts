/**
 * The order stock rows are touched in, by whoever takes or returns units: checkout and the return of
 * reserved stock sort by this key, so two transactions never wait on each other crosswise.
 */
export function stockOrderKey(line: { listingId: string; variantId?: string | null | undefined }): string {
  return line.listingId + (line.variantId ?? '');
}
