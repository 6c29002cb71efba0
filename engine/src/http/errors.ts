import type { ErrorCode, FieldProblem } from '@careflow/contracts';
import type { z } from 'zod';

export type { FieldProblem } from '@careflow/contracts';

/**
 * The one error taxonomy. User errors carry an HTTP status and are never retried; operational
 * errors (a dependency is down) are 503 and worth retrying; anything else is a bug (500).
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export class OperationalError extends Error {
  constructor(
    message: string,
    readonly dependency: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'OperationalError';
  }
}

/** A zod failure as the fields it names. */
export function zodProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({ path: issue.path.join('.') || '(body)', message: issue.message }));
}

/**
 * Where a value the engine sends (an answer, a live event) breaks its contract, as the client reads
 * it: after JSON, so Dates are strings then. Empty when it keeps to it. Used only with the check on.
 */
export function contractProblems(schema: z.ZodType, value: unknown): string[] {
  const parsed = schema.safeParse(JSON.parse(JSON.stringify(value)));
  return parsed.success ? [] : zodProblems(parsed.error).map((p) => `${p.path}: ${p.message}`);
}

export const errors = {
  invalidInput: (details: FieldProblem[], message = 'The request is invalid') => new AppError(400, 'invalid_input', message, details),
  unauthenticated: (message = 'Log in first') => new AppError(401, 'unauthenticated', message),
  invalidCredentials: () => new AppError(401, 'invalid_credentials', 'Wrong username or password, or the account is locked for a while after repeated failures'),
  passwordChangeRequired: () => new AppError(403, 'password_change_required', 'Choose your own password first (POST /api/auth/password)'),
  forbidden: (message = 'Your role does not allow this') => new AppError(403, 'forbidden', message),
  notFound: (what: string) => new AppError(404, 'not_found', `${what} was not found`),
  conflict: (message: string, details?: unknown) => new AppError(409, 'conflict', message, details),
  payloadTooLarge: (limit: string) => new AppError(413, 'payload_too_large', `The request body is larger than ${limit}`),
  unsupportedMediaType: (expected = 'JSON (Content-Type: application/json)') => new AppError(415, 'unsupported_media_type', `Send ${expected}`),
  rejectedModel: (message: string, problems: { elementId?: string; message: string }[]) =>
    new AppError(422, 'rejected_model', message, { problems }),
  unavailable: (dependency: string, cause?: unknown) =>
    new OperationalError(`${dependency} is unavailable, try again shortly`, dependency, cause),
};
