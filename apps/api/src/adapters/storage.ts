import { join, resolve } from 'node:path';
import type { Config } from '@bazaarche/config';
import { createLocalDiskStorage, type Storage } from '@bazaarche/media';

/**
 * Photos live on local disk under DATA_DIR; their public URLs go through the storefront, which
 * passes /media on to the API, so one address serves pages and photos alike.
 */
export function createConfiguredStorage(config: Config): Storage {
  return createLocalDiskStorage({ root: join(resolve(config.dataDir), 'media'), publicBaseUrl: `${config.publicUrl}/media` });
}
