import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from './app-error.ts';
import { errorCodes, errorMessages, errorStatus } from './messages.ts';

describe('the error codes', () => {
  it('each answer with the one status of the table, whoever throws them', () => {
    for (const code of errorCodes) expect(new AppError(code).status).toBe(errorStatus[code]);
  });

  it('follow the contract: not found is 404, a state conflict 409, and every code reads in Persian and English', () => {
    for (const code of errorCodes) {
      if (code.endsWith('_not_found')) expect([code, errorStatus[code]]).toEqual([code, 404]);
      if (code.endsWith('_state_conflict')) expect([code, errorStatus[code]]).toEqual([code, 409]);
      expect(errorMessages[code].fa.length * errorMessages[code].en.length).toBeGreaterThan(0);
    }
  });

  it('are the enum of `Error.code` in the published OpenAPI document', () => {
    const document = JSON.parse(readFileSync(new URL('../../../../packages/api-client/openapi.json', import.meta.url), 'utf8'));
    expect(document.components.schemas.Error.properties.error.properties.code.enum).toEqual(errorCodes);
  });
});
