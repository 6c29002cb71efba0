import { z } from 'zod';
import { errors, zodProblems } from './errors';

/** Validates a query string like a body: 400 with the fields named. */
export function parseQuery<S extends z.ZodType>(schema: S, query: unknown): z.infer<S> {
  const parsed = schema.safeParse(query);
  if (!parsed.success) throw errors.invalidInput(zodProblems(parsed.error), 'The query is invalid');
  return parsed.data;
}
