import { MediaError } from './media-error.ts';
import { ascii, type SourceFormat } from './sniff-image-type.ts';

/** Some encoders pad the end of a file with a few zero bytes; that much is not a hidden payload. */
const TOLERATED_ZERO_PADDING = 16;

/**
 * Walks the container of an image to where the image really ends, and refuses any data after it:
 * a JPEG with a zip after its EOI is both a photo and an archive (a polyglot). Structure that is cut
 * short or inconsistent is `image_unreadable`.
 */
export function assertNoTrailingData(bytes: Uint8Array, format: SourceFormat): void {
  const end = findImageEnd(bytes, format);
  const trailing = bytes.subarray(end);
  if (trailing.length > TOLERATED_ZERO_PADDING || trailing.some((byte) => byte !== 0)) {
    throw new MediaError('image_has_trailing_data', `${trailing.length} bytes follow the end of the ${format} image`);
  }
}

function findImageEnd(bytes: Uint8Array, format: SourceFormat): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  switch (format) {
    case 'jpeg':
      return jpegEnd(bytes, view);
    case 'png':
      return pngEnd(bytes, view);
    case 'webp':
      return webpEnd(bytes, view);
    case 'avif':
      return isoBmffEnd(bytes, view);
  }
}

function unreadable(message: string): MediaError {
  return new MediaError('image_unreadable', message);
}

/**
 * JPEG: marker segments with lengths (so an EXIF thumbnail's own FFD9 inside APP1 is skipped), then
 * entropy-coded data after each SOS up to the next real marker, until EOI. Phones write a second
 * JPEG after the first (MPF: depth maps, Ultra HDR gain maps); it is allowed only when the first
 * declares MPF, and only as complete JPEG streams.
 */
function jpegEnd(bytes: Uint8Array, view: DataView): number {
  const first = jpegStreamEnd(bytes, view, 0);
  let end = first.end;
  if (first.hasMpf) {
    while (end + 3 <= bytes.length && bytes[end] === 0xff && bytes[end + 1] === 0xd8 && bytes[end + 2] === 0xff) {
      end = jpegStreamEnd(bytes, view, end).end;
    }
  }
  return end;
}

function jpegStreamEnd(bytes: Uint8Array, view: DataView, start: number): { end: number; hasMpf: boolean } {
  let offset = start + 2; // SOI
  let hasMpf = false;
  for (;;) {
    // Between segments: stray bytes (libjpeg skips them with a warning), fill bytes (0xFF), then the marker.
    offset = bytes.indexOf(0xff, offset);
    if (offset < 0) throw unreadable('JPEG: cut short before EOI');
    while (bytes[offset] === 0xff) offset++;
    if (offset >= bytes.length) throw unreadable('JPEG: cut short before EOI');
    const marker = bytes[offset++]!;
    if (marker === 0xd9) return { end: offset, hasMpf };
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) continue; // stand-alone markers
    if (marker === 0xd8 || marker === 0x00) throw unreadable(`JPEG: unexpected marker 0x${marker.toString(16)}`);
    if (offset + 2 > bytes.length) throw unreadable('JPEG: cut short in a segment header');
    const length = view.getUint16(offset);
    if (length < 2) throw unreadable('JPEG: segment length below 2');
    if (offset + length > bytes.length) throw unreadable('JPEG: cut short inside a segment');
    if (marker === 0xe2 && ascii(bytes, offset + 2, offset + 6) === 'MPF\0') hasMpf = true;
    offset += length;
    if (marker === 0xda) offset = entropyCodedDataEnd(bytes, offset);
  }
}

/** Inside scan data, 0xFF is followed by 0x00 (a stuffed byte) or a restart marker; anything else ends the scan. */
function entropyCodedDataEnd(bytes: Uint8Array, start: number): number {
  let offset = start;
  for (;;) {
    offset = bytes.indexOf(0xff, offset);
    if (offset < 0 || offset + 1 >= bytes.length) throw unreadable('JPEG: cut short in scan data (no EOI)');
    const next = bytes[offset + 1]!;
    if (next === 0x00 || (next >= 0xd0 && next <= 0xd7)) offset += 2;
    else if (next === 0xff) offset += 1;
    else return offset;
  }
}

/** PNG: the signature, then length-type-data-CRC chunks up to and including IEND. */
function pngEnd(bytes: Uint8Array, view: DataView): number {
  let offset = 8;
  for (;;) {
    if (offset + 12 > bytes.length) throw unreadable('PNG: cut short before IEND');
    const length = view.getUint32(offset);
    if (length > 0x7fffffff) throw unreadable('PNG: chunk length out of range');
    const type = ascii(bytes, offset + 4, offset + 8);
    const end = offset + 12 + length;
    if (end > bytes.length) throw unreadable(`PNG: cut short inside ${type}`);
    offset = end;
    if (type === 'IEND') return offset;
  }
}

/** WebP: RIFF's size field covers the whole file; the chunks inside must fill it exactly. */
function webpEnd(bytes: Uint8Array, view: DataView): number {
  const riffSize = view.getUint32(4, true);
  const end = 8 + riffSize + (riffSize % 2);
  if (end > bytes.length) throw unreadable('WebP: cut short (RIFF size exceeds the file)');
  let offset = 12;
  while (offset < end) {
    if (offset + 8 > end) throw unreadable('WebP: chunk header overruns the RIFF');
    const size = view.getUint32(offset + 4, true);
    offset += 8 + size + (size % 2);
    if (offset > end) throw unreadable('WebP: chunk overruns the RIFF');
  }
  return end;
}

/** Top-level ISO-BMFF boxes (ISO/IEC 14496-12, HEIF); anything else at the top level is not part of the image. */
const TOP_LEVEL_BOXES = new Set([
  'ftyp', 'meta', 'mdat', 'moov', 'moof', 'mfra', 'free', 'skip', 'wide', 'uuid', 'pdin', 'styp', 'sidx', 'ssix', 'prft', 'emsg', 'meco', 'etyp', 'otyp',
]);

/** AVIF (ISO-BMFF): top-level boxes must add up to the file; size 1 is a 64-bit size, size 0 runs to the end. */
function isoBmffEnd(bytes: Uint8Array, view: DataView): number {
  let offset = 0;
  while (offset + 8 <= bytes.length) {
    const type = ascii(bytes, offset + 4, offset + 8);
    if (!TOP_LEVEL_BOXES.has(type)) break;
    let size = view.getUint32(offset);
    let headerSize = 8;
    if (size === 1) {
      if (offset + 16 > bytes.length) throw unreadable('AVIF: cut short in a box header');
      const large = view.getBigUint64(offset + 8);
      if (large > BigInt(Number.MAX_SAFE_INTEGER)) throw unreadable('AVIF: box size out of range');
      size = Number(large);
      headerSize = 16;
    } else if (size === 0) {
      size = bytes.length - offset;
    }
    if (size < headerSize) throw unreadable(`AVIF: box ${type} is smaller than its header`);
    if (offset + size > bytes.length) throw unreadable(`AVIF: cut short inside ${type}`);
    offset += size;
  }
  return offset;
}
