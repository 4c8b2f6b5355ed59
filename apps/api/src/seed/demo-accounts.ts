import type { Locale } from '@bazaarche/i18n';
import accounts from './demo-accounts.json' with { type: 'json' };

/** Demo accounts that `pnpm start` prints, so a newcomer can look around at once. Never for production. */
export const demoAccounts = accounts as ReadonlyArray<{ email: string; password: string; name: string; locale: Locale; admin: boolean; finance?: boolean }>;
