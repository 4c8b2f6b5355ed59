/** Demo accounts that `pnpm start` prints, so a newcomer can look around at once. Never for production. */
export const demoAccounts = [
  { email: 'admin@bazaarche.test', password: 'bazaarche-admin', name: 'مدیر بازارچه', locale: 'fa', admin: true },
  { email: 'sara@bazaarche.test', password: 'bazaarche-demo', name: 'سارا محمدی', locale: 'fa', admin: false },
] as const;
