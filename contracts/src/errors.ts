import { z } from 'zod';

/** Every `error.code` the API answers with; the status says its class (4xx user, 503 operational, 500 bug). */
export const ERROR_CODES = [
  'invalid_input',
  'invalid_json',
  'unauthenticated',
  'invalid_credentials',
  'bad_signature',
  'forbidden',
  'password_change_required',
  'not_found',
  'method_not_allowed',
  'conflict',
  'provider_unavailable',
  'sms_rate_limited',
  'payload_too_large',
  'unsupported_media_type',
  'rejected_model',
  'no_provider',
  'unavailable',
  'internal',
] as const;
export const errorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof errorCode>;

/**
 * One field a request got wrong: its dotted path, what is wrong (English, for logs and API users), and,
 * where known, a machine code with the values its message names, which the web app says in zh-CN.
 */
export const fieldProblem = z.object({ path: z.string(), message: z.string(), code: z.string().optional(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() });
export type FieldProblem = z.infer<typeof fieldProblem>;

/** The body of every error answer: `{ error: { code, message, details? } }`. */
export const errorBody = z.object({ error: z.object({ code: errorCode, message: z.string(), details: z.unknown().optional() }) });
export type ErrorBody = z.infer<typeof errorBody>;
