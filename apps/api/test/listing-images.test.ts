import { listingImages } from '@bazaarche/db';
import { bombPng, containsAscii, MARKERS, phoneJpeg, photo, zipArchive } from '@bazaarche/media/test-fixtures';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createListing, createTestApp, registerAdmin, registerProducer, registerUser, type TestApp } from './support.ts';

type Session = Awaited<ReturnType<typeof registerProducer>>;

function multipart(file: Buffer, fields: Record<string, string> = {}, filename = 'photo.jpg') {
  const boundary = '----bazaarche-test-boundary';
  const parts = Object.entries(fields).map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  const body = Buffer.concat([
    Buffer.from(parts.join('')),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: image/jpeg\r\n\r\n`),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

describe(`listing photos on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  let t: TestApp;
  let seller: Session;
  let small: Buffer;
  beforeAll(async () => {
    t = await createTestApp();
    const admin = await registerAdmin(t);
    seller = await registerProducer(t, admin);
    small = await photo(400, 300).jpeg().toBuffer();
  });
  afterAll(() => t?.close());

  const upload = (listingId: string, file: Buffer, auth = seller.auth, fields: Record<string, string> = {}) => {
    const { body, contentType } = multipart(file, fields);
    return t.app.inject({ method: 'POST', url: `/v1/listings/${listingId}/images`, headers: { ...auth, 'content-type': contentType }, payload: body });
  };
  const fetchMedia = async (url: string) => {
    const response = await t.app.inject({ method: 'GET', url: new URL(url).pathname });
    return { response, bytes: response.rawPayload };
  };

  it('turns a phone photo with GPS into upright WebP and AVIF variants that carry no metadata', async () => {
    const original = await phoneJpeg();
    expect(containsAscii(original, MARKERS.gps)).toBe(true);
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const { id } = await createListing(t, seller);

    const response = await upload(id, original, seller.auth, { altFa: 'حوله آبی', altEn: 'Blue towel' });
    expect(response.statusCode).toBe(201);
    const image = response.json();
    expect(image).toMatchObject({ width: 1200, height: 1600, alt: { fa: 'حوله آبی', en: 'Blue towel' }, placeholder: expect.any(String) });
    expect(image.variants.map((v: { format: string; width: number }) => `${v.format}@${v.width}`).sort()).toEqual(
      ['avif@1200', 'avif@320', 'avif@640', 'webp@1200', 'webp@320', 'webp@640'].sort(),
    );

    for (const variant of image.variants) {
      const { response: file, bytes } = await fetchMedia(variant.url);
      expect(file.statusCode).toBe(200);
      expect(file.headers['content-type']).toBe(`image/${variant.format}`);
      expect(file.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const meta = await sharp(bytes).metadata();
      expect(meta.width).toBe(variant.width);
      expect(meta.height).toBeGreaterThan(meta.width!);
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(meta.iptc).toBeUndefined();
      expect(meta.orientation ?? 1).toBe(1);
      for (const marker of Object.values(MARKERS)) expect(containsAscii(bytes, marker), `${marker} in ${variant.url}`).toBe(false);
    }
    const listing = (await t.app.inject({ method: 'GET', url: `/v1/listings/${id}`, headers: seller.auth })).json();
    expect(listing.images.map((i: { id: string }) => i.id)).toEqual([image.id]);
  });

  it('refuses what is not a clean image with a clear 4xx and stores nothing', async () => {
    const { id } = await createListing(t, seller);
    const truncated = (await photo(800, 600).jpeg().toBuffer()).subarray(0, 3000);
    const cases: Array<[string, Buffer, number, string]> = [
      ['text', Buffer.from('just some text, not a photo'), 415, 'unsupported_image_type'],
      ['gif', await sharp({ create: { width: 10, height: 10, channels: 3, background: '#f00' } }).gif().toBuffer(), 415, 'unsupported_image_type'],
      ['truncated jpeg', truncated, 422, 'image_unreadable'],
      ['jpeg + zip polyglot', Buffer.concat([small, zipArchive()]), 422, 'image_has_trailing_data'],
      ['decompression bomb', bombPng(30_000, 30_000), 422, 'image_too_many_pixels'],
      ['16 MB file', Buffer.concat([small, Buffer.alloc(16 * 1024 * 1024)]), 413, 'payload_too_large'],
    ];
    for (const [name, file, status, code] of cases) {
      const response = await upload(id, file);
      expect(response.statusCode, name).toBe(status);
      expect(response.json().error.code, name).toBe(code);
    }
    const empty = await t.app.inject({ method: 'POST', url: `/v1/listings/${id}/images`, headers: { ...seller.auth, 'content-type': 'application/json' }, payload: {} });
    expect(empty.statusCode).toBe(415);
    // A multipart body the parser cannot read is the sender's mistake: 400, not a server error.
    const { body: whole, contentType } = multipart(small);
    const broken: Array<[string, Buffer, string]> = [
      ['no boundary', whole, 'multipart/form-data'],
      ['another boundary', whole, 'multipart/form-data; boundary=other'],
      ['cut off', whole.subarray(0, 80), contentType],
    ];
    for (const [name, payload, type] of broken) {
      const response = await t.app.inject({ method: 'POST', url: `/v1/listings/${id}/images`, headers: { ...seller.auth, 'content-type': type }, payload });
      expect([response.statusCode, response.json().error.code], name).toEqual([400, 'malformed_request']);
    }
    expect(await t.database.db.$count(listingImages)).toBe(1);
  });

  it('keeps at most ten photos, in the order the seller sets, and deleting one removes it and its files', async () => {
    const { id } = await createListing(t, seller);
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) {
      const file = await photo(400 + i, 300).jpeg().toBuffer();
      const response = await upload(id, file);
      expect(response.statusCode).toBe(201);
      ids.push(response.json().id);
    }
    const eleventh = await upload(id, small);
    expect(eleventh.statusCode).toBe(409);
    expect(eleventh.json().error.code).toBe('too_many_images');

    const reversed = [...ids].reverse();
    const reordered = await t.app.inject({ method: 'PUT', url: `/v1/listings/${id}/images/order`, headers: seller.auth, payload: { imageIds: reversed } });
    expect(reordered.json().items.map((i: { id: string }) => i.id)).toEqual(reversed);
    const partial = await t.app.inject({ method: 'PUT', url: `/v1/listings/${id}/images/order`, headers: seller.auth, payload: { imageIds: reversed.slice(1) } });
    expect(partial.statusCode).toBe(422);

    const victim = (await t.app.inject({ method: 'GET', url: `/v1/listings/${id}`, headers: seller.auth })).json().images[0];
    const removed = await t.app.inject({ method: 'DELETE', url: `/v1/listings/${id}/images/${victim.id}`, headers: seller.auth });
    expect(removed.statusCode).toBe(204);
    const after = (await t.app.inject({ method: 'GET', url: `/v1/listings/${id}`, headers: seller.auth })).json();
    expect(after.images.map((i: { id: string }) => i.id)).toEqual(reversed.slice(1));
    expect((await fetchMedia(victim.variants[0].url)).response.statusCode).toBe(404);
    expect((await upload(id, small)).statusCode).toBe(201);
  });

  it('lets no one else add, change or remove photos', async () => {
    const { id } = await createListing(t, seller);
    const added = (await upload(id, small)).json();
    const stranger = await registerUser(t.app);
    expect((await upload(id, small, stranger.auth)).statusCode).toBe(404);
    const del = await t.app.inject({ method: 'DELETE', url: `/v1/listings/${id}/images/${added.id}`, headers: stranger.auth });
    expect(del.statusCode).toBe(404);
    const alt = await t.app.inject({ method: 'PATCH', url: `/v1/listings/${id}/images/${added.id}`, headers: stranger.auth, payload: { alt: { fa: 'x' } } });
    expect(alt.statusCode).toBe(404);
    const own = await t.app.inject({ method: 'PATCH', url: `/v1/listings/${id}/images/${added.id}`, headers: seller.auth, payload: { alt: { fa: 'حوله' } } });
    expect(own.json().alt).toEqual({ fa: 'حوله', en: null });
    expect((await t.app.inject({ method: 'GET', url: '/media/../../etc/passwd' })).statusCode).toBe(404);
  });
});
