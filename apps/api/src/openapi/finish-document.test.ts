import { describe, expect, it } from 'vitest';
import { finishDocument } from './finish-document.ts';

const facts = { maxLimit: 100_000, windowSeconds: 60 };
const entries = { 'GET /things/{id}': { summary: 'Read a thing', operationId: 'getThing' } };

function documentWith(schema: object, operation: object = { security: [{ bearer: [] }] }) {
  return {
    tags: [{ name: 'things' }],
    paths: { '/things/{id}': { get: { tags: ['things'], ...operation, responses: { 200: { content: { 'application/json': { schema } } } } } } },
    components: { schemas: {} },
  };
}

describe('finishing the OpenAPI document', () => {
  it('derives each integer format from its bounds, and invents none for an unbounded integer', () => {
    const schema = {
      type: 'object',
      properties: {
        small: { type: 'integer', minimum: 0, maximum: 2 ** 31 - 1 },
        large: { type: 'integer', minimum: 0, maximum: 2 ** 31 },
        negative: { type: 'integer', minimum: -(2 ** 31) - 1, maximum: 0 },
        safe: { type: ['integer', 'null'], minimum: -9007199254740991, maximum: 9007199254740991 },
        exclusive: { type: 'integer', exclusiveMinimum: 0, exclusiveMaximum: 100 },
        unbounded: { type: 'integer', minimum: 0 },
      },
    };
    finishDocument(documentWith(schema), facts, entries);
    const formats = Object.fromEntries(Object.entries(schema.properties).map(([name, value]) => [name, (value as { format?: string }).format]));
    expect(formats).toEqual({ small: 'int32', large: 'int64', negative: 'int64', safe: 'int64', exclusive: 'int32', unbounded: undefined });
  });

  it('gives each operation its catalogue entry and refuses a route missing from it, or an entry without a route', () => {
    const finished = finishDocument(documentWith({ type: 'string' }), facts, entries);
    expect(finished.paths['/things/{id}'].get).toMatchObject({ summary: 'Read a thing', operationId: 'getThing' });
    expect(() => finishDocument(documentWith({ type: 'string' }), facts, {})).toThrow(/no summary or operationId for GET \/things\/\{id\}/);
    const extra = { ...entries, 'POST /things': { summary: 'Make a thing', operationId: 'makeThing' } };
    expect(() => finishDocument(documentWith({ type: 'string' }), facts, extra)).toThrow(/POST \/things/);
  });

  it('orders paths and their methods as the catalogue lists them, and schemas by name, whatever order they were registered in', () => {
    const operation = { tags: ['things'], security: [{ bearer: [] }], responses: { 200: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } } } };
    const registered = {
      tags: [{ name: 'things' }],
      paths: { '/things/{id}': { patch: operation, get: operation }, '/things': { post: operation } },
      components: { schemas: { Thing: { type: 'object', properties: { part: { $ref: '#/components/schemas/Part' } } }, Part: { type: 'string' } } },
    };
    const listed = {
      'POST /things': { summary: 'Make a thing', operationId: 'makeThing' },
      'GET /things/{id}': { summary: 'Read a thing', operationId: 'getThing' },
      'PATCH /things/{id}': { summary: 'Change a thing', operationId: 'changeThing' },
    };
    const finished = finishDocument(registered, facts, listed);
    const { paths } = finished;
    expect(Object.entries(paths).map(([path, item]) => [path, Object.keys(item)])).toEqual([
      ['/things', ['post']],
      ['/things/{id}', ['get', 'patch']],
    ]);
    expect(Object.keys(finished.components.schemas)).toEqual(['Part', 'Thing']);
  });

  it('refuses an operation whose security is declared nowhere, or in two places', () => {
    expect(() => finishDocument(documentWith({ type: 'string' }, {}), facts, entries)).toThrow(/declares no security/);
    const twice = { 'GET /things/{id}': { ...entries['GET /things/{id}'], security: [{}] } };
    expect(() => finishDocument(documentWith({ type: 'string' }), facts, twice)).toThrow(/both in its route and in the catalogue/);
    expect(finishDocument(documentWith({ type: 'string' }, {}), facts, twice).paths['/things/{id}'].get).toMatchObject({ security: [{}] });
  });
});
