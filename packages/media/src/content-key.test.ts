import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentKey, isValidKey } from './content-key.ts';

describe('contentKey', () => {
  it('is the SHA-256 of the bytes, fanned out over two directories', () => {
    const bytes = Buffer.from('a photo');
    const hex = createHash('sha256').update(bytes).digest('hex');
    expect(contentKey(bytes, 'webp')).toBe(`${hex.slice(0, 2)}/${hex.slice(2, 4)}/${hex}.webp`);
    expect(contentKey(bytes, '.avif')).toBe(`${hex.slice(0, 2)}/${hex.slice(2, 4)}/${hex}.avif`);
    expect(contentKey(Buffer.from('another'), 'webp')).not.toBe(contentKey(bytes, 'webp'));
  });

  it('refuses an extension that could change the path', () => {
    for (const extension of ['', 'we/bp', '../x', 'WEBP', 'webp ', 'a'.repeat(11)]) expect(() => contentKey(Buffer.from('x'), extension)).toThrow(TypeError);
  });
});

describe('isValidKey', () => {
  const key = contentKey(Buffer.from('a photo'), 'webp');

  it('accepts what contentKey makes', () => {
    expect(isValidKey(key)).toBe(true);
  });

  it('refuses traversal, absolute paths and anything else', () => {
    const hex = key.split('/')[2]!.split('.')[0]!;
    for (const bad of [
      '',
      '../etc/passwd',
      `/${key}`,
      `${key.slice(0, 6)}../${hex}.webp`,
      `ab/cd/${hex}.webp`, // directories that do not match the hash
      `${hex.slice(0, 2)}/${hex.slice(2, 4)}/${hex}`, // no extension
      `${hex.slice(0, 2)}/${hex.slice(2, 4)}/${hex}.webp/..`,
      `${hex.slice(0, 2)}\\${hex.slice(2, 4)}\\${hex}.webp`,
      `${key}\n`,
      key.toUpperCase(),
      `${hex.slice(0, 2)}/${hex.slice(2, 4)}/${hex.slice(0, 63)}.webp`,
    ]) {
      expect(isValidKey(bad), bad).toBe(false);
    }
  });
});
