import { z } from 'zod';

/** Every variable the connectors read, with its default. */
export const connectorsEnvSchema = {
  CONNECTORS_ENABLED: z
    .string()
    .regex(/^(all|none|[\w-]+(,[\w-]+)*)$/, 'must be all, none or a comma list of connector ids')
    .default('all')
    .describe('Which connectors run in this process: all, none, or ids like echo,sms'),
  CONNECTOR_MAX_JOBS_ACTIVE: z.coerce.number().int().min(1).max(256).default(16).describe('Jobs one connector works on at once'),
};

export interface ConnectorsConfig {
  enabled: 'all' | string[];
  maxJobsActive: number;
}

export function connectorsConfig(env: z.infer<z.ZodObject<typeof connectorsEnvSchema>>): ConnectorsConfig {
  const enabled = env.CONNECTORS_ENABLED === 'all' ? 'all' : env.CONNECTORS_ENABLED === 'none' ? [] : env.CONNECTORS_ENABLED.split(',');
  return { enabled, maxJobsActive: env.CONNECTOR_MAX_JOBS_ACTIVE };
}
