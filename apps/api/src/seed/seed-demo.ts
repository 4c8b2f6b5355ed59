import { type Database, users } from '@bazaarche/db';
import { createOrUpdateUser } from '../services/accounts/create-user.ts';
import { demoAccounts } from './demo-accounts.ts';

/** Demo data; idempotent, so `pnpm cli seed` can run on a seeded database. */
export async function seedDemo(db: Database): Promise<void> {
  for (const account of demoAccounts) await createOrUpdateUser(db, account);
}

export async function isEmpty(db: Database): Promise<boolean> {
  return (await db.$count(users)) === 0;
}
