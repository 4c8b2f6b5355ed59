import { ProviderError } from './errors.ts';
import type { ProviderKind } from './port.ts';

/** Money crosses to a provider only as a positive whole number of minor units. */
export function assertAmount(provider: ProviderKind, amountMinor: number): void {
  if (!Number.isSafeInteger(amountMinor) || amountMinor <= 0) {
    throw new ProviderError(provider, 'invalid_amount', `Amount must be a positive whole number of minor units (got ${amountMinor})`);
  }
}
