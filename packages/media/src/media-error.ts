export type MediaErrorCode =
  | 'unsupported_image_type'
  | 'image_unreadable'
  | 'image_too_many_pixels'
  | 'image_has_trailing_data';

/** The one error type of this package: a closed set of codes that the API maps to HTTP (415 / 422). */
export class MediaError extends Error {
  override readonly name = 'MediaError';
  readonly code: MediaErrorCode;

  constructor(code: MediaErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
