export interface StoredObject {
  bytes: Buffer;
  contentType: string;
}

/** Where variants live: the local disk by default; an object store would be a sibling adapter. */
export interface Storage {
  readonly kind: string;
  /** Idempotent: keys are content hashes, so the same key always carries the same bytes. */
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  get(key: string): Promise<StoredObject | undefined>;
  /** Deleting a missing key is not an error. */
  delete(key: string): Promise<void>;
  /** The public URL of the object. */
  url(key: string): string;
  /** Whether the storage can be written to right now (for /health). */
  probe(): Promise<boolean>;
}
