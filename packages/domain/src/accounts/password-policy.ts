export const PASSWORD_MIN_LENGTH = 10;
/** Argon2 hashes whatever it is given: a bound keeps one request from costing seconds of CPU. */
export const PASSWORD_MAX_LENGTH = 256;
