import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportOpenApi } from '../src/export-openapi.ts';

describe('the typed API client', () => {
  it('is generated from the current OpenAPI document (run `pnpm api-client:generate` after changing a route)', async () => {
    const committed = readFileSync(new URL('../../../packages/api-client/openapi.json', import.meta.url), 'utf8');
    expect(await exportOpenApi()).toBe(committed);
  });
});
