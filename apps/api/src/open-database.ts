import { type Config, ConfigError, loadConfig } from '@bazaarche/config';
import { createDatabase, type DatabaseHandle, DataDirectoryLockedError, migrateDatabase } from '@bazaarche/db';

/** Reads the environment once; a bad value stops the process with one line naming the variable. */
export function loadConfigOrExit(): Config {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

/** Opens the configured database and brings it to the latest migration. */
export async function openMigratedDatabase(config: Config): Promise<DatabaseHandle> {
  let database: DatabaseHandle;
  try {
    database = config.databaseUrl ? await createDatabase({ databaseUrl: config.databaseUrl }) : await createDatabase({ dataDir: config.dataDir });
  } catch (error) {
    if (error instanceof DataDirectoryLockedError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  await migrateDatabase(database, config.databaseUrl);
  return database;
}
