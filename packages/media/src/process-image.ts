import sharp, { type Sharp, type SharpOptions } from 'sharp';
import { rgbaToThumbHash } from 'thumbhash';
import { assertNoTrailingData } from './assert-no-trailing-data.ts';
import { MediaError } from './media-error.ts';
import { sniffImageType, type SourceFormat } from './sniff-image-type.ts';

export interface ImageVariant {
  format: 'webp' | 'avif';
  width: number;
  height: number;
  bytes: Buffer;
  contentType: 'image/webp' | 'image/avif';
}

export interface ProcessedImage {
  /** Of the source, after EXIF orientation. */
  width: number;
  height: number;
  /** A ThumbHash, base64. */
  placeholder: string;
  /** WebP then AVIF, each by increasing width. */
  variants: ImageVariant[];
}

export const DEFAULT_MAX_PIXELS = 50_000_000;
const VARIANT_WIDTHS = [320, 640, 1280] as const;

/** WebP cannot encode an edge longer than this; a very tall panorama is scaled down to fit. */
const MAX_VARIANT_HEIGHT = 16_383;
const PLACEHOLDER_MAX_EDGE = 100;
const WEBP_OPTIONS = { quality: 80, effort: 4 } as const;
/** Effort 3 with 4:2:0 is ~4× faster than the default 4:4:4 effort 4, for files ~10 % larger (see README). */
const AVIF_OPTIONS = { quality: 50, effort: 3, chromaSubsampling: '4:2:0' } as const;

/** What sharp's decoder of each sniffed type calls itself. */
const SHARP_FORMAT: Record<SourceFormat, string> = { jpeg: 'jpeg', png: 'png', webp: 'webp', avif: 'heif' };

/**
 * How untrusted bytes are opened: refuse more pixels than allowed before decoding them, and fail on
 * decoder errors and truncation. Not 'warning': libpng and libjpeg warn about harmless things
 * (a known-incorrect sRGB profile, a few extraneous bytes) that many real phone and editor files have.
 */
export function sourceOptions(maxPixels: number): SharpOptions {
  return { limitInputPixels: maxPixels, failOn: 'error' };
}

/**
 * An uploaded photo to the variants the shop shows: checks the type by its bytes, refuses
 * polyglots and decompression bombs, orients it upright, drops all metadata, and encodes WebP and
 * AVIF at the variant widths (never upscaled) plus a ThumbHash placeholder. The source is decoded
 * once, already shrunk to the largest variant (JPEG shrink-on-load), and every output is made from
 * those pixels.
 */
export async function processImage(bytes: Buffer, options: { maxPixels?: number } = {}): Promise<ProcessedImage> {
  const maxPixels = options.maxPixels ?? DEFAULT_MAX_PIXELS;
  const format = sniffImageType(bytes);
  if (!format) throw new MediaError('unsupported_image_type', 'not a JPEG, PNG, WebP or AVIF image');
  assertNoTrailingData(bytes, format);

  // The header alone: cheap, and refuses a bomb before a single pixel is allocated.
  const metadata = await sharp(bytes, sourceOptions(maxPixels)).metadata().catch(rethrowAsMediaError);
  if (metadata.format !== SHARP_FORMAT[format]) {
    throw new MediaError('image_unreadable', `sniffed ${format} but the decoder sees ${metadata.format}`);
  }
  if (metadata.width * metadata.height > maxPixels) {
    throw new MediaError('image_too_many_pixels', `${metadata.width}×${metadata.height} is more than ${maxPixels} pixels`);
  }

  const { data, info } = await sharp(bytes, sourceOptions(maxPixels))
    .rotate() // EXIF orientation, before anything else
    .resize({ width: Math.max(...VARIANT_WIDTHS), height: MAX_VARIANT_HEIGHT, fit: 'inside', withoutEnlargement: true })
    .toColourspace('srgb') // through the embedded ICC profile, if any
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true })
    .catch(rethrowAsMediaError);
  const pixels = () => sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });

  const widths = variantWidths(info.width);
  const [placeholder, variants] = await Promise.all([
    thumbHashOf(pixels()),
    Promise.all([
      ...widths.map((width) => encode(pixels(), width, info.width, 'webp')),
      ...widths.map((width) => encode(pixels(), width, info.width, 'avif')),
    ]),
  ]);
  return { width: metadata.autoOrient.width, height: metadata.autoOrient.height, placeholder, variants };
}

/** One variant per distinct width, none wider than the source: 500 px gives 320 and 500. */
function variantWidths(sourceWidth: number): number[] {
  return [...VARIANT_WIDTHS.filter((width) => width < sourceWidth), Math.min(sourceWidth, Math.max(...VARIANT_WIDTHS))];
}

async function encode(image: Sharp, width: number, decodedWidth: number, format: 'webp' | 'avif'): Promise<ImageVariant> {
  if (width < decodedWidth) image.resize({ width });
  const encoded = format === 'webp' ? image.webp(WEBP_OPTIONS) : image.avif(AVIF_OPTIONS);
  const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
  return { format, width: info.width, height: info.height, bytes: data, contentType: format === 'webp' ? 'image/webp' : 'image/avif' };
}

async function thumbHashOf(image: Sharp): Promise<string> {
  const { data, info } = await image
    .resize({ width: PLACEHOLDER_MAX_EDGE, height: PLACEHOLDER_MAX_EDGE, fit: 'inside', withoutEnlargement: true })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return Buffer.from(rgbaToThumbHash(info.width, info.height, data)).toString('base64');
}

function rethrowAsMediaError(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  if (/pixel limit/i.test(message)) throw new MediaError('image_too_many_pixels', message, { cause: error });
  throw new MediaError('image_unreadable', message, { cause: error });
}
