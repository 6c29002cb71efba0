import { z } from 'zod';
import { connectorsConfig, connectorsEnvSchema, ConnectorsConfig } from '../config';
import { basicAuthorization, processEngineUrlSchema, processEngineUserSchema } from '../process-engine-access';

/** The variables a connector process of its own reads besides the connectors' own (config.ts). */
export const connectorProcessEnvSchema = {
  PROCESS_ENGINE_URL: processEngineUrlSchema({ error: 'required (the Operaton REST API the connectors take external tasks from)' }).describe('REST API of the process engine (Operaton) the connectors take external tasks from (required)'),
  PROCESS_ENGINE_USER: processEngineUserSchema().describe('User of the HTTP basic credentials sent to the process engine (with PROCESS_ENGINE_PASSWORD)'),
  PROCESS_ENGINE_PASSWORD: z.string().min(16, 'must be at least 16 characters').optional().describe('Set → the connectors send these credentials to the process engine, as the engine does'),
  CONNECTORS_ENGINE_URL: z.url().default('http://127.0.0.1:3000').describe('The engine API the connectors call'),
  CONNECTORS_ENGINE_USERNAME: z.string().min(1).default('connectors').describe('The engine user connectors act as (role connector)'),
  CONNECTORS_ENGINE_PASSWORD: z.string().min(1).describe('Its password, set by an admin (required)'),
};

export interface ConnectorProcessConfig extends ConnectorsConfig {
  /** The process engine's REST API the connectors take external tasks from, and the headers it wants (its credentials). */
  processEngine: { restUrl: string; headers: Record<string, string> };
  engineUrl: string;
  username: string;
  password: string;
}

/** Reads and checks every variable at once; the error lists all problems, never a secret's value. */
export function connectorProcessConfig(env: NodeJS.ProcessEnv): ConnectorProcessConfig {
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = z.object({ ...connectorsEnvSchema, ...connectorProcessEnvSchema }).safeParse(given);
  if (!parsed.success) throw new Error(`Invalid configuration:\n${parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  const e = parsed.data;
  const credentials: Record<string, string> = e.PROCESS_ENGINE_PASSWORD ? { authorization: basicAuthorization(e.PROCESS_ENGINE_USER, e.PROCESS_ENGINE_PASSWORD) } : {};
  return {
    ...connectorsConfig(e),
    processEngine: { restUrl: e.PROCESS_ENGINE_URL, headers: credentials },
    engineUrl: e.CONNECTORS_ENGINE_URL,
    username: e.CONNECTORS_ENGINE_USERNAME,
    password: e.CONNECTORS_ENGINE_PASSWORD,
  };
}
