/**
 * Operaton's typed variables, the one codec for CareFlow (the engine's engine/src/operaton/variables.ts
 * types it with the engine's JSON types): objects and arrays travel as JSON `Object` variables that
 * the process engine's CareFlow plugin reads back as maps and lists (so `${sms.sent}` works), and
 * values are read with deserializeValues=false.
 */
export interface TypedValue {
  value: unknown;
  type: string;
  valueInfo?: Record<string, unknown>;
}

export type TypedVariables = Record<string, TypedValue>;

const JSON_OBJECT = { objectTypeName: 'java.util.LinkedHashMap', serializationDataFormat: 'application/json' };
const JSON_ARRAY = { objectTypeName: 'java.util.ArrayList', serializationDataFormat: 'application/json' };
const INT_MAX = 2 ** 31 - 1;

export function toTypedValue(value: unknown): TypedValue {
  if (value === null || value === undefined) return { value: null, type: 'Null' };
  switch (typeof value) {
    case 'string':
      return { value, type: 'String' };
    case 'boolean':
      return { value, type: 'Boolean' };
    case 'number':
      if (!Number.isInteger(value)) return { value, type: 'Double' };
      return { value, type: Math.abs(value) <= INT_MAX ? 'Integer' : 'Long' };
    default:
      return { value: JSON.stringify(value), type: 'Object', valueInfo: Array.isArray(value) ? JSON_ARRAY : JSON_OBJECT };
  }
}

export function toTypedVariables(variables: Record<string, unknown>): TypedVariables {
  return Object.fromEntries(Object.entries(variables).map(([name, value]) => [name, toTypedValue(value)]));
}

/** A value read with deserializeValues=false; undefined for what CareFlow does not read (bytes, Java objects). */
export function fromTypedValue(variable: TypedValue): unknown {
  const { type, value } = variable;
  if (value === null || value === undefined) return null;
  if (type === 'Object' || type === 'Json') {
    if (typeof value !== 'string') return value;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return undefined;
    }
  }
  if (type === 'Date') return String(value);
  if (['String', 'Boolean', 'Integer', 'Long', 'Short', 'Double'].includes(type)) return value;
  return undefined;
}

export function fromTypedVariables(typed: TypedVariables | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, variable] of Object.entries(typed ?? {})) {
    const value = fromTypedValue(variable);
    if (value !== undefined) out[name] = value;
  }
  return out;
}
