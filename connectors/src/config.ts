import { z } from 'zod';
import { outboundAllowHostsSchema } from './outbound/policy';

/** Every variable the connectors read, with its default. */
export const connectorsEnvSchema = {
  CONNECTORS_ENABLED: z
    .string()
    .regex(/^(all|none|[\w-]+(,[\w-]+)*)$/, 'must be all, none or a comma list of connector ids')
    .default('all')
    .describe('Which connectors run in this process: all, none, or ids like echo,sms'),
  CONNECTOR_MAX_JOBS_ACTIVE: z.coerce.number().int().min(1).max(256).default(16).describe('External tasks the connectors of one process work on at once (over all their topics)'),
  SMS_ADAPTER: z.enum(['outbox', 'smpp', 'aliyun']).default('outbox').describe('How the SMS connector sends: outbox (kept in the outbox only), smpp or aliyun'),
  SMS_OUTBOX_POLL_SECONDS: z.coerce.number().int().min(1).max(3600).default(5).describe('How often the SMS outbox sender asks the engine for the messages it queued itself (催办/督办 copies) to send them'),
  SMS_SMPP_URL: z.string().regex(/^s?smpp:\/\/[\w.-]+(:\d+)?$/, 'must be smpp://host:port').default('smpp://127.0.0.1:2775').describe('SMSC of the smpp adapter'),
  SMS_SMPP_SYSTEM_ID: z.string().max(16).default('careflow').describe('system_id the smpp adapter binds with'),
  SMS_SMPP_PASSWORD: z.string().max(9).optional().describe('Password the smpp adapter binds with'),
  SMS_SMPP_SOURCE_ADDR: z.string().max(21).optional().describe('Sender number (source_addr) of SMPP messages; empty lets the SMSC choose'),
  SMS_ALIYUN_ENDPOINT: z.string().default('dysmsapi.aliyuncs.com').describe('Endpoint of Alibaba Cloud SMS (the aliyun adapter)'),
  SMS_ALIYUN_ACCESS_KEY_ID: z.string().optional().describe('AccessKey id of the aliyun adapter'),
  SMS_ALIYUN_ACCESS_KEY_SECRET: z.string().optional().describe('AccessKey secret of the aliyun adapter'),
  SMS_ALIYUN_SIGN_NAME: z.string().optional().describe('Approved signature (SignName) of the aliyun adapter'),
  SMS_ALIYUN_TEMPLATE_CODE: z.string().optional().describe('Approved Alibaba Cloud template with one ${content} parameter, for messages without a mapped template'),
  SMS_ALIYUN_TEMPLATE_CODES: z.string().optional().describe('JSON map of CareFlow SMS template keys to Alibaba Cloud template codes, e.g. {"alarm.notice":"SMS_1234"}'),
  TELEPHONY_ADAPTER: z.enum(['simulator', 'freeswitch', 'http']).default('simulator').describe('How the call connector places calls: simulator (the web softphone panel and simulator API), freeswitch (Event Socket) or http (a CCaaS platform)'),
  TELEPHONY_FREESWITCH_URL: z.string().regex(/^esl:\/\/[\w.-]+(:\d+)?$/, 'must be esl://host:port').default('esl://127.0.0.1:8021').describe('FreeSWITCH Event Socket (inbound) of the freeswitch adapter'),
  TELEPHONY_FREESWITCH_PASSWORD: z.string().optional().describe('Event Socket password of the freeswitch adapter'),
  TELEPHONY_FREESWITCH_DIAL: z.string().regex(/\{number\}/, 'must contain {number}').default('sofia/gateway/carrier/{number}').describe('Dial string for a callee; {number} is replaced by the phone number'),
  TELEPHONY_FREESWITCH_AGENT_DIAL: z.string().regex(/\{agent\}/, 'must contain {agent}').default('user/{agent}').describe('Dial string for an agent on a click-to-call; {agent} is replaced by the username'),
  TELEPHONY_FREESWITCH_TTS: z.string().regex(/^[\w-]+:[\w-]+$/, 'must be engine:voice').default('tts_commandline:zh').describe('TTS engine and voice robot calls speak with (engine:voice)'),
  TELEPHONY_HTTP_URL: z.url().optional().describe('Where the http adapter POSTs call requests (the CCaaS platform)'),
  TELEPHONY_HTTP_SECRET: z.string().min(16).optional().describe('Shared HMAC-SHA256 secret of the http adapter: signs requests to the CCaaS; the engine checks its webhook with TELEPHONY_WEBHOOK_SECRET'),
  TELEPHONY_CALLBACK_URL: z.url().optional().describe('Public URL of the engine’s POST /api/telephony/webhook, sent to the CCaaS with each call'),
  OUTBOUND_ALLOW_HOSTS: outboundAllowHostsSchema,
  CONNECTORS_SECRETS_FILE: z.string().optional().describe('JSON file of secrets that inputs name as {{secrets.NAME}}; CAREFLOW_SECRET_<NAME> variables are read too'),
};

/** What the connectors' adapters are configured with: the runtime hands it to every job (ctx.settings). */
export type AdapterSettings = Pick<ConnectorsConfig, 'sms' | 'telephony'>;

/** The adapters' settings when nobody configured them: every variable at its default (the local adapters). */
export function defaultAdapterSettings(): AdapterSettings {
  const { sms, telephony } = connectorsConfig(z.object(connectorsEnvSchema).parse({}));
  return { sms, telephony };
}

export interface ConnectorsConfig {
  enabled: 'all' | string[];
  maxJobsActive: number;
  secretsFile?: string;
  /** OUTBOUND_ALLOW_HOSTS: see OutboundPolicy. */
  outboundAllowHosts: string;
  sms: SmsSettings;
  telephony: TelephonySettings;
}

/** The call connector's adapter and its settings (see call/adapters). */
export interface TelephonySettings {
  adapter: 'simulator' | 'freeswitch' | 'http';
  freeswitch: { host: string; port: number; password: string; dial: string; agentDial: string; tts: { engine: string; voice: string } };
  http: { url: string; secret: string; callbackUrl: string };
}

export function telephonySettings(env: z.infer<z.ZodObject<typeof connectorsEnvSchema>>): TelephonySettings {
  const esl = new URL(env.TELEPHONY_FREESWITCH_URL.replace(/^esl:/, 'http:'));
  const [engine, voice] = env.TELEPHONY_FREESWITCH_TTS.split(':');
  return {
    adapter: env.TELEPHONY_ADAPTER,
    freeswitch: { host: esl.hostname, port: Number(esl.port || 8021), password: env.TELEPHONY_FREESWITCH_PASSWORD ?? '', dial: env.TELEPHONY_FREESWITCH_DIAL, agentDial: env.TELEPHONY_FREESWITCH_AGENT_DIAL, tts: { engine, voice } },
    http: { url: env.TELEPHONY_HTTP_URL ?? '', secret: env.TELEPHONY_HTTP_SECRET ?? '', callbackUrl: env.TELEPHONY_CALLBACK_URL ?? '' },
  };
}

/** The SMS connector's adapter and its settings (see sms/adapters). */
export interface SmsSettings {
  adapter: 'outbox' | 'smpp' | 'aliyun';
  /** Seconds between the outbox sender's polls for engine-queued messages (SMS_OUTBOX_POLL_SECONDS). */
  outboxPollSeconds: number;
  smpp: { url: string; systemId: string; password: string; sourceAddr: string };
  aliyun: { endpoint: string; accessKeyId: string; accessKeySecret: string; signName: string; templateCode: string; templateCodes: Record<string, string> };
}

export function smsSettings(env: z.infer<z.ZodObject<typeof connectorsEnvSchema>>): SmsSettings {
  let templateCodes: Record<string, string>;
  try {
    templateCodes = JSON.parse(env.SMS_ALIYUN_TEMPLATE_CODES ?? '{}') as Record<string, string>;
  } catch {
    throw new Error('SMS_ALIYUN_TEMPLATE_CODES must be a JSON object of template keys to codes');
  }
  return {
    adapter: env.SMS_ADAPTER,
    outboxPollSeconds: env.SMS_OUTBOX_POLL_SECONDS,
    smpp: { url: env.SMS_SMPP_URL, systemId: env.SMS_SMPP_SYSTEM_ID, password: env.SMS_SMPP_PASSWORD ?? '', sourceAddr: env.SMS_SMPP_SOURCE_ADDR ?? '' },
    aliyun: {
      endpoint: env.SMS_ALIYUN_ENDPOINT,
      accessKeyId: env.SMS_ALIYUN_ACCESS_KEY_ID ?? '',
      accessKeySecret: env.SMS_ALIYUN_ACCESS_KEY_SECRET ?? '',
      signName: env.SMS_ALIYUN_SIGN_NAME ?? '',
      templateCode: env.SMS_ALIYUN_TEMPLATE_CODE ?? '',
      templateCodes,
    },
  };
}

export function connectorsConfig(env: z.infer<z.ZodObject<typeof connectorsEnvSchema>>): ConnectorsConfig {
  const enabled = env.CONNECTORS_ENABLED === 'all' ? 'all' : env.CONNECTORS_ENABLED === 'none' ? [] : env.CONNECTORS_ENABLED.split(',');
  return { enabled, maxJobsActive: env.CONNECTOR_MAX_JOBS_ACTIVE, secretsFile: env.CONNECTORS_SECRETS_FILE, outboundAllowHosts: env.OUTBOUND_ALLOW_HOSTS ?? '', sms: smsSettings(env), telephony: telephonySettings(env) };
}
