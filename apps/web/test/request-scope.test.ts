import { describe, expect, it } from 'vitest';
import { oncePerRequest, runInRequestScope } from '../app/lib/request-scope.server.ts';

describe('what one request has asked the API', () => {
  const counter = () => {
    let asked = 0;
    return { ask: async () => ++asked, times: () => asked };
  };

  it('is asked once per read request, whoever asks, and afresh by the next request', async () => {
    const api = counter();
    const page = () => runInRequestScope('GET', () => Promise.all([oncePerRequest('viewer', api.ask), oncePerRequest('viewer', api.ask)]));
    expect(await page()).toEqual([1, 1]);
    expect(await page()).toEqual([2, 2]);
    expect(api.times()).toBe(2);
  });

  it('is asked every time by an action, which may change the answer, and outside any request', async () => {
    const api = counter();
    await runInRequestScope('POST', () => Promise.all([oncePerRequest('viewer', api.ask), oncePerRequest('viewer', api.ask)]));
    await oncePerRequest('viewer', api.ask);
    expect(api.times()).toBe(3);
  });
});
