import { isCalendarDate, LIMITS } from '@bazaarche/domain';
import { z } from 'zod';

/**
 * Text a database can store: no NUL (PostgreSQL refuses it in text) and no unpaired surrogate (not
 * valid UTF-8). Written so that it reads the same with or without the `u` flag: a surrogate is allowed
 * only as the high half followed by the low half. As a pattern it also reaches OpenAPI.
 */
const WELL_FORMED_TEXT = /^(?:[^\u0000\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/;

/** The one string type of every request schema: bounded, well formed, trimmed; empty only when `min` is 0. */
export function text(max: number, { min = 1 }: { min?: number } = {}) {
  return z.string().max(max).regex(WELL_FORMED_TEXT, { error: 'invalid_characters' }).trim().min(min);
}

/**
 * A secret (a password) taken exactly as typed: never trimmed, but well formed, since two texts
 * that differ only in an unpaired surrogate would hash the same.
 */
export function secretText(max: number, { min = 1 }: { min?: number } = {}) {
  return z.string().min(min).max(max).regex(WELL_FORMED_TEXT, { error: 'invalid_characters' });
}

/** A category's (trade's) slug as the taxonomy spells them. */
export const categorySlug = z.string().max(80).regex(/^[a-z0-9-]{1,80}$/);

/** A province by its ISO 3166-2 code. */
export const provinceCode = z.string().max(5).regex(/^IR-\d{2}$/);

/** An ISO 4217 currency code; services refuse one that is not the marketplace's. */
export const currencyCode = z.string().max(3).regex(/^[A-Z]{3}$/);

/**
 * A calendar date, `YYYY-MM-DD` (a due date, a deadline, a statistics range's end): a day that exists,
 * not a moment, so no time zone can move it. Whether a day is too early or too late is the service's call.
 */
export const calendarDate = z
  .string()
  // The pattern before the length, so that a moment sent instead is told the format, not the length.
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'invalid_date' })
  .max(10)
  .refine(isCalendarDate, { error: 'invalid_date' })
  .meta({ description: 'A calendar date, YYYY-MM-DD (a day that exists, such as 2026-03-21).' });

/** An object's id as the API gives it out. */
export const uuid = z.string().uuid().max(36);

/** A count of units: a whole number from `min` to `max`. */
export function quantity(max: number, { min = 1 }: { min?: number } = {}) {
  return z.number().int().min(min).max(max);
}

/** An amount of money in minor units, from `min` to `max` (a unit price by default). */
export function minorAmount({ min = 0, max = LIMITS.unitPriceMinor }: { min?: number; max?: number } = {}) {
  return z.number().int().min(min).max(max);
}
