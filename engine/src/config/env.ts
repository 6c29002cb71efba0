import { z } from 'zod';

/** Blank environment variables count as unset, so `FOO= npm start` means "use the default". */
export function definedEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && value.trim() !== '') out[key] = value.trim();
  }
  return out;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses env against a schema of env-var names and reports every problem at once. */
export function parseEnv<S extends z.ZodRawShape>(shape: S, env: NodeJS.ProcessEnv): z.infer<z.ZodObject<S>> {
  const result = z.object(shape).safeParse(definedEnv(env));
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join('.');
    const given = definedEnv(env)[name];
    // Secrets and URLs that may carry credentials are never echoed into logs.
    const shown = given === undefined || /PASSWORD|SECRET|TOKEN|_URL$/.test(name) ? '' : ` (got "${given}")`;
    return `${name}: ${issue.message}${shown}`;
  });
  throw new ConfigError(problems);
}

/** The documentation of each variable: its description and default, read from the schema. */
export function describeEnv(shape: z.ZodRawShape): { name: string; description: string; default?: string }[] {
  return Object.entries(shape).map(([name, schema]) => {
    const parsed = (schema as z.ZodType).safeParse(undefined);
    const fallback = parsed.success && parsed.data !== undefined ? String(parsed.data) : undefined;
    return { name, description: (schema as z.ZodType).description ?? '', default: fallback };
  });
}

export const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);
