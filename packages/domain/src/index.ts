export { decideRefresh, type RefreshDecision, type RefreshFamilyState, type RefreshTokenState } from './accounts/decide-refresh.ts';
export { normalizeEmail } from './accounts/normalize-email.ts';
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './accounts/password-policy.ts';
export { availabilityProblem, isAvailable, type AvailabilityProblem } from './catalogue/listing-availability.ts';
export { listingStatuses, nextListingStatus, statusAfterEdit, type ListingAction, type ListingStatus } from './catalogue/listing-status.ts';
export { slugify, uniqueSlug } from './catalogue/slugify.ts';
export { normalizePersian } from './text/normalize-persian.ts';
export { normalizeForSearch } from './text/normalize-for-search.ts';
