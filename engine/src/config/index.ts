import path from 'node:path';
import { ConfigError, definedEnv, parseEnv } from './env';
import { ProcessEngineConfig, processEngineFromEnv, processEngineProblems } from './process-engine';
import { EngineEnv, engineEnvSchema } from './schema';

export { ConfigError, describeEnv } from './env';
export { engineEnvSchema, REPO_ROOT } from './schema';
export type { ProcessEngineConfig, ProcessEngineCredentials } from './process-engine';

export type DatabaseConfig = { type: 'sqlite'; file: string } | { type: 'mysql'; url: string };

export interface EngineConfig {
  env: EngineEnv;
  http: { host: string; port: number; bodyLimit: string; webDist: string; trustProxy: boolean; trustedOrigins: string[]; checkResponses: boolean };
  home: string;
  dataDir: string;
  logDir: string;
  database: DatabaseConfig;
  /** Operaton: started by CareFlow, or external (PROCESS_ENGINE_URL). */
  processEngine: ProcessEngineConfig;
  sessionTtlMs: number;
  lockout: { maxFailures: number; lockMs: number };
  /** A user whose password an admin chose must change it before anything else. */
  passwordChangeOnFirstLogin: boolean;
  cases: { timeZone: string; numberPrefix: string };
  sms: { rateLimitPerHour: number };
  periodicNeeds: { passSeconds: number };
  /** 主动关怀: how often the opener looks; quiet hours (HH:mm, local); robot tries and the pause between them; the worker's time for a visit. */
  care: { passSeconds: number; quietFrom: string; quietUntil: string; retryMinutes: number; tries: number; visitWithinHours: number; callsPerMinute: number };
  knowledge: { expiryRemindDays: number };
  /** 转办件: how the result post to a source is retried (the handover-report process's HTTP step). */
  handovers: { reportRetries: number; reportBackoff: string };
  /** 收费清单 files: the CJK font the PDF embeds (a subset of), and the hotline named at its head. */
  statements: { pdfFont: string; hotlineName: string };
  /** 统计报表: how long an answer is kept (REPORT_CACHE_SECONDS). */
  reports: { cacheSeconds: number };
  /** OUTBOUND_ALLOW_HOSTS: the private hosts webhooks and connectors may call anyway. */
  outbound: { allowHosts: string };
  adminPassword?: string;
}

export function databaseFromUrl(url: string | undefined, dataDir: string): DatabaseConfig {
  if (url === undefined) return { type: 'sqlite', file: path.join(dataDir, 'careflow.db') };
  if (url.startsWith('mysql://')) return { type: 'mysql', url };
  return { type: 'sqlite', file: path.resolve(url.replace(/^sqlite:(\/\/)?/, '')) };
}

/** Reads and validates the engine's configuration; throws ConfigError listing every problem. */
export function loadEngineConfig(source: NodeJS.ProcessEnv = process.env): EngineConfig {
  const crossProblems = processEngineProblems(definedEnv(source));
  let env: EngineEnv;
  try {
    env = parseEnv(engineEnvSchema, source);
  } catch (error) {
    throw error instanceof ConfigError ? new ConfigError([...error.problems, ...crossProblems]) : error;
  }
  if (crossProblems.length > 0) throw new ConfigError(crossProblems);
  const home = path.resolve(env.CAREFLOW_HOME);
  const dataDir = path.join(home, 'data');
  return {
    env,
    http: { host: env.HOST, port: env.PORT, bodyLimit: env.REQUEST_BODY_LIMIT, webDist: path.resolve(env.WEB_DIST), trustProxy: env.TRUST_PROXY === '1', trustedOrigins: env.TRUSTED_ORIGINS?.split(',') ?? [], checkResponses: env.API_RESPONSE_CHECK === '1' },
    home,
    dataDir,
    logDir: path.join(home, 'logs'),
    database: databaseFromUrl(env.DATABASE_URL, dataDir),
    processEngine: processEngineFromEnv(env, dataDir, path.join(home, 'logs')),
    sessionTtlMs: env.SESSION_TTL_HOURS * 3600_000,
    lockout: { maxFailures: env.LOGIN_MAX_FAILURES, lockMs: env.LOGIN_LOCK_MINUTES * 60_000 },
    passwordChangeOnFirstLogin: env.PASSWORD_CHANGE_ON_FIRST_LOGIN === '1',
    cases: { timeZone: env.CAREFLOW_TIMEZONE, numberPrefix: env.CASE_NUMBER_PREFIX },
    sms: { rateLimitPerHour: env.SMS_RATE_LIMIT_PER_HOUR },
    periodicNeeds: { passSeconds: env.PERIODIC_NEEDS_PASS_SECONDS },
    care: { passSeconds: env.CARE_PASS_SECONDS, quietFrom: env.CARE_QUIET_FROM, quietUntil: env.CARE_QUIET_UNTIL, retryMinutes: env.CARE_RETRY_MINUTES, tries: env.CARE_TRIES, visitWithinHours: env.CARE_VISIT_WITHIN_HOURS, callsPerMinute: env.CARE_CALLS_PER_MINUTE },
    knowledge: { expiryRemindDays: env.KNOWLEDGE_EXPIRY_REMIND_DAYS },
    handovers: { reportRetries: env.HANDOVER_REPORT_RETRIES, reportBackoff: env.HANDOVER_REPORT_BACKOFF },
    statements: { pdfFont: path.resolve(env.STATEMENT_PDF_FONT), hotlineName: env.HOTLINE_NAME },
    reports: { cacheSeconds: env.REPORT_CACHE_SECONDS },
    outbound: { allowHosts: env.OUTBOUND_ALLOW_HOSTS ?? '' },
    adminPassword: env.CAREFLOW_ADMIN_PASSWORD,
  };
}
