import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contractDeliveryStatuses } from './delivery-status.ts';
import { contractStatuses } from './contract-status.ts';
import { demandStatuses } from './demand-status.ts';
import { ocdsContractStatus, ocdsDateTime, ocdsEndOfDay, ocdsReleasePackage, ocdsValue, ocid, type OcdsContractInput, type OcdsPackageOptions } from './ocds.ts';

/**
 * The part of OCDS 1.1 we emit, as a JSON Schema written from the standard: release-package-schema.json
 * and release-schema.json of version 1.1 (required fields, field names and types), with the codelists
 * taken from open-contracting/standard schema/codelists/: releaseTag.csv, initiationType.csv,
 * partyRole.csv, tenderStatus.csv, method.csv, awardStatus.csv, contractStatus.csv, milestoneType.csv,
 * milestoneStatus.csv, currency.csv (here only the codes we can publish). `additionalProperties: false`
 * everywhere, so a field the code adds without a schema entry here fails the test.
 */
const codelists = {
  releaseTag: ['planning', 'planningUpdate', 'tender', 'tenderAmendment', 'tenderUpdate', 'tenderCancellation', 'award', 'awardUpdate', 'awardCancellation', 'contract', 'contractUpdate', 'contractAmendment', 'implementation', 'implementationUpdate', 'contractTermination', 'compiled'],
  initiationType: ['tender'],
  partyRole: ['buyer', 'procuringEntity', 'supplier', 'tenderer', 'funder', 'enquirer', 'payer', 'payee', 'reviewBody', 'interestedParty'],
  tenderStatus: ['planning', 'planned', 'active', 'cancelled', 'unsuccessful', 'complete', 'withdrawn'],
  method: ['open', 'selective', 'limited', 'direct'],
  awardStatus: ['pending', 'active', 'cancelled', 'unsuccessful'],
  contractStatus: ['pending', 'active', 'cancelled', 'terminated'],
  milestoneType: ['preProcurement', 'approval', 'engagement', 'assessment', 'delivery', 'reporting', 'financing'],
  milestoneStatus: ['scheduled', 'met', 'notMet', 'partiallyMet'],
  currency: ['IRR'],
};

type Schema = {
  type?: 'object' | 'array' | 'string' | 'number' | 'integer';
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  minItems?: number;
  uniqueItems?: boolean;
  enum?: readonly unknown[];
  pattern?: string;
  minimum?: number;
  minLength?: number;
};

// date-time with an explicit offset: OCDS takes RFC 3339, and we always say which offset.
const dateTime: Schema = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}$' };
const text: Schema = { type: 'string', minLength: 1 };
const value: Schema = { type: 'object', required: ['amount', 'currency'], properties: { amount: { type: 'number', minimum: 0 }, currency: { type: 'string', enum: codelists.currency } } };
const organizationReference: Schema = { type: 'object', required: ['id', 'name'], properties: { id: text, name: text } };
const codes = (list: readonly string[]): Schema => ({ type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', enum: list } });

const releaseSchema: Schema = {
  type: 'object',
  required: ['ocid', 'id', 'date', 'tag', 'initiationType'],
  properties: {
    ocid: { type: 'string', pattern: '^ocds-[a-z0-9]{6}-.+$' },
    id: text,
    date: dateTime,
    tag: codes(codelists.releaseTag),
    initiationType: { type: 'string', enum: codelists.initiationType },
    parties: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'name', 'roles'],
        properties: {
          id: text,
          name: text,
          address: { type: 'object', properties: { region: text, countryName: text } },
          roles: codes(codelists.partyRole),
        },
      },
    },
    buyer: organizationReference,
    tender: {
      type: 'object',
      required: ['id'],
      properties: {
        id: text,
        title: text,
        status: { type: 'string', enum: codelists.tenderStatus },
        procurementMethod: { type: 'string', enum: codelists.method },
        items: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id'],
            properties: { id: text, description: text, quantity: { type: 'number', minimum: 0 }, unit: { type: 'object', properties: { name: text, value } } },
          },
        },
        tenderPeriod: { type: 'object', properties: { endDate: dateTime } },
      },
    },
    awards: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id'],
        properties: { id: text, status: { type: 'string', enum: codelists.awardStatus }, date: dateTime, value, suppliers: { type: 'array', items: organizationReference } },
      },
    },
    contracts: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'awardID'],
        properties: {
          id: text,
          awardID: text,
          status: { type: 'string', enum: codelists.contractStatus },
          value,
          dateSigned: dateTime,
          period: { type: 'object', properties: { startDate: dateTime, endDate: dateTime } },
          implementation: {
            type: 'object',
            properties: {
              milestones: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['id'],
                  properties: {
                    id: text,
                    title: text,
                    type: { type: 'string', enum: codelists.milestoneType },
                    dueDate: dateTime,
                    dateMet: dateTime,
                    status: { type: 'string', enum: codelists.milestoneStatus },
                  },
                },
              },
              transactions: {
                type: 'array',
                items: { type: 'object', required: ['id'], properties: { id: text, date: dateTime, value, payer: organizationReference, payee: organizationReference } },
              },
            },
          },
        },
      },
    },
  },
};

const packageSchema: Schema = {
  type: 'object',
  required: ['uri', 'version', 'publishedDate', 'publisher', 'releases'],
  properties: {
    uri: { type: 'string', pattern: '^https?://' },
    version: { type: 'string', enum: ['1.1'] },
    publishedDate: dateTime,
    publisher: { type: 'object', required: ['name'], properties: { name: text } },
    releases: { type: 'array', items: releaseSchema },
  },
};

/** The JSON Schema keywords above, checked strictly; every object is closed (additionalProperties: false). */
function schemaErrors(schema: Schema, data: unknown, path = '$'): string[] {
  const errors: string[] = [];
  const isObject = typeof data === 'object' && data !== null && !Array.isArray(data);
  if (schema.type === 'object' && !isObject) return [`${path}: not an object`];
  if (schema.type === 'array' && !Array.isArray(data)) return [`${path}: not an array`];
  if (schema.type === 'string' && typeof data !== 'string') return [`${path}: not a string`];
  if ((schema.type === 'number' || schema.type === 'integer') && (typeof data !== 'number' || !Number.isFinite(data))) return [`${path}: not a number`];
  if (schema.type === 'integer' && !Number.isInteger(data)) errors.push(`${path}: not an integer`);
  if (schema.enum && !schema.enum.includes(data)) errors.push(`${path}: ${JSON.stringify(data)} not in its codelist`);
  if (schema.pattern && !new RegExp(schema.pattern).test(data as string)) errors.push(`${path}: ${JSON.stringify(data)} does not match ${schema.pattern}`);
  if (schema.minLength !== undefined && (data as string).length < schema.minLength) errors.push(`${path}: too short`);
  if (schema.minimum !== undefined && (data as number) < schema.minimum) errors.push(`${path}: below ${schema.minimum}`);
  if (schema.type === 'object') {
    const record = data as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in record)) errors.push(`${path}.${key}: required`);
    for (const [key, item] of Object.entries(record)) {
      const property = schema.properties?.[key];
      if (!property) errors.push(`${path}.${key}: not in the schema`);
      else errors.push(...schemaErrors(property, item, `${path}.${key}`));
    }
  }
  if (schema.type === 'array') {
    const list = data as unknown[];
    if (schema.minItems !== undefined && list.length < schema.minItems) errors.push(`${path}: fewer than ${schema.minItems} items`);
    if (schema.uniqueItems && new Set(list.map((item) => JSON.stringify(item))).size !== list.length) errors.push(`${path}: items repeat`);
    if (schema.items) list.forEach((item, index) => errors.push(...schemaErrors(schema.items!, item, `${path}[${index}]`)));
  }
  return errors;
}

const options: OcdsPackageOptions = {
  uri: 'https://bazaarche.example/v1/contracts/c-1/ocds',
  publishedDate: new Date('2026-05-20T06:00:00Z'),
  publisher: { id: 'bazaarche', name: 'Bazaarche' },
  ocidPrefix: 'bz0001',
};

const hospital = { id: 'org-1', name: 'Birjand Imam Reza Hospital', province: 'South Khorasan' };
const network = { id: 'net-1', name: 'Birjand sewing network', province: 'South Khorasan' };

const contract: OcdsContractInput = {
  id: 'c-1',
  status: 'active',
  activatedAt: new Date('2026-03-12T07:15:30.250Z'),
  updatedAt: new Date('2026-05-02T10:00:00Z'),
  quantity: 1_500,
  unitPriceMinor: 4_500_000,
  currency: 'IRR',
  organization: hospital,
  supplier: network,
  demand: { id: 'd-1', title: 'Hospital gowns', quantity: 2_000, targetUnitPriceMinor: 4_500_000, currency: 'IRR', deadline: '2026-06-30', status: 'open' },
  offer: { id: 'o-1', acceptedAt: new Date('2026-03-11T12:00:00Z'), quantity: 1_500, unitPriceMinor: 4_500_000 },
  deliveries: [
    { id: 'dl-2', dueDate: '2026-05-15', quantity: 500, status: 'in_production', acceptedQuantity: 0, receivedAt: null },
    { id: 'dl-1', dueDate: '2026-04-15', quantity: 500, status: 'received', acceptedQuantity: 480, receivedAt: new Date('2026-04-14T09:00:00Z') },
    { id: 'dl-3', dueDate: '2026-06-30', quantity: 500, status: 'scheduled', acceptedQuantity: 0, receivedAt: null },
  ],
  payments: [
    { id: 'p-1', kind: 'advance', amountMinor: 2_025_000_000, currency: 'IRR', receivedAt: new Date('2026-03-15T08:00:00Z') },
    { id: 'p-2', kind: 'invoice', amountMinor: 1_512_000_000, currency: 'IRR', receivedAt: new Date('2026-05-02T10:00:00Z') },
  ],
};

describe('ocdsReleasePackage', () => {
  it('builds a 1.1 release package that the schema of what we emit accepts', () => {
    const built = ocdsReleasePackage([contract], options);
    expect(schemaErrors(packageSchema, JSON.parse(JSON.stringify(built)))).toEqual([]);
  });

  it('names the process with the prefix, dates everything with the Tehran offset, and values in rial', () => {
    const [release] = ocdsReleasePackage([contract], options).releases;
    expect(release!.ocid).toBe('ocds-bz0001-c-1');
    expect(release!.tag).toEqual(['contract', 'implementation']);
    expect(release!.date).toBe('2026-05-02T13:30:00+03:30');
    const [published] = release!.contracts;
    expect(published).toMatchObject({ id: 'c-1', awardID: 'o-1', status: 'active', value: { amount: 6_750_000_000, currency: 'IRR' }, dateSigned: '2026-03-12T10:45:30+03:30' });
    expect(published!.period).toEqual({ startDate: '2026-03-12T10:45:30+03:30', endDate: '2026-06-30T23:59:59+03:30' });
    expect(release!.parties.map((p) => [p.id, p.roles])).toEqual([
      ['org-1', ['buyer', 'payer']],
      ['net-1', ['supplier', 'payee']],
      ['bazaarche', ['payee']],
    ]);
    expect(release!.parties[0]).toMatchObject({ address: { region: 'South Khorasan', countryName: 'Iran' } });
  });

  it('publishes a milestone per delivery in due order, and a transaction per payment to whoever holds the money', () => {
    const { milestones, transactions } = ocdsReleasePackage([contract], options).releases[0]!.contracts[0]!.implementation;
    expect(milestones.map((m) => [m.id, m.status, m.dueDate])).toEqual([
      ['dl-1', 'partiallyMet', '2026-04-15T23:59:59+03:30'],
      ['dl-2', 'notMet', '2026-05-15T23:59:59+03:30'], // published on 05-20, five days past due
      ['dl-3', 'scheduled', '2026-06-30T23:59:59+03:30'],
    ]);
    expect(milestones[0]).toMatchObject({ type: 'delivery', dateMet: '2026-04-14T12:30:00+03:30' });
    expect(transactions.map((t) => [t.id, t.payee.id, t.value.amount])).toEqual([
      ['p-1', 'bazaarche', 2_025_000_000],
      ['p-2', 'net-1', 1_512_000_000],
    ]);
  });

  it('keeps the bare contract tag before anything is received or paid, and the platform out of parties without an advance', () => {
    const fresh = { ...contract, status: 'proposed' as const, activatedAt: null, payments: [], deliveries: contract.deliveries.map((d) => ({ ...d, status: 'scheduled' as const, receivedAt: null, acceptedQuantity: 0 })) };
    const release = ocdsReleasePackage([fresh], { ...options, publishedDate: new Date('2026-03-11T13:00:00Z') }).releases[0]!;
    expect(release.tag).toEqual(['contract']);
    expect(release.contracts[0]!.status).toBe('pending');
    expect('dateSigned' in release.contracts[0]!).toBe(false);
    expect(release.parties.map((p) => p.id)).toEqual(['org-1', 'net-1']);
  });

  it('stays valid for any contract state, delivery and payment mix', () => {
    const delivery = fc.record({
      id: fc.uuid(),
      dueDate: fc.integer({ min: 0, max: 400 }).map((d) => new Date(Date.UTC(2026, 2, 10 + d)).toISOString().slice(0, 10)),
      quantity: fc.integer({ min: 1, max: 500 }),
      status: fc.constantFrom(...contractDeliveryStatuses),
      acceptedFraction: fc.double({ min: 0, max: 1, noNaN: true }),
      receivedAt: fc.option(fc.date({ min: new Date('2026-03-10T00:00:00Z'), max: new Date('2027-06-01T00:00:00Z'), noInvalidDate: true })),
    });
    const payment = fc.record({
      id: fc.uuid(),
      kind: fc.constantFrom('advance' as const, 'invoice' as const),
      amountMinor: fc.maxSafeNat(),
      currency: fc.constant('IRR'),
      receivedAt: fc.date({ min: new Date('2026-03-10T00:00:00Z'), max: new Date('2027-06-01T00:00:00Z'), noInvalidDate: true }),
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...contractStatuses),
        fc.boolean(),
        fc.constantFrom(...demandStatuses),
        fc.array(delivery, { maxLength: 6 }),
        fc.array(payment, { maxLength: 4 }),
        (status, signed, demandStatus, deliveries, payments) => {
          const input: OcdsContractInput = {
            ...contract,
            status,
            activatedAt: signed || status === 'active' || status === 'completed' ? contract.activatedAt : null,
            demand: { ...contract.demand, status: demandStatus },
            deliveries: deliveries.map(({ acceptedFraction, ...d }) => ({ ...d, acceptedQuantity: Math.floor(d.quantity * acceptedFraction) })),
            payments,
          };
          expect(schemaErrors(packageSchema, JSON.parse(JSON.stringify(ocdsReleasePackage([input, contract], options))))).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is refused by the schema when a field or code is not the standard’s (the check can fail)', () => {
    const built = JSON.parse(JSON.stringify(ocdsReleasePackage([contract], options)));
    built.releases[0].contracts[0].status = 'completed';
    built.releases[0].date = '2026-05-02T10:00:00';
    built.releases[0].extra = true;
    expect(schemaErrors(packageSchema, built)).toEqual([
      '$.releases[0].date: "2026-05-02T10:00:00" does not match ^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}$',
      '$.releases[0].contracts[0].status: "completed" not in its codelist',
      '$.releases[0].extra: not in the schema',
    ]);
  });
});

describe('OCDS pieces', () => {
  it('maps our contract statuses onto contractStatus.csv: concluded then ended is terminated, ended before is cancelled', () => {
    const signed = new Date('2026-03-12T00:00:00Z');
    expect(ocdsContractStatus({ status: 'proposed', activatedAt: null })).toBe('pending');
    expect(ocdsContractStatus({ status: 'active', activatedAt: signed })).toBe('active');
    expect(ocdsContractStatus({ status: 'completed', activatedAt: signed })).toBe('terminated');
    expect(ocdsContractStatus({ status: 'cancelled', activatedAt: signed })).toBe('terminated');
    expect(ocdsContractStatus({ status: 'cancelled', activatedAt: null })).toBe('cancelled');
    expect(ocdsContractStatus({ status: 'lapsed', activatedAt: null })).toBe('cancelled');
  });

  it('writes dates with the +03:30 offset and ends a due day at its last second in Tehran', () => {
    expect(ocdsDateTime(new Date('2026-03-20T20:29:59.900Z'))).toBe('2026-03-20T23:59:59+03:30');
    expect(ocdsDateTime(new Date('2026-03-20T20:30:00Z'))).toBe('2026-03-21T00:00:00+03:30');
    expect(ocdsEndOfDay('2026-03-20')).toBe('2026-03-20T23:59:59+03:30');
  });

  it('publishes rial amounts as they are stored and refuses a currency it has no scale for', () => {
    expect(ocdsValue(4_500_000, 'IRR')).toEqual({ amount: 4_500_000, currency: 'IRR' });
    expect(() => ocdsValue(100, 'USD')).toThrow(RangeError);
  });

  it('takes only a six-character prefix', () => {
    expect(ocid('abc123', 'x')).toBe('ocds-abc123-x');
    expect(() => ocid('ABC123', 'x')).toThrow(RangeError);
    expect(() => ocid('abc12', 'x')).toThrow(RangeError);
  });
});
