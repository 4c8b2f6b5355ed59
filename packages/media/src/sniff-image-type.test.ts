import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { sniffImageType } from './sniff-image-type.ts';

const tiny = () => sharp({ create: { width: 16, height: 16, channels: 3, background: { r: 10, g: 120, b: 200 } } });

function ftyp(major: string, compatible: string[]): Buffer {
  const box = Buffer.alloc(16 + 4 * compatible.length);
  box.writeUInt32BE(box.length, 0);
  box.write('ftyp', 4, 'latin1');
  box.write(major, 8, 'latin1');
  compatible.forEach((brand, i) => box.write(brand, 16 + 4 * i, 'latin1'));
  return Buffer.concat([box, Buffer.alloc(64)]);
}

describe('sniffImageType', () => {
  it('knows the four accepted formats by their bytes', async () => {
    expect(sniffImageType(await tiny().jpeg().toBuffer())).toBe('jpeg');
    expect(sniffImageType(await tiny().png().toBuffer())).toBe('png');
    expect(sniffImageType(await tiny().webp().toBuffer())).toBe('webp');
    expect(sniffImageType(await tiny().avif({ effort: 0 }).toBuffer())).toBe('avif');
  });

  it('finds AVIF by its major brand or among the compatible brands', () => {
    expect(sniffImageType(ftyp('avif', ['mif1', 'miaf']))).toBe('avif');
    expect(sniffImageType(ftyp('avis', ['msf1']))).toBe('avif');
    expect(sniffImageType(ftyp('mif1', ['miaf', 'avif']))).toBe('avif');
  });

  it('refuses other ISO-BMFF files: HEIC, MP4', () => {
    expect(sniffImageType(ftyp('heic', ['mif1', 'heic']))).toBeUndefined();
    expect(sniffImageType(ftyp('isom', ['iso2', 'mp41']))).toBeUndefined();
  });

  it('refuses GIF, PDF, HTML, zip, SVG, text and too-short input', async () => {
    expect(sniffImageType(await tiny().gif().toBuffer())).toBeUndefined();
    for (const text of ['%PDF-1.7\n%âãÏÓ\n', '<!doctype html><html><body>hi</body></html>', 'PK\x03\x04\x14\x00', '<svg xmlns="http://www.w3.org/2000/svg"/>', 'just some text']) {
      expect(sniffImageType(Buffer.from(text, 'latin1'))).toBeUndefined();
    }
    expect(sniffImageType(Buffer.alloc(0))).toBeUndefined();
    expect(sniffImageType(Buffer.from([0xff, 0xd8]))).toBeUndefined();
    expect(sniffImageType(Buffer.from('RIFF\x10\x00\x00\x00WAVE', 'latin1'))).toBeUndefined();
  });

  it('ignores what the file claims to be: only the first bytes count', async () => {
    const html = Buffer.concat([Buffer.from('<html>'), await tiny().jpeg().toBuffer()]);
    expect(sniffImageType(html)).toBeUndefined();
  });
});
