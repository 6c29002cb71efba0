import { JsonValue, Variables } from '../zeebe/client';

/** A variable as Operaton's REST API writes and reads it. */
export interface TypedValue {
  value: unknown;
  type: string;
  valueInfo?: Record<string, unknown>;
}

export type TypedVariables = Record<string, TypedValue>;

/**
 * Objects and arrays are stored as JSON-serialized Java maps and lists (Spin's Jackson format), so
 * expressions read them as `${sms.phone}`. Java serialization stays off, and the engine only
 * deserializes these two types.
 */
const JSON_OBJECT = { objectTypeName: 'java.util.LinkedHashMap', serializationDataFormat: 'application/json' };
const JSON_ARRAY = { objectTypeName: 'java.util.ArrayList', serializationDataFormat: 'application/json' };
const INT_MAX = 2 ** 31 - 1;

export function toTypedValue(value: JsonValue): TypedValue {
  if (value === null) return { value: null, type: 'Null' };
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

export function toTypedVariables(variables: Variables): TypedVariables {
  return Object.fromEntries(Object.entries(variables).map(([name, value]) => [name, toTypedValue(value)]));
}

/** Reads variables fetched with `deserializeValues=false`: serialized objects come back as JSON text. */
export function fromTypedVariables(typed: TypedVariables): Variables {
  const out: Variables = {};
  for (const [name, variable] of Object.entries(typed)) {
    const value = fromTypedValue(variable);
    if (value !== undefined) out[name] = value;
  }
  return out;
}

export function fromTypedValue(variable: TypedValue): JsonValue | undefined {
  const { type, value } = variable;
  if (value === null || value === undefined) return null;
  if (type === 'Object' || type === 'Json') {
    if (typeof value !== 'string') return value as JsonValue;
    try {
      return JSON.parse(value) as JsonValue;
    } catch {
      return undefined; // not JSON (another format): CareFlow does not read it
    }
  }
  if (type === 'Date') return String(value);
  if (['String', 'Boolean', 'Integer', 'Long', 'Short', 'Double'].includes(type)) return value as JsonValue;
  return undefined; // bytes, files and Java objects are not CareFlow's
}
