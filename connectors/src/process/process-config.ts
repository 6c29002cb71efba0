import { z } from 'zod';
import { connectorsConfig, connectorsEnvSchema, ConnectorsConfig } from '../config';

/** The variables a connector process of its own reads besides the connectors' own (config.ts). */
export const connectorProcessEnvSchema = {
  PROCESS_ENGINE_URL: z
    .string()
    .regex(/^https?:\/\/[\w.-]+(:\d+)?(\/[\w.~%/-]*)?$/, 'must be the REST API of an Operaton, like http://operaton.internal:8080/engine-rest')
    .optional()
    .describe('REST API of the process engine (Operaton) the connectors take external tasks from (required unless ZEEBE_ADDRESS)'),
  PROCESS_ENGINE_USER: z
    .string()
    .regex(/^[\w.-]{1,64}$/, 'must be 1–64 letters, digits, _ . -')
    .default('careflow')
    .describe('User of the HTTP basic credentials sent to the process engine (with PROCESS_ENGINE_PASSWORD)'),
  PROCESS_ENGINE_PASSWORD: z.string().min(16, 'must be at least 16 characters').optional().describe('Set → the connectors send these credentials to the process engine, as the engine does'),
  ZEEBE_ADDRESS: z
    .string()
    .regex(/^[\w.-]+:\d+$/, 'must be host:port')
    .optional()
    .describe('Zeebe gateway to take jobs from instead, while cases still run on Zeebe (transitional; not with PROCESS_ENGINE_URL)'),
  CONNECTORS_ENGINE_URL: z.url().default('http://127.0.0.1:3000').describe('The engine API the connectors call'),
  CONNECTORS_ENGINE_USERNAME: z.string().min(1).default('connectors').describe('The engine user connectors act as (role connector)'),
  CONNECTORS_ENGINE_PASSWORD: z.string().min(1).describe('Its password, set by an admin (required)'),
  CONNECTORS_INCIDENT_HOLD_MS: z.coerce.number().int().min(60_000).default(3_600_000).describe('On Zeebe: how long a job that ran out of retries is held as a case incident'),
};

/** Where the connectors take their work from: Operaton's external tasks, or (transitional) Zeebe's jobs. */
export type ConnectorProcessEngine = { kind: 'operaton'; restUrl: string; headers: Record<string, string> } | { kind: 'zeebe'; address: string };

export interface ConnectorProcessConfig extends ConnectorsConfig {
  processEngine: ConnectorProcessEngine;
  engineUrl: string;
  username: string;
  password: string;
  incidentHoldMs: number;
}

/** Reads and checks every variable at once; the error lists all problems, never a secret's value. */
export function connectorProcessConfig(env: NodeJS.ProcessEnv): ConnectorProcessConfig {
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = z.object({ ...connectorsEnvSchema, ...connectorProcessEnvSchema }).safeParse(given);
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  // Exactly one engine to take work from; checked beside the fields so that every problem is listed at once.
  if (!given.PROCESS_ENGINE_URL && !given.ZEEBE_ADDRESS) problems.push('PROCESS_ENGINE_URL: required (the Operaton REST API the connectors take external tasks from)');
  if (given.PROCESS_ENGINE_URL && given.ZEEBE_ADDRESS) problems.push('ZEEBE_ADDRESS: not with PROCESS_ENGINE_URL (the connectors take work from one process engine)');
  if (!parsed.success || problems.length > 0) throw new Error(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  const e = parsed.data;
  const credentials: Record<string, string> = e.PROCESS_ENGINE_PASSWORD ? { authorization: `Basic ${Buffer.from(`${e.PROCESS_ENGINE_USER}:${e.PROCESS_ENGINE_PASSWORD}`).toString('base64')}` } : {};
  const processEngine: ConnectorProcessEngine = e.PROCESS_ENGINE_URL ? { kind: 'operaton', restUrl: e.PROCESS_ENGINE_URL, headers: credentials } : { kind: 'zeebe', address: e.ZEEBE_ADDRESS as string };
  return {
    ...connectorsConfig(e),
    processEngine,
    engineUrl: e.CONNECTORS_ENGINE_URL,
    username: e.CONNECTORS_ENGINE_USERNAME,
    password: e.CONNECTORS_ENGINE_PASSWORD,
    incidentHoldMs: e.CONNECTORS_INCIDENT_HOLD_MS,
  };
}
