import path from 'node:path';
import { EngineEnv } from './schema';

export interface ProcessEngineCredentials {
  user: string;
  password: string;
}

/** Where CareFlow's process engine (Operaton) runs: started by CareFlow, or an external one. */
export type ProcessEngineConfig =
  | { mode: 'external'; url: string; credentials?: ProcessEngineCredentials }
  | {
      mode: 'local';
      port: number;
      heap: string;
      historyTimeToLive: string;
      readyTimeoutMs: number;
      /** Its H2 database (unless CareFlow runs on MySQL) and its pid file. */
      dataDir: string;
      logFile: string;
      credentials?: ProcessEngineCredentials;
    };

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

/** Rules between variables, reported with the schema's own problems. */
export function processEngineProblems(env: Record<string, string>): string[] {
  const problems: string[] = [];
  const url = env.PROCESS_ENGINE_URL;
  let host: string | undefined;
  try {
    host = url ? new URL(url).hostname : undefined;
  } catch {
    // the schema reports a malformed URL
  }
  if (host !== undefined && !LOOPBACK.test(host) && !env.PROCESS_ENGINE_PASSWORD) {
    problems.push('PROCESS_ENGINE_PASSWORD: required with a PROCESS_ENGINE_URL off this machine (the process engine’s REST API must not answer without credentials)');
  }
  if (!url && (env.PROCESS_ENGINE_PORT ?? '8180') === (env.PORT ?? '3000')) {
    problems.push(`PROCESS_ENGINE_PORT: must differ from PORT (got "${env.PROCESS_ENGINE_PORT ?? '8180'}")`);
  }
  return problems;
}

export function processEngineFromEnv(env: EngineEnv, dataDir: string, logDir: string): ProcessEngineConfig {
  const credentials = env.PROCESS_ENGINE_PASSWORD ? { user: env.PROCESS_ENGINE_USER, password: env.PROCESS_ENGINE_PASSWORD } : undefined;
  if (env.PROCESS_ENGINE_URL) return { mode: 'external', url: env.PROCESS_ENGINE_URL.replace(/\/+$/, ''), credentials };
  return {
    mode: 'local',
    port: env.PROCESS_ENGINE_PORT,
    heap: env.PROCESS_ENGINE_HEAP,
    historyTimeToLive: env.PROCESS_ENGINE_HISTORY_TTL,
    readyTimeoutMs: env.PROCESS_ENGINE_READY_TIMEOUT_SECONDS * 1000,
    dataDir: path.join(dataDir, 'process-engine'),
    logFile: path.join(logDir, 'process-engine.log'),
    credentials,
  };
}
