import type { listingFormMessages } from '../i18n/messages/listing-form.ts';
import type { KeyOf } from '../i18n/translator.ts';

/** The API's limits for a listing's photos, checked in the browser too so nobody waits for a refusal. */
export const maxPhotos = 10;
export const maxPhotoBytes = 15 * 1024 * 1024;
/** A multipart body carries the photo plus boundaries and the alt texts. */
export const maxUploadBodyBytes = maxPhotoBytes + 64 * 1024;

/** What the upload route answers a script with. */
export type PhotoUploadAnswer = { ok: true } | { ok: false; status: number; message: string };

/** Our own words for a refused upload, for when the API gave none (or never saw the request). */
export function photoProblemKey(status: number): KeyOf<typeof listingFormMessages> {
  switch (status) {
    case 413:
      return 'photos.tooLarge';
    case 415:
      return 'photos.unsupported';
    case 422:
      return 'photos.unreadable';
    case 409:
      return 'photos.tooMany';
    case 503:
      return 'error.unavailable';
    default:
      return 'photos.failed';
  }
}
