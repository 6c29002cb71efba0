import * as codec from '@careflow/connectors';
import { JsonValue, Variables } from './json';

/**
 * Operaton's typed variables through the one codec the connectors' runtime uses
 * (connectors/src/runtime/external-task/variables.ts), typed with the engine's JSON types.
 */
export type TypedValue = codec.TypedValue;
export type TypedVariables = codec.TypedVariables;

export const toTypedValue = (value: JsonValue): TypedValue => codec.toTypedValue(value);

export const toTypedVariables = (variables: Variables): TypedVariables => codec.toTypedVariables(variables);

/** Reads variables fetched with `deserializeValues=false`: serialized objects come back as JSON text. */
export const fromTypedVariables = (typed: TypedVariables): Variables => codec.fromTypedVariables(typed) as Variables;

/** Undefined for what CareFlow does not read (bytes, files, Java objects). */
export const fromTypedValue = (variable: TypedValue): JsonValue | undefined => codec.fromTypedValue(variable) as JsonValue | undefined;
