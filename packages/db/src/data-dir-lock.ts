import lockfile from 'proper-lockfile';

export class DataDirectoryLockedError extends Error {
  override name = 'DataDirectoryLockedError';
}

/**
 * PGlite keeps no lock of its own: two processes on one directory silently lose each other's
 * writes. The lock file's mtime is refreshed while we hold it, so a crashed holder's lock goes
 * stale and the next start takes it over.
 */
export async function lockDataDirectory(dir: string): Promise<() => Promise<void>> {
  try {
    return await lockfile.lock(dir, {
      lockfilePath: `${dir}.lock`,
      stale: 15_000,
      update: 5_000,
      realpath: false,
      onCompromised: (error) => {
        // Someone else now believes they own the directory: stop before we corrupt it.
        process.stderr.write(`PGlite data directory lock lost (${error.message}); stopping.\n`);
        process.exit(1);
      },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new DataDirectoryLockedError(
        `The embedded database in ${dir} is already open in another Bazaarche process (is the API running?). ` +
          'Stop that process first, or set DATABASE_URL to use a PostgreSQL server that many processes can share.',
      );
    }
    throw error;
  }
}
