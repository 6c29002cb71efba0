import { z } from 'zod';
import { connectorsConfig, connectorsEnvSchema, ConnectorsConfig } from '../config';

/** The variables a connector process of its own reads besides the connectors' own (config.ts). */
export const connectorProcessEnvSchema = {
  ZEEBE_ADDRESS: z.string().regex(/^[\w.-]+:\d+$/, 'must be host:port').describe('Zeebe gateway the connectors take jobs from (required)'),
  CONNECTORS_ENGINE_URL: z.url().default('http://127.0.0.1:3000').describe('The engine API the connectors call'),
  CONNECTORS_ENGINE_USERNAME: z.string().min(1).default('connectors').describe('The engine user connectors act as (role connector)'),
  CONNECTORS_ENGINE_PASSWORD: z.string().min(1).describe('Its password, set by an admin (required)'),
  CONNECTORS_INCIDENT_HOLD_MS: z.coerce.number().int().min(60_000).default(3_600_000).describe('How long a job that ran out of retries is held as a case incident'),
};

export interface ConnectorProcessConfig extends ConnectorsConfig {
  zeebeAddress: string;
  engineUrl: string;
  username: string;
  password: string;
  incidentHoldMs: number;
}

/** Reads and checks every variable at once; the error lists all problems, never a secret's value. */
export function connectorProcessConfig(env: NodeJS.ProcessEnv): ConnectorProcessConfig {
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = z.object({ ...connectorsEnvSchema, ...connectorProcessEnvSchema }).safeParse(given);
  if (!parsed.success) {
    throw new Error(`Invalid configuration:\n${parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  const e = parsed.data;
  return {
    ...connectorsConfig(e),
    zeebeAddress: e.ZEEBE_ADDRESS,
    engineUrl: e.CONNECTORS_ENGINE_URL,
    username: e.CONNECTORS_ENGINE_USERNAME,
    password: e.CONNECTORS_ENGINE_PASSWORD,
    incidentHoldMs: e.CONNECTORS_INCIDENT_HOLD_MS,
  };
}
