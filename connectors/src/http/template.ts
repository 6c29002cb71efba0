const PLACEHOLDER = /\{\{\s*([A-Za-z_][\w]*(?:\.[\w]+)*)\s*\}\}/g;

/** A value at a dotted path (`elder.phone`, `items.0.code`) or undefined. */
export function valueAt(source: unknown, path: string[]): unknown {
  return path.reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), source);
}

/**
 * Fills `{{name}}` placeholders from the job's variables. `encode` escapes each value for where it
 * lands (a URL, a JSON string). A placeholder with no value is an error: sending an empty field to
 * a partner silently is worse than stopping. Secrets were already resolved by the runtime.
 */
export function fill(template: string, variables: Record<string, unknown>, encode: (value: string) => string = (v) => v): string {
  const missing: string[] = [];
  const out = template.replace(PLACEHOLDER, (whole, name: string) => {
    if (name.startsWith('secrets.')) return whole;
    const value = valueAt(variables, name.split('.'));
    if (value === undefined || value === null) {
      missing.push(name);
      return '';
    }
    return encode(typeof value === 'object' ? JSON.stringify(value) : String(value));
  });
  if (missing.length > 0) throw new MissingVariablesError(missing);
  return out;
}

export class MissingVariablesError extends Error {
  constructor(readonly names: string[]) {
    super(`Template variables without a value: ${names.join(', ')}`);
    this.name = 'MissingVariablesError';
  }
}

/** Inside a JSON body a value goes into a JSON string: quotes and backslashes escaped. */
export const jsonStringContent = (value: string) => JSON.stringify(value).slice(1, -1);

/** A JSON body given as an object: its string leaves are filled, the structure kept. */
export function fillDeep(value: unknown, variables: Record<string, unknown>): unknown {
  if (typeof value === 'string') return fill(value, variables);
  if (Array.isArray(value)) return value.map((v) => fillDeep(v, variables));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillDeep(v, variables)]));
  return value;
}

/**
 * Reads a response field by JSON pointer (`/data/id`, RFC 6901) or dotted path (`data.id`);
 * `/` or an empty path is the whole body.
 */
export function pick(body: unknown, pointer: string): unknown {
  if (pointer === '' || pointer === '/') return body;
  const parts = pointer.startsWith('/') ? pointer.slice(1).split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~')) : pointer.split('.');
  return valueAt(body, parts);
}
