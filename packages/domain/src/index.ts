export { decideRefresh, type RefreshDecision, type RefreshFamilyState, type RefreshTokenState } from './accounts/decide-refresh.ts';
export { normalizeEmail } from './accounts/normalize-email.ts';
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './accounts/password-policy.ts';
