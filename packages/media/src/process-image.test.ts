import sharp from 'sharp';
import { thumbHashToApproximateAspectRatio } from 'thumbhash';
import { beforeAll, describe, expect, it } from 'vitest';
import { MediaError } from './media-error.ts';
import { DEFAULT_MAX_PIXELS, processImage, sourceOptions, type ProcessedImage } from './process-image.ts';
import { MARKERS, bombPng, containsAscii, phoneJpeg, photo, zipArchive } from './test-fixtures.ts';

async function rejection(promise: Promise<unknown>): Promise<MediaError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MediaError);
  return error as MediaError;
}

const widthsOf = (result: ProcessedImage, format: 'webp' | 'avif') => result.variants.filter((v) => v.format === format).map((v) => v.width);

describe('processImage: a phone photo (EXIF + GPS, orientation 6, XMP, IPTC, Display P3)', () => {
  let source: Buffer;
  let result: ProcessedImage;
  beforeAll(async () => {
    source = await phoneJpeg();
    result = await processImage(source);
  });

  it('the fixture really carries all of that', async () => {
    const metadata = await sharp(source).metadata();
    expect(metadata.orientation).toBe(6);
    expect(metadata.exif).toBeDefined();
    expect(containsAscii(metadata.exif!, MARKERS.gps)).toBe(true);
    expect(metadata.xmp).toBeDefined();
    expect(metadata.iptc).toBeDefined();
    expect(metadata.icc).toBeDefined();
    for (const marker of ['Exif', ...Object.values(MARKERS)]) expect(containsAscii(source, marker)).toBe(true);
  });

  it('reports the upright size and makes WebP and AVIF at 320, 640 and the source width (1200 < 1280: no upscaling)', () => {
    expect({ width: result.width, height: result.height }).toEqual({ width: 1200, height: 1600 });
    expect(result.variants.map(({ format, width, height, contentType }) => ({ format, width, height, contentType }))).toEqual([
      { format: 'webp', width: 320, height: 427, contentType: 'image/webp' },
      { format: 'webp', width: 640, height: 853, contentType: 'image/webp' },
      { format: 'webp', width: 1200, height: 1600, contentType: 'image/webp' },
      { format: 'avif', width: 320, height: 427, contentType: 'image/avif' },
      { format: 'avif', width: 640, height: 853, contentType: 'image/avif' },
      { format: 'avif', width: 1200, height: 1600, contentType: 'image/avif' },
    ]);
  });

  it('every variant is what it says, upright (the red band of the sideways original is on the right)', async () => {
    for (const variant of result.variants) {
      const metadata = await sharp(variant.bytes).metadata();
      expect(metadata.format).toBe(variant.format === 'avif' ? 'heif' : 'webp');
      expect([metadata.width, metadata.height]).toEqual([variant.width, variant.height]);
      expect(metadata.orientation).toBeUndefined();
      const { data, info } = await sharp(variant.bytes).raw().toBuffer({ resolveWithObject: true });
      const pixel = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)];
      const [r, g, b] = pixel(info.width - 3, Math.floor(info.height / 2));
      expect(r).toBeGreaterThan(200);
      expect(g! + b!).toBeLessThan(90);
      expect(pixel(3, Math.floor(info.height / 2))).not.toEqual(pixel(info.width - 3, Math.floor(info.height / 2)));
    }
  });

  it('no variant keeps any metadata: no EXIF (so no GPS), XMP, IPTC or ICC profile', async () => {
    for (const variant of result.variants) {
      const metadata = await sharp(variant.bytes).metadata();
      expect(metadata.exif).toBeUndefined();
      expect(metadata.xmp).toBeUndefined();
      expect(metadata.iptc).toBeUndefined();
      expect(metadata.icc).toBeUndefined();
      for (const marker of ['Exif', 'http://ns.adobe.com/xap', 'Photoshop 3.0', ...Object.values(MARKERS)]) {
        expect(containsAscii(variant.bytes, marker), `${variant.format} ${variant.width} contains ${marker}`).toBe(false);
      }
    }
  });

  it('gives a ThumbHash placeholder, base64, of the upright image', () => {
    const hash = Buffer.from(result.placeholder, 'base64');
    expect(hash.length).toBeGreaterThan(5);
    expect(hash.length).toBeLessThan(40);
    expect(thumbHashToApproximateAspectRatio(hash)).toBeCloseTo(0.75, 1);
  });
});

describe('processImage: sizes', () => {
  it('never upscales: 500 px wide gives 320 and 500 in each format, 200 px gives 200 only', async () => {
    const medium = await processImage(await photo(500, 250).png().toBuffer());
    expect(widthsOf(medium, 'webp')).toEqual([320, 500]);
    expect(widthsOf(medium, 'avif')).toEqual([320, 500]);
    expect(medium.variants.find((v) => v.width === 500)?.height).toBe(250);
    const small = await processImage(await photo(200, 100).png().toBuffer());
    expect(widthsOf(small, 'webp')).toEqual([200]);
    expect(widthsOf(small, 'avif')).toEqual([200]);
    expect(small).toMatchObject({ width: 200, height: 100 });
  });

  it('caps at 1280 wide from a larger photo, and takes WebP, AVIF and transparent PNG sources', async () => {
    const wide = await processImage(await photo(2000, 500).webp().toBuffer());
    expect(widthsOf(wide, 'webp')).toEqual([320, 640, 1280]);
    expect(wide.variants.at(-1)).toMatchObject({ format: 'avif', width: 1280, height: 320 });

    const fromAvif = await processImage(await photo(400, 300).avif({ effort: 0 }).toBuffer());
    expect(widthsOf(fromAvif, 'avif')).toEqual([320, 400]);

    const transparent = await photo(330, 330).ensureAlpha(0.5).png().toBuffer();
    const fromPng = await processImage(transparent);
    expect(widthsOf(fromPng, 'webp')).toEqual([320, 330]);
    expect((await sharp(fromPng.variants[0]!.bytes).metadata()).hasAlpha).toBe(true);
  });
});

describe('processImage: refusals', () => {
  it('refuses what is not JPEG, PNG, WebP or AVIF, whatever it is called', async () => {
    const gif = await photo(32, 32).gif().toBuffer();
    for (const bytes of [gif, Buffer.from('%PDF-1.7\n'), Buffer.from('<!doctype html><p>hi'), Buffer.from('hello'), zipArchive(), Buffer.alloc(0)]) {
      expect((await rejection(processImage(bytes))).code).toBe('unsupported_image_type');
    }
  });

  it('refuses polyglots: a JPEG with a zip after EOI, a PNG with HTML after IEND', async () => {
    const jpeg = await photo(64, 48).jpeg().toBuffer();
    const png = await photo(64, 48).png().toBuffer();
    expect((await rejection(processImage(Buffer.concat([jpeg, zipArchive()])))).code).toBe('image_has_trailing_data');
    expect((await rejection(processImage(Buffer.concat([png, Buffer.from('<html><script>alert(1)</script></html>')])))).code).toBe(
      'image_has_trailing_data',
    );
  });

  it('refuses a 30000×30000 PNG bomb from its header, quickly, without decoding it', async () => {
    const bomb = bombPng(30_000, 30_000);
    expect(bomb.length).toBeLessThan(200_000);
    expect(await sharp(bomb, { limitInputPixels: false }).metadata()).toMatchObject({ width: 30_000, height: 30_000 });
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    expect((await rejection(processImage(bomb))).code).toBe('image_too_many_pixels');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(100_000_000);
  });

  it('keeps to maxPixels given by the caller, and the default is 50 MP', async () => {
    const photo12 = await photo(1600, 1200).jpeg().toBuffer();
    expect((await rejection(processImage(photo12, { maxPixels: 1_000_000 }))).code).toBe('image_too_many_pixels');
    expect(DEFAULT_MAX_PIXELS).toBe(50_000_000);
    expect((await rejection(processImage(bombPng(8000, 6251)))).code).toBe('image_too_many_pixels');
  });

  it('a JPEG cut short is unreadable, and sharp with our options refuses it too (not only our container walk)', async () => {
    const jpeg = await photo(400, 300).jpeg().toBuffer();
    const truncated = jpeg.subarray(0, Math.floor(jpeg.length / 2));
    expect((await rejection(processImage(truncated))).code).toBe('image_unreadable');
    await expect(sharp(truncated, sourceOptions(DEFAULT_MAX_PIXELS)).raw().toBuffer()).rejects.toThrow(/premature end/);
  });

  it('corrupt images are unreadable: a broken PNG IDAT, a JPEG with a garbage frame header, a WebP with a broken bitstream', async () => {
    const png = Buffer.from(await photo(64, 48).png().toBuffer());
    const idat = png.indexOf('IDAT');
    png.fill(0x55, idat + 8, idat + 40);
    expect((await rejection(processImage(png))).code).toBe('image_unreadable');

    const jpeg = Buffer.from(await photo(64, 48).jpeg().toBuffer());
    const sof = jpeg.indexOf(Buffer.from([0xff, 0xc0]));
    jpeg.fill(0, sof + 4, sof + 12); // precision, height, width and component count all zero
    expect((await rejection(processImage(jpeg))).code).toBe('image_unreadable');

    const webp = Buffer.from(await photo(64, 48).webp().toBuffer());
    webp.fill(0xaa, 20, 40);
    expect((await rejection(processImage(webp))).code).toBe('image_unreadable');
  });
});
