import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { isValidKey } from './content-key.ts';
import type { Storage } from './storage.ts';

const CONTENT_TYPES: Record<string, string> = {
  webp: 'image/webp',
  avif: 'image/avif',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

/** The content type follows from the key's extension, so nothing is stored beside the object. */
function contentTypeOf(key: string): string | undefined {
  return CONTENT_TYPES[key.slice(key.lastIndexOf('.') + 1)];
}

/** Objects as files under `root` at their key's path, each written to a temporary file and renamed into place. */
export function createLocalDiskStorage(options: { root: string; publicBaseUrl: string }): Storage {
  const root = resolve(options.root);
  const publicBaseUrl = options.publicBaseUrl.replace(/\/+$/, '');

  function pathOf(key: string): string {
    if (!isValidKey(key)) throw new TypeError(`invalid storage key: ${JSON.stringify(key)}`);
    return join(root, key);
  }

  /** Same directory as the target, so the rename stays on one file system and is atomic. */
  async function writeAtomically(path: string, bytes: Buffer): Promise<void> {
    await mkdir(dirname(path), { recursive: true });
    const temporary = `${path}.${randomUUID()}.tmp`;
    try {
      const file = await open(temporary, 'wx');
      try {
        await file.writeFile(bytes);
        await file.sync();
      } finally {
        await file.close();
      }
      await rename(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  return {
    kind: 'local',

    async put(key, bytes, contentType) {
      const path = pathOf(key);
      const expected = contentTypeOf(key);
      if (expected !== contentType) {
        throw new TypeError(`content type ${contentType} does not match the key's extension (${expected ?? 'unknown'})`);
      }
      await writeAtomically(path, bytes);
    },

    async get(key) {
      const path = pathOf(key);
      try {
        return { bytes: await readFile(path), contentType: contentTypeOf(key) ?? 'application/octet-stream' };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },

    async delete(key) {
      await rm(pathOf(key), { force: true });
    },

    url(key) {
      pathOf(key); // validates
      return `${publicBaseUrl}/${key}`;
    },

    async probe() {
      const path = join(root, `.probe-${randomUUID()}`);
      try {
        await writeAtomically(path, Buffer.from('ok'));
        await rm(path, { force: true });
        return true;
      } catch {
        return false;
      }
    },
  };
}
