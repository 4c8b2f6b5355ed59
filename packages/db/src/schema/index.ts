export * from './memberships.ts';
export * from './refresh-tokens.ts';
export * from './taxonomy.ts';
export * from './users.ts';
export * from './listings.ts';
export * from './producers.ts';
export * from './outbox.ts';
export * from './search.ts';
