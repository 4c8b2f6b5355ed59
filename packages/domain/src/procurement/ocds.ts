import { endOfCalendarDay, isCalendarDate, MARKETPLACE_UTC_OFFSET_MINUTES } from '../calendar/calendar-date.ts';
import { assertMinorUnits, multiplyMinorUnits } from '../money/minor-units.ts';
import type { ContractStatus } from './contract-status.ts';
import type { ContractDeliveryStatus } from './delivery-status.ts';
import type { DemandStatus } from './demand-status.ts';

// Open Contracting Data Standard 1.1 (https://standard.open-contracting.org/1.1/): the release
// package and release schemas, and the codelists in open-contracting/standard schema/codelists/*.csv.

/**
 * OCDS amounts are numbers in the currency's unit; ours are integer minor units. The marketplace's
 * minor unit of IRR is the rial itself (design.md: money is stored in rial, Toman = 10 rial is only
 * shown), and no one writes fractions of a rial, so an IRR amount is published as the rial count
 * unchanged. A currency without an entry here is refused rather than published at a wrong scale.
 */
const MINOR_UNITS_PER_UNIT: Readonly<Record<string, number>> = { IRR: 1 };

export interface OcdsValue {
  amount: number;
  currency: string;
}

export function ocdsValue(amountMinor: number, currency: string): OcdsValue {
  assertMinorUnits(amountMinor, 'amountMinor');
  const perUnit = MINOR_UNITS_PER_UNIT[currency];
  if (perUnit === undefined) throw new RangeError(`no OCDS scale for currency ${currency}`);
  return { amount: amountMinor / perUnit, currency };
}

/** A moment as ISO 8601 with the marketplace's offset, to the second: 2026-03-10T09:00:00+03:30. */
export function ocdsDateTime(moment: Date): string {
  if (Number.isNaN(moment.getTime())) throw new RangeError('not a valid date');
  const local = new Date(Math.floor(moment.getTime() / 1000) * 1000 + MARKETPLACE_UTC_OFFSET_MINUTES * 60_000);
  const sign = MARKETPLACE_UTC_OFFSET_MINUTES < 0 ? '-' : '+';
  const offset = Math.abs(MARKETPLACE_UTC_OFFSET_MINUTES);
  return `${local.toISOString().slice(0, 19)}${sign}${pad(Math.floor(offset / 60))}:${pad(offset % 60)}`;
}

/** A due day as the last second of it in Tehran: what is due on a day may come until that day ends (endOfCalendarDay). */
export function ocdsEndOfDay(date: string): string {
  return ocdsDateTime(new Date(endOfCalendarDay(date).getTime() - 1_000));
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

export interface OcdsPartyInput {
  id: string;
  name: string;
  /** The province's name, published as the address's region. */
  province: string;
}

export interface OcdsContractInput {
  id: string;
  status: ContractStatus;
  /** When both parties had signed; null while proposed, and for one that lapsed or was cancelled unsigned. */
  activatedAt: Date | null;
  /** The last change to the contract, its deliveries or its payments: it dates and names the release. */
  updatedAt: Date;
  quantity: number;
  unitPriceMinor: number;
  currency: string;
  organization: OcdsPartyInput;
  supplier: OcdsPartyInput;
  demand: { id: string; title: string; quantity: number; targetUnitPriceMinor: number; currency: string; deadline: string; status: DemandStatus };
  /** The accepted offer the contract came from. */
  offer: { id: string; acceptedAt: Date; quantity: number; unitPriceMinor: number };
  deliveries: ReadonlyArray<{ id: string; dueDate: string; quantity: number; status: ContractDeliveryStatus; acceptedQuantity: number; receivedAt: Date | null }>;
  /** Money that arrived: the advance (into the contract's escrow, held by the platform) or an invoice's payment. */
  payments: ReadonlyArray<{ id: string; kind: 'advance' | 'invoice'; amountMinor: number; currency: string; receivedAt: Date }>;
}

export interface OcdsPackageOptions {
  /** Where this package is published: the API URL it was read from. */
  uri: string;
  publishedDate: Date;
  /** The platform: publisher of the package, and payee of advances, which it holds in escrow. */
  publisher: { id: string; name: string };
  /** The registered OCDS prefix's own part, six letters or digits: ocids read ocds-<prefix>-<contractId>. */
  ocidPrefix: string;
}

export const ocdsContractStatuses = ['pending', 'active', 'cancelled', 'terminated'] as const;
export type OcdsContractStatus = (typeof ocdsContractStatuses)[number];

/**
 * contractStatus.csv: `pending` is not yet signed by all; `cancelled` ended before it was concluded;
 * `terminated` was concluded and has come to a close, completed or cut short. So a contract
 * cancelled after both signed is terminated, and one cancelled or lapsed before is cancelled.
 */
export function ocdsContractStatus(contract: { status: ContractStatus; activatedAt: Date | null }): OcdsContractStatus {
  switch (contract.status) {
    case 'proposed':
      return 'pending';
    case 'active':
      return 'active';
    case 'completed':
      return 'terminated';
    case 'lapsed':
      return 'cancelled';
    case 'cancelled':
      return contract.activatedAt === null ? 'cancelled' : 'terminated';
  }
}

/** tenderStatus.csv: offers are taken while the demand is open; after that the tender is complete, or cancelled. */
const tenderStatusOf: Record<DemandStatus, 'active' | 'complete' | 'cancelled'> = {
  open: 'active',
  contracted: 'complete',
  closed: 'complete',
  cancelled: 'cancelled',
};

export type OcdsMilestoneStatus = 'scheduled' | 'met' | 'notMet' | 'partiallyMet';

/**
 * milestoneStatus.csv, per delivery at `asOf`: received with every unit accepted is met, with some
 * partiallyMet, with none notMet; not received, it is scheduled until its due day is over and notMet after.
 */
export function ocdsMilestoneStatus(delivery: { dueDate: string; quantity: number; status: ContractDeliveryStatus; acceptedQuantity: number }, asOf: Date): OcdsMilestoneStatus {
  if (delivery.status === 'received') {
    if (delivery.acceptedQuantity === delivery.quantity) return 'met';
    return delivery.acceptedQuantity === 0 ? 'notMet' : 'partiallyMet';
  }
  if (delivery.status === 'cancelled') return 'notMet';
  return asOf.getTime() >= endOfCalendarDay(delivery.dueDate).getTime() ? 'notMet' : 'scheduled';
}

/** The contracting process's id: the publisher's prefix and our contract's id. */
export function ocid(prefix: string, contractId: string): string {
  if (!/^[a-z0-9]{6}$/.test(prefix)) throw new RangeError(`OCDS prefix must be six lowercase letters or digits, got ${JSON.stringify(prefix)}`);
  return `ocds-${prefix}-${contractId}`;
}

/**
 * One contract as one OCDS release: the whole process as it stands (the demand as tender, the
 * accepted offer as award, the contract with a milestone per delivery and a transaction per payment),
 * tagged `contract`, plus `implementation` once a delivery is received or money has arrived, plus
 * `contractTermination` once it is over.
 */
export function ocdsRelease(contract: OcdsContractInput, options: Pick<OcdsPackageOptions, 'ocidPrefix' | 'publisher'> & { asOf: Date }) {
  const id = ocid(options.ocidPrefix, contract.id);
  const status = ocdsContractStatus(contract);
  const buyer = { id: contract.organization.id, name: contract.organization.name };
  const supplier = { id: contract.supplier.id, name: contract.supplier.name };
  const platform = { id: options.publisher.id, name: options.publisher.name };
  const deliveries = [...contract.deliveries].sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.id < b.id ? -1 : 1));
  for (const delivery of deliveries) if (!isCalendarDate(delivery.dueDate)) throw new RangeError(`delivery ${delivery.id} has no calendar due date`);
  const implemented = deliveries.some((d) => d.status === 'received') || contract.payments.length > 0;
  const tag = ['contract', ...(implemented ? ['implementation'] : []), ...(status === 'terminated' ? ['contractTermination'] : [])];
  const parties = [
    { ...buyer, address: { region: contract.organization.province, countryName: 'Iran' }, roles: ['buyer', 'payer'] },
    { ...supplier, address: { region: contract.supplier.province, countryName: 'Iran' }, roles: ['supplier', 'payee'] },
    ...(contract.payments.some((p) => p.kind === 'advance') ? [{ ...platform, roles: ['payee'] }] : []),
  ];
  const value = ocdsValue(multiplyMinorUnits(contract.quantity, contract.unitPriceMinor, 'contract value'), contract.currency);
  const lastDue = deliveries.at(-1)?.dueDate;
  const awardID = contract.offer.id;
  return {
    ocid: id,
    id: `${id}-${contract.updatedAt.getTime()}`,
    date: ocdsDateTime(contract.updatedAt),
    tag,
    initiationType: 'tender',
    parties,
    buyer,
    tender: {
      id: contract.demand.id,
      title: contract.demand.title,
      status: tenderStatusOf[contract.demand.status],
      procurementMethod: 'open',
      items: [{ id: '1', description: contract.demand.title, quantity: contract.demand.quantity, unit: { name: 'unit', value: ocdsValue(contract.demand.targetUnitPriceMinor, contract.demand.currency) } }],
      tenderPeriod: { endDate: ocdsEndOfDay(contract.demand.deadline) },
    },
    awards: [
      {
        id: awardID,
        // An award whose contract was never concluded did not stand: awardStatus.csv's cancelled.
        status: status === 'cancelled' ? 'cancelled' : 'active',
        date: ocdsDateTime(contract.offer.acceptedAt),
        value: ocdsValue(multiplyMinorUnits(contract.offer.quantity, contract.offer.unitPriceMinor, 'award value'), contract.currency),
        suppliers: [supplier],
      },
    ],
    contracts: [
      {
        id: contract.id,
        awardID,
        status,
        value,
        ...(contract.activatedAt ? { dateSigned: ocdsDateTime(contract.activatedAt) } : {}),
        period: {
          startDate: ocdsDateTime(contract.activatedAt ?? contract.offer.acceptedAt),
          ...(lastDue ? { endDate: ocdsEndOfDay(lastDue) } : {}),
        },
        implementation: {
          milestones: deliveries.map((delivery, index) => {
            const milestoneStatus = ocdsMilestoneStatus(delivery, options.asOf);
            return {
              id: delivery.id,
              title: `Delivery ${index + 1} of ${deliveries.length}: ${delivery.quantity} units`,
              type: 'delivery',
              dueDate: ocdsEndOfDay(delivery.dueDate),
              status: milestoneStatus,
              ...((milestoneStatus === 'met' || milestoneStatus === 'partiallyMet') && delivery.receivedAt ? { dateMet: ocdsDateTime(delivery.receivedAt) } : {}),
            };
          }),
          transactions: contract.payments.map((payment) => ({
            id: payment.id,
            date: ocdsDateTime(payment.receivedAt),
            value: ocdsValue(payment.amountMinor, payment.currency),
            payer: buyer,
            payee: payment.kind === 'advance' ? platform : supplier,
          })),
        },
      },
    ],
  };
}

export type OcdsRelease = ReturnType<typeof ocdsRelease>;

/** The release package (release-package-schema.json 1.1) of the given contracts, one release each. */
export function ocdsReleasePackage(contracts: readonly OcdsContractInput[], options: OcdsPackageOptions) {
  return {
    uri: options.uri,
    version: '1.1' as const,
    publishedDate: ocdsDateTime(options.publishedDate),
    publisher: { name: options.publisher.name },
    releases: contracts.map((contract) => ocdsRelease(contract, { ocidPrefix: options.ocidPrefix, publisher: options.publisher, asOf: options.publishedDate })),
  };
}

export type OcdsReleasePackage = ReturnType<typeof ocdsReleasePackage>;
