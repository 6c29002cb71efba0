import fs from 'node:fs';
import { ConnectorInputError } from './errors';

const PLACEHOLDER = /\{\{\s*secrets\.([A-Za-z_][\w]*)\s*\}\}/g;
/** Environment variables that hold secrets carry this prefix: CAREFLOW_SECRET_SMS_PASSWORD. */
export const SECRET_ENV_PREFIX = 'CAREFLOW_SECRET_';

/**
 * Secrets that inputs name as `{{secrets.NAME}}`: looked up when a job runs, in the secrets file
 * (a JSON object) and then in the environment, so they are never written into a BPMN model. Every
 * value handed out is remembered so logs and reports can be masked.
 */
export class SecretStore {
  private readonly fromFile: Record<string, string>;
  private readonly handedOut = new Set<string>();

  constructor(
    private readonly env: NodeJS.ProcessEnv = process.env,
    file?: string,
  ) {
    this.fromFile = file ? readSecretsFile(file) : {};
  }

  private lookup(name: string): string | undefined {
    return this.fromFile[name] ?? this.env[`${SECRET_ENV_PREFIX}${name}`];
  }

  /** The value with every placeholder replaced, deep through arrays and objects. */
  resolve<T>(value: T): T {
    const missing = new Set<string>();
    const walk = (v: unknown): unknown => {
      if (typeof v === 'string') {
        return v.replace(PLACEHOLDER, (_m, name: string) => {
          const secret = this.lookup(name);
          if (secret === undefined) {
            missing.add(name);
            return '';
          }
          if (secret.length >= 4) this.handedOut.add(secret);
          return secret;
        });
      }
      if (Array.isArray(v)) return v.map(walk);
      if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, inner]) => [k, walk(inner)]));
      return v;
    };
    const resolved = walk(value) as T;
    // An admin adds the secret and retries the incident; trying again by itself would not help.
    if (missing.size > 0) throw new ConnectorInputError(`Secrets not set: ${[...missing].join(', ')} (add them to the secrets file or as ${SECRET_ENV_PREFIX}<NAME>)`);
    return resolved;
  }

  /** Text or a JSON-able value with every secret handed out replaced by ****. */
  mask<T>(value: T): T {
    if (this.handedOut.size === 0) return value;
    const maskText = (text: string) => [...this.handedOut].reduce((t, secret) => t.split(secret).join('****'), text);
    if (typeof value === 'string') return maskText(value) as T;
    return JSON.parse(maskText(JSON.stringify(value) ?? 'null')) as T;
  }
}

function readSecretsFile(file: string): Record<string, string> {
  const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed) || !Object.values(parsed).every((v) => typeof v === 'string')) {
    throw new Error(`${file} must be a JSON object of secret names to strings`);
  }
  return parsed as Record<string, string>;
}
