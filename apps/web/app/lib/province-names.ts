import type { ApiResult } from './api.server.ts';
import type { Province } from './catalogue-types.ts';

/** Every province's name by its code; empty when the list was not read or could not be, and pages then show the codes. */
export function namesOfProvinces(provinces: ApiResult<{ items: Province[] }> | null): Record<string, string> {
  return Object.fromEntries(provinces?.ok ? provinces.data.items.map((p) => [p.code, p.name]) : []);
}
