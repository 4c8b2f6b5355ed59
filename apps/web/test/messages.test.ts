import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogues, messages } from './support/messages.ts';

const prefixOf = (key: string) => key.slice(0, key.indexOf('.'));

describe('the web’s message catalogues (decision 028)', () => {
  it('are one file each under app/i18n/messages, all in the table', () => {
    const files = readdirSync(new URL('../app/i18n/messages', import.meta.url)).map((file) => file.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual(Object.keys(catalogues).sort());
  });

  it('hold each key in the catalogue its prefix names, and no prefix in two', () => {
    const owners = new Map<string, string>();
    for (const [name, { prefixes }] of Object.entries(catalogues)) {
      for (const prefix of prefixes) {
        expect(owners.get(prefix), `prefix ${prefix}`).toBeUndefined();
        owners.set(prefix, name);
      }
    }
    for (const [name, catalogue] of Object.entries(catalogues)) {
      for (const key of Object.keys(catalogue.messages)) expect(owners.get(prefixOf(key)), key).toBe(name);
    }
  });

  it('lose no key when put together', () => {
    const total = Object.values(catalogues).reduce((sum, { messages: catalogue }) => sum + Object.keys(catalogue).length, 0);
    expect(Object.keys(messages)).toHaveLength(total);
  });
});
