import { z } from 'zod';
import { isCalendarDate } from './domain/calendar-date';

/**
 * A point in time: an ISO 8601 string on the wire, a Date in the engine. JSON.stringify writes a
 * Date as the same string the codec encodes, so the engine serves its rows as they are.
 */
export const timestamp = z.codec(z.iso.datetime({ offset: true }), z.date(), {
  decode: (text) => new Date(text),
  encode: (date) => date.toISOString(),
});

/** A real calendar date, YYYY-MM-DD (the pattern is for the API's schema; 2026-02-30 is refused too). */
export const calendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD').refine(isCalendarDate, 'a date as YYYY-MM-DD');

/** Process variables, form values and other free JSON objects. */
export const jsonObject = z.record(z.string(), z.unknown());

/** A schema's shape as JSON, as the browser reads it (timestamps are strings). */
export type Wire<S extends z.ZodType> = z.input<S>;

/** What the engine hands to JSON.stringify for a schema (timestamps are Dates). */
export type Served<S extends z.ZodType> = z.output<S>;

/**
 * A URL that is stored and later shown as a link or called: http(s) only, so a `javascript:` or
 * `data:` URL never reaches a browser as a link.
 */
export const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(500);

/** A number we can dial: digits, an optional leading + and hyphens (0531-88888888); sent without hyphens. */
export const dialNumber = z
  .string()
  .trim()
  .regex(/^\+?\d[\d-]{2,30}\d$/, 'a phone number: digits, an optional leading + and hyphens')
  .transform((s) => s.replace(/-/g, ''))
  .refine((s) => s.length <= 20, 'at most 20 digits');

/** Telephone keys pressed: 0-9, * and #. */
export const dialKeys = z.string().regex(/^[0-9*#]{1,32}$/, 'keys 0-9, * and #');
