import { createHash } from 'node:crypto';

const EXTENSION = /^[a-z0-9]{1,10}$/;
const KEY = /^([0-9a-f]{2})\/([0-9a-f]{2})\/([0-9a-f]{64})\.[a-z0-9]{1,10}$/;

/** The storage key of some bytes: their SHA-256, fanned out over two directory levels ('ab/cd/abcd….webp'). */
export function contentKey(bytes: Buffer, extension: string): string {
  const ext = extension.replace(/^\./, '');
  if (!EXTENSION.test(ext)) throw new TypeError(`not a file extension: ${JSON.stringify(extension)}`);
  const hash = createHash('sha256').update(bytes).digest('hex');
  return `${hash.slice(0, 2)}/${hash.slice(2, 4)}/${hash}.${ext}`;
}

/** Exactly the shape `contentKey` makes, so a key can never name a path outside the storage root. */
export function isValidKey(key: string): boolean {
  const match = KEY.exec(key);
  return match !== null && match[3]!.startsWith(match[1]! + match[2]!);
}
