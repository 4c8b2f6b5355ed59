import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentKey } from './content-key.ts';
import { createLocalDiskStorage } from './local-disk-storage.ts';
import type { Storage } from './storage.ts';

/** Every file under a directory, relative to it. */
function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((path) => statSync(join(root, path)).isFile());
}

let root: string;
let storage: Storage;
beforeEach(() => {
  root = join(mkdtempSync(join(tmpdir(), 'bz-media-')), 'objects'); // does not exist yet
  storage = createLocalDiskStorage({ root, publicBaseUrl: 'https://cdn.example.com/media/' });
});
afterEach(() => rmSync(dirname(root), { recursive: true, force: true }));

describe('local disk storage', () => {
  const bytes = Buffer.from('RIFF....WEBP pretend pixels');
  const key = contentKey(bytes, 'webp');

  it('puts a file at the key path, creating directories, and gets it back with its content type', async () => {
    expect(storage.kind).toBe('local');
    await storage.put(key, bytes, 'image/webp');
    expect(readFileSync(join(root, key))).toEqual(bytes);
    expect(await storage.get(key)).toEqual({ bytes, contentType: 'image/webp' });

    const avif = Buffer.from('avif bytes');
    const avifKey = contentKey(avif, 'avif');
    await storage.put(avifKey, avif, 'image/avif');
    expect((await storage.get(avifKey))?.contentType).toBe('image/avif');
  });

  it('is idempotent, and get of a missing key is undefined', async () => {
    await storage.put(key, bytes, 'image/webp');
    await storage.put(key, bytes, 'image/webp');
    expect(filesUnder(root)).toEqual([key]);
    expect(await storage.get(contentKey(Buffer.from('never stored'), 'webp'))).toBeUndefined();
  });

  it('deletes, and deleting a missing key is fine', async () => {
    await storage.put(key, bytes, 'image/webp');
    await storage.delete(key);
    expect(await storage.get(key)).toBeUndefined();
    await expect(storage.delete(key)).resolves.toBeUndefined();
  });

  it('gives the public URL under the base URL', () => {
    expect(storage.url(key)).toBe(`https://cdn.example.com/media/${key}`);
  });

  it('refuses keys that are not content keys, in every method', async () => {
    for (const bad of ['../../etc/passwd', '/etc/passwd', 'ab/cd/../../x.webp', '']) {
      await expect(storage.put(bad, bytes, 'image/webp')).rejects.toThrow(/invalid storage key/);
      await expect(storage.get(bad)).rejects.toThrow(/invalid storage key/);
      await expect(storage.delete(bad)).rejects.toThrow(/invalid storage key/);
      expect(() => storage.url(bad)).toThrow(/invalid storage key/);
    }
  });

  it("refuses a content type that disagrees with the key's extension", async () => {
    await expect(storage.put(key, bytes, 'text/html')).rejects.toThrow(/does not match/);
    await expect(storage.put(contentKey(bytes, 'html'), bytes, 'text/html')).rejects.toThrow(/does not match/);
  });

  it('writes atomically: concurrent puts and reads never see a partial file, and no temporary file is left', async () => {
    const large = Buffer.alloc(4 * 1024 * 1024, 7);
    const largeKey = contentKey(large, 'avif');
    const reads: Promise<unknown>[] = [];
    const writes = Array.from({ length: 8 }, () => storage.put(largeKey, large, 'image/avif'));
    for (let i = 0; i < 40; i++) {
      reads.push(
        storage.get(largeKey).then((object) => {
          if (object) expect(object.bytes.equals(large)).toBe(true);
        }),
      );
    }
    await Promise.all([...writes, ...reads]);
    expect(filesUnder(root)).toEqual([largeKey]);
  });

  it('removes its temporary file when the final rename fails', async () => {
    mkdirSync(join(root, key), { recursive: true }); // a directory where the file should go
    await expect(storage.put(key, bytes, 'image/webp')).rejects.toThrow();
    expect(filesUnder(root)).toEqual([]);
  });

  it('probe says whether the root can be written, and leaves nothing behind', async () => {
    expect(await storage.probe()).toBe(true);
    expect(filesUnder(root)).toEqual([]);
    await storage.put(key, bytes, 'image/webp');
    const underAFile = createLocalDiskStorage({ root: join(root, key), publicBaseUrl: 'http://x' });
    expect(await underAFile.probe()).toBe(false);
  });
});
