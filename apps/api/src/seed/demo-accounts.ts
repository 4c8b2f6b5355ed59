import type { OrganizationKind } from '@bazaarche/domain';
import type { Locale } from '@bazaarche/i18n';
import accounts from './demo-accounts.json' with { type: 'json' };

/**
 * Demo accounts that `pnpm start` prints, so a newcomer can look around at once. Never for production.
 * An account with `organization` is the admin of that demo organisation (seed-organizations.ts).
 */
export const demoAccounts = accounts as ReadonlyArray<{
  email: string;
  password: string;
  name: string;
  locale: Locale;
  admin: boolean;
  finance?: boolean;
  organization?: { name: string; kind: OrganizationKind; provinceCode: string };
}>;
