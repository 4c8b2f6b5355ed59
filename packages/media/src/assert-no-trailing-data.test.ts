import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertNoTrailingData } from './assert-no-trailing-data.ts';
import { sniffImageType } from './sniff-image-type.ts';
import { insertJpegSegment, photo, zipArchive } from './test-fixtures.ts';

function check(bytes: Buffer) {
  const format = sniffImageType(bytes);
  if (!format) throw new Error('fixture is not an image');
  return () => assertNoTrailingData(bytes, format);
}
const html = Buffer.from('<html><body><script>alert(document.cookie)</script></body></html>');

let jpeg: Buffer;
let progressiveJpeg: Buffer;
let png: Buffer;
let webp: Buffer;
let avif: Buffer;
beforeAll(async () => {
  const image = photo(120, 90);
  [jpeg, progressiveJpeg, png, webp, avif] = await Promise.all([
    image.clone().jpeg().toBuffer(),
    image.clone().jpeg({ progressive: true }).toBuffer(),
    image.clone().png().toBuffer(),
    image.clone().webp().toBuffer(),
    image.clone().avif({ effort: 0 }).toBuffer(),
  ]);
});

describe('assertNoTrailingData', () => {
  it('accepts whole images of every format, baseline and progressive JPEG', () => {
    for (const image of [jpeg, progressiveJpeg, png, webp, avif]) expect(check(image)).not.toThrow();
  });

  it('refuses a JPEG with a zip after EOI, even one whose last bytes are FF D9', () => {
    const polyglot = Buffer.concat([jpeg, zipArchive()]);
    expect(polyglot.subarray(-2)).toEqual(Buffer.from([0xff, 0xd9]));
    expect(check(polyglot)).toThrow(expect.objectContaining({ code: 'image_has_trailing_data' }));
    expect(check(Buffer.concat([progressiveJpeg, html]))).toThrow(expect.objectContaining({ code: 'image_has_trailing_data' }));
  });

  it('is not fooled by FF D9 inside a segment (an EXIF thumbnail, a comment)', () => {
    const comment = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xd9]), Buffer.from('not the end')]);
    expect(check(insertJpegSegment(jpeg, 0xfe, comment))).not.toThrow();
    expect(check(Buffer.concat([insertJpegSegment(jpeg, 0xfe, comment), html]))).toThrow(expect.objectContaining({ code: 'image_has_trailing_data' }));
  });

  it('accepts a second JPEG after the first only when the first declares MPF (phone depth maps, Ultra HDR)', () => {
    const mpf = insertJpegSegment(jpeg, 0xe2, Buffer.concat([Buffer.from('MPF\0', 'latin1'), Buffer.alloc(16)]));
    expect(check(Buffer.concat([mpf, jpeg]))).not.toThrow();
    expect(check(Buffer.concat([mpf, jpeg, zipArchive()]))).toThrow(expect.objectContaining({ code: 'image_has_trailing_data' }));
    expect(check(Buffer.concat([jpeg, jpeg]))).toThrow(expect.objectContaining({ code: 'image_has_trailing_data' }));
  });

  it('refuses a PNG with bytes after IEND', () => {
    expect(check(Buffer.concat([png, html]))).toThrow(expect.objectContaining({ code: 'image_has_trailing_data' }));
  });

  it('refuses a WebP whose RIFF size is less than the file', () => {
    expect(check(Buffer.concat([webp, html]))).toThrow(expect.objectContaining({ code: 'image_has_trailing_data' }));
  });

  it('refuses an AVIF with data after its last box', () => {
    expect(check(Buffer.concat([avif, html]))).toThrow(expect.objectContaining({ code: 'image_has_trailing_data' }));
    expect(check(Buffer.concat([avif, zipArchive()]))).toThrow(expect.objectContaining({ code: 'image_has_trailing_data' }));
  });

  it('tolerates up to 16 zero bytes of padding, and no more', () => {
    for (const image of [jpeg, png, webp, avif]) {
      expect(check(Buffer.concat([image, Buffer.alloc(16)]))).not.toThrow();
      expect(check(Buffer.concat([image, Buffer.alloc(17)]))).toThrow(expect.objectContaining({ code: 'image_has_trailing_data' }));
      expect(check(Buffer.concat([image, Buffer.from([0, 0, 1])]))).toThrow(expect.objectContaining({ code: 'image_has_trailing_data' }));
    }
  });

  it('calls a container cut short unreadable', () => {
    for (const image of [jpeg, progressiveJpeg, png, webp, avif]) {
      expect(check(image.subarray(0, Math.floor(image.length * 0.6)))).toThrow(expect.objectContaining({ code: 'image_unreadable' }));
    }
    const lyingRiff = Buffer.from(webp);
    lyingRiff.writeUInt32LE(webp.length * 2, 4);
    expect(check(lyingRiff)).toThrow(expect.objectContaining({ code: 'image_unreadable' }));
  });
});
