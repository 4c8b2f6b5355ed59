export { createDatabase, type Database, type DatabaseHandle, type DatabaseOptions, type Executor, queryRows } from './client.ts';
export { DataDirectoryLockedError } from './data-dir-lock.ts';
export { migrateDatabase } from './migrate.ts';
export * from './schema/index.ts';
