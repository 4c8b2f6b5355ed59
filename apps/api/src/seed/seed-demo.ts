import { type Database, users } from '@bazaarche/db';
import type { Storage } from '@bazaarche/media';
import type { ConfiguredPayments } from '../adapters/payments.ts';
import { createOrUpdateUser } from '../services/accounts/create-user.ts';
import { demoAccounts } from './demo-accounts.ts';
import { seedCatalogue } from './seed-catalogue.ts';
import { seedDemoNetwork } from './seed-network.ts';
import { seedDemoOrders } from './seed-orders.ts';
import { seedDemoOrganizations } from './seed-organizations.ts';

/** Demo data; idempotent, so `pnpm cli seed` can run on a seeded database. Bank transfers are started and confirmed as the API does, through `payments`. */
export async function seedDemo(db: Database, storage: Storage, payments: Pick<ConfiguredPayments, 'manual'>, log?: (line: string) => void): Promise<void> {
  for (const account of demoAccounts) await createOrUpdateUser(db, account);
  await seedCatalogue(db, storage, log);
  await seedDemoOrders(db, payments, log);
  await seedDemoNetwork(db, storage, payments, log);
  await seedDemoOrganizations(db, log);
}

export async function isEmpty(db: Database): Promise<boolean> {
  return (await db.$count(users)) === 0;
}
