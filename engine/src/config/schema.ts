import { outboundAllowHostsSchema, processEngineUrlSchema, processEngineUserSchema } from '@careflow/connectors';
import path from 'node:path';
import { z } from 'zod';
import { passwordRulesText } from '../modules/identity/password-policy';
import { ALARM_BUTTONS_PATTERN } from '../modules/telephony/inbound/alarm-buttons';
import { port } from './env';

/** Root of the checkout: engine/dist/config → ../../.. (also right from engine/src/config under ts-jest). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

const dbUrl = z
  .string()
  .regex(/^(mysql:\/\/.+|sqlite:.+)$/, 'must be mysql://user:pass@host:port/db or sqlite:<file path>');

/** A local time of day, HH:mm. */
const clockOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time HH:mm');

/** Every variable the engine reads, with its default. README's configuration table mirrors this. */
export const engineEnvSchema = {
  PORT: port(3000).describe('HTTP port of the engine (API, WebSocket and web app)'),
  HOST: z.string().default('127.0.0.1').describe('Interface the HTTP server binds to; 0.0.0.0 in containers'),
  CAREFLOW_HOME: z
    .string()
    .default(path.join(REPO_ROOT, '.careflow'))
    .describe('Folder for local state: data/ (SQLite, the process engine’s H2), logs/, cache/ (the process engine’s jar)'),
  DATABASE_URL: dbUrl.optional().describe('mysql://… for MySQL/MariaDB; unset → SQLite file $CAREFLOW_HOME/data/careflow.db'),
  JAVA_HOME: z.string().optional().describe('Java runtime for the local process engine; else the best one under /usr/lib/jvm'),
  PROCESS_ENGINE_URL: processEngineUrlSchema()
    .optional()
    .describe('REST API of an external process engine (Operaton nodes behind a load balancer); set → no local process engine is started'),
  PROCESS_ENGINE_PORT: port(8180).describe('Port of the local process engine (Operaton), on 127.0.0.1 only'),
  PROCESS_ENGINE_HEAP: z
    .string()
    .regex(/^\d+[mg]$/, 'must be like 384m or 1g')
    .default('320m')
    .describe('Maximum Java heap of the local process engine'),
  PROCESS_ENGINE_HISTORY_TTL: z
    .string()
    .regex(/^P\d{1,5}D$/, 'must be a number of days like P180D')
    .default('P180D')
    .describe('How long the process engine keeps the history of ended cases (every deployment gets it); P180D covers 等保’s 6 months of audit'),
  PROCESS_ENGINE_USER: processEngineUserSchema().describe('User of the HTTP basic credentials CareFlow sends to the process engine (with PROCESS_ENGINE_PASSWORD)'),
  PROCESS_ENGINE_PASSWORD: z
    .string()
    .min(16, 'must be at least 16 characters')
    .optional()
    .describe('Set → the local process engine’s REST API requires these credentials, and CareFlow sends them (to an external one too); required with a PROCESS_ENGINE_URL that is not on loopback'),
  PROCESS_ENGINE_READY_TIMEOUT_SECONDS: z.coerce.number().int().min(5).default(180).describe('How long to wait for the local process engine (the first start also builds it with Maven)'),
  CAREFLOW_ADMIN_PASSWORD: z
    .string()
    .min(8, 'must be at least 8 characters')
    .superRefine((password, ctx) => {
      // Held to the same rules as every password an admin sets (the length has its own message above).
      const broken = password.length >= 8 ? passwordRulesText(password, 'admin') : '';
      if (broken) ctx.addIssue({ code: 'custom', message: broken });
    })
    .optional()
    .describe('Password of the first admin user; unset → a random one is printed once'),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(720).default(12).describe('Lifetime of a login session'),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5).describe('Failed logins in a row that lock an account'),
  PASSWORD_CHANGE_ON_FIRST_LOGIN: z
    .enum(['0', '1'])
    .default('1')
    .describe('1: a user whose password an admin chose (new user, reset) must choose their own before anything else; service accounts (role connector) never'),
  LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).max(1440).default(15).describe('How long a locked account stays locked'),
  CAREFLOW_TIMEZONE: z
    .string()
    .refine((zone) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    }, 'must be an IANA time zone like Asia/Shanghai')
    .default('Asia/Shanghai')
    .describe('Time zone of the bureau: the date in case numbers, working days'),
  CASE_NUMBER_PREFIX: z.string().regex(/^[A-Z]{1,6}$/, 'must be 1–6 capital letters').default('GD').describe('Prefix of case numbers (GD20261122-000123)'),
  REQUEST_BODY_LIMIT: z
    .string()
    .regex(/^\d+(kb|mb)$/, 'must be like 512kb or 5mb')
    .default('5mb')
    .describe('Largest accepted request body'),
  API_RESPONSE_CHECK: z
    .enum(['0', '1'])
    .default('0')
    .describe('1: each answer of a route that declares its response is checked against its contract, and a mismatch is a 500 (the tests run with it)'),
  WEB_DIST: z.string().default(path.join(REPO_ROOT, 'web', 'dist')).describe('Built web app served at /'),
  TRUST_PROXY: z
    .enum(['0', '1'])
    .default('0')
    .describe('1 behind a load balancer: trust X-Forwarded-* (client address, https for secure cookies)'),
  TRUSTED_ORIGINS: z
    .string()
    .regex(/^https?:\/\/[\w.-]+(:\d+)?(,https?:\/\/[\w.-]+(:\d+)?)*$/, 'must be a comma list of origins like https://desk.example.org')
    .optional()
    .describe('Other origins whose pages may send writes (POST/PUT/PATCH/DELETE) and open the live socket; unset → only the engine’s own (a write from a foreign Origin → 403)'),
  STATEMENT_PDF_FONT: z
    .string()
    .min(1)
    .default(path.join(REPO_ROOT, 'node_modules', '@embedpdf', 'fonts-sc', 'fonts', 'NotoSansHans-Regular.otf'))
    .describe('CJK font file (TTF/OTF) whose subset is embedded in 收费清单 and 月度报告 PDFs; the default is Noto Sans SC (SIL OFL 1.1) from the npm package @embedpdf/fonts-sc'),
  HOTLINE_NAME: z
    .string()
    .trim()
    .min(1)
    .max(60)
    .default('养老服务热线 12349')
    .describe('The hotline’s name and number as the public knows them (e.g. 济南市养老服务热线 12349), printed as the head line of 收费清单 and 月度报告 PDFs'),
  SMS_RATE_LIMIT_PER_HOUR: z.coerce.number().int().min(1).max(1000).default(5).describe('Text messages one phone may be sent in an hour; more are refused (BPMN error SMS_RATE_LIMITED)'),
  TELEPHONY_WEBHOOK_SECRET: z
    .string()
    .min(16, 'must be at least 16 characters')
    .optional()
    .describe('Shared secret a CCaaS platform signs POST /api/telephony/webhook with (HMAC-SHA256); unset → the webhook refuses every call report'),
  TELEPHONY_SWITCH_SECRETS: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,64}:[^,:]{16,}(,[A-Za-z0-9_.-]{1,64}:[^,:]{16,})*$/, 'switchId:secret[,switchId:secret…], each secret at least 16 characters')
    .optional()
    .describe('Per-switch secrets (switchId:secret,…) that sign POST /api/telephony/events (HMAC-SHA256); unset → every inbound event is refused'),
  // The same variable the connectors read: one allow list for webhooks and the HTTP connector.
  OUTBOUND_ALLOW_HOSTS: outboundAllowHostsSchema,
  ALARM_SERVICE_TYPE: z.string().min(1).default('emergency-rescue').describe('Service type an alarm opens (channel alarm, priority emergency)'),
  ALARM_BUTTONS: z
    .string()
    .regex(ALARM_BUTTONS_PATTERN, 'button:serviceType[:110][,button:serviceType[:110]…]')
    .default('police:emergency-rescue:110,medical:emergency-rescue,housekeeping:household-help')
    .describe('What each button of a multi-button pager opens (button:serviceType, :110 marks the case for a 110 handover); other buttons open ALARM_SERVICE_TYPE'),
  ALARM_DEDUP_SECONDS: z.coerce.number().int().min(0).max(86_400).default(600).describe('A second alarm of the same terminal or elder within this many seconds, while its case is open, attaches to that case'),
  PERIODIC_NEEDS_PASS_SECONDS: z.coerce.number().int().min(0).max(3_600).default(60).describe('周期性需求: how often the engine opens the orders periodic needs have due (0: never, e.g. a second engine on the same database may leave it to the first)'),
  CARE_PASS_SECONDS: z.coerce.number().int().min(0).max(3_600).default(60).describe('主动关怀: how often the engine opens the cases care plans have due and applies care rules (0: never, e.g. a second engine on the same database may leave it to the first)'),
  CARE_QUIET_FROM: clockOfDay.default('20:00').describe('主动关怀: quiet hours begin (local time): no care call, robot or agent, is due from then'),
  CARE_QUIET_UNTIL: clockOfDay.default('08:00').describe('主动关怀: quiet hours end (local time): a call due within them is due then'),
  CARE_RETRY_MINUTES: z.coerce.number().int().min(1).max(1_440).default(30).describe('主动关怀: minutes between a robot care call nobody answered and the next try'),
  CARE_TRIES: z.coerce.number().int().min(1).max(10).default(3).describe('主动关怀: robot care call tries before the relatives and the community worker are told'),
  CARE_VISIT_WITHIN_HOURS: z.coerce.number().int().min(1).max(720).default(24).describe('主动关怀: hours the community worker has for a 上门探视 after the calls went unanswered'),
  CARE_CALLS_PER_MINUTE: z.coerce.number().int().min(1).max(6_000).default(60).describe('主动关怀: at most this many cases care plans and 关怀活动 open in any rolling minute, all engines together (counted in the database), so the lines and agents are not flooded; the rest wait for a later pass'),
  KNOWLEDGE_EXPIRY_REMIND_DAYS: z.coerce.number().int().min(0).max(365).default(30).describe('知识库: how many days before a published article expires its author is reminded in-app (looked at hourly; 0: never)'),
  HANDOVER_REPORT_RETRIES: z.coerce.number().int().min(1).max(20).default(5).describe('转办件: tries to post a closed case’s result to its source’s callback before the engine raises an incident'),
  HANDOVER_REPORT_BACKOFF: z
    .string()
    .regex(/^PT(\d+H)?(\d+M)?(\d+(\.\d+)?S)?$/, 'an ISO 8601 duration such as PT30S or PT1M')
    .default('PT1M')
    .describe('转办件: the pause between tries of a result post (ISO 8601); keep tries × pause within the 300 s signature window'),
  AFTER_CALL_SECONDS: z.coerce.number().int().min(0).max(3_600).default(30).describe('话后处理: how long an agent wraps up after a call or alarm ends before turning idle again (the agent may end it sooner)'),
  WALLBOARD_NEAR_DUE_MINUTES: z.coerce.number().int().min(1).max(10_080).default(120).describe('值班大屏: an open case due within this many minutes counts as near due'),
  REPORT_CACHE_SECONDS: z.coerce.number().int().min(0).max(3_600).default(30).describe('统计报表: how long a report’s answer is kept for the next reader with the same filters and area scope; reads arriving while it is computed wait for that one (0: every read computes; the wallboard is never kept)'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info').describe('Log level'),
};

export type EngineEnv = z.infer<z.ZodObject<typeof engineEnvSchema>>;
