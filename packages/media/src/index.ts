export { MediaError, type MediaErrorCode } from './media-error.ts';
export type { SourceFormat } from './sniff-image-type.ts';
export { processImage, type ImageVariant, type ProcessedImage } from './process-image.ts';
export type { Storage, StoredObject } from './storage.ts';
export { createLocalDiskStorage } from './local-disk-storage.ts';
export { contentKey, isValidKey } from './content-key.ts';
