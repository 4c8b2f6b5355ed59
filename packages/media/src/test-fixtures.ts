// Images for the tests, made with sharp itself (and by hand where sharp refuses to make something broken).
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';

/** Smooth colour fields, like an out-of-focus photo: quick to make and to encode. */
export function photo(width: number, height: number) {
  return sharp({ create: { width: 8, height: 6, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 128, sigma: 70 } } }).resize(width, height, {
    fit: 'fill',
    kernel: 'cubic',
  });
}

/**
 * A camera-like JPEG: broad colour fields, finer detail and sensor-like grain, at quality 90, so it
 * does not compress to nothing (4000×3000 comes to ~2.7 MB, like a 12-megapixel phone photo).
 */
export async function cameraJpeg(width: number, height: number): Promise<Buffer> {
  const layer = async (w: number, h: number, sigma: number) => {
    const small = await sharp({ create: { width: w, height: h, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 128, sigma } } })
      .raw()
      .toBuffer();
    return sharp(small, { raw: { width: w, height: h, channels: 3 } }).resize(width, height, { fit: 'fill', kernel: 'cubic' }).raw().toBuffer();
  };
  const [broad, detail, grain] = await Promise.all([
    layer(8, 6, 70),
    layer(Math.ceil(width / 25), Math.ceil(height / 25), 25),
    sharp({ create: { width, height, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 128, sigma: 6 } } }).raw().toBuffer(),
  ]);
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = Math.min(255, Math.max(0, broad[i]! + detail[i]! + grain[i]! - 256));
  return sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 90 }).toBuffer();
}

/** Unique strings planted in each kind of metadata, to look for in the outputs' raw bytes. */
export const MARKERS = {
  camera: 'BZ-CAMERA-MARKER',
  gps: 'BZ-GPS-MARKER',
  xmp: 'BZ-XMP-MARKER',
  iptc: 'BZ-IPTC-MARKER',
} as const;

/**
 * A 1600×1200 JPEG as a phone writes it: stored sideways with EXIF Orientation 6 (so it shows as
 * 1200×1600), EXIF with a GPS position, XMP, IPTC and a Display P3 ICC profile. The stored image's
 * top rows are red: upright, red is on the right.
 */
export async function phoneJpeg(): Promise<Buffer> {
  const redBand = await sharp({ create: { width: 1600, height: 150, channels: 3, background: { r: 255, g: 0, b: 0 } } }).png().toBuffer();
  const base = await photo(1600, 1200).composite([{ input: redBand, top: 0, left: 0 }]).png().toBuffer();
  const jpeg = await sharp(base)
    .withExif({
      IFD0: { Make: MARKERS.camera, Model: 'Pixel' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '35/1 41/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '51/1 25/1 0/1',
        GPSMapDatum: MARKERS.gps,
      },
    })
    .withMetadata({ orientation: 6 })
    .withXmp(
      `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${MARKERS.xmp}</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>`,
    )
    .withIccProfile('p3')
    .jpeg({ quality: 90 })
    .toBuffer();
  return insertJpegSegment(jpeg, 0xed, iptcPayload(MARKERS.iptc));
}

/** APP13 "Photoshop 3.0" with one 8BIM IPTC-NAA resource holding a caption (2:120). sharp cannot write IPTC. */
function iptcPayload(caption: string): Buffer {
  const text = Buffer.from(caption, 'latin1');
  const record = Buffer.concat([Buffer.from([0x1c, 0x02, 0x78, text.length >> 8, text.length & 0xff]), text]);
  const padded = record.length % 2 ? Buffer.concat([record, Buffer.alloc(1)]) : record;
  const size = Buffer.alloc(4);
  size.writeUInt32BE(record.length);
  return Buffer.concat([Buffer.from('Photoshop 3.0\0', 'latin1'), Buffer.from('8BIM', 'latin1'), Buffer.from([0x04, 0x04, 0, 0]), size, padded]);
}

/** A marker segment inserted right after SOI. */
export function insertJpegSegment(jpeg: Buffer, marker: number, payload: Buffer): Buffer {
  const header = Buffer.from([0xff, marker, 0, 0]);
  header.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), header, payload, jpeg.subarray(2)]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])));
  return Buffer.concat([head, data, crc]);
}

/**
 * A decompression bomb: a complete, valid PNG of width×height 1-bit grey pixels, all black. Its
 * rows are all zeros, so it deflates ~1000:1 (30000×30000 is ~110 KB that decodes to 2.7 GB as RGB).
 */
export function bombPng(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 1; // bit depth
  ihdr[9] = 0; // greyscale
  const rowBytes = 1 + Math.ceil(width / 8); // filter byte + packed pixels
  const idat = deflateSync(Buffer.alloc(rowBytes * height), { level: 9 });
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', idat),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A minimal local-file-header-and-end-of-directory zip, as appended to make a polyglot. */
export function zipArchive(): Buffer {
  const name = Buffer.from('payload.html');
  const content = Buffer.from('<script>alert(1)</script>');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt32LE(crc32(content), 14);
  local.writeUInt32LE(content.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(name.length, 26);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(2, 20);
  // The archive's comment is FF D9, so the file still "ends with EOI": only a real walk of the JPEG sees the zip.
  return Buffer.concat([local, name, content, end, Buffer.from([0xff, 0xd9])]);
}

export function containsAscii(bytes: Buffer, text: string): boolean {
  return bytes.includes(Buffer.from(text, 'latin1'));
}
