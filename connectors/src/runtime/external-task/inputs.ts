import { z } from 'zod';
import type { ConnectorDescriptor } from '../descriptor';

type Shape = Record<string, z.ZodType>;

const shapeOf = (d: Pick<ConnectorDescriptor, 'input'>): Shape => (d.input instanceof z.ZodObject ? (d.input.shape as Shape) : {});

/** The variables a connector reads: its declared inputs, fetched from the task's own scope only. */
export const inputNames = (d: Pick<ConnectorDescriptor, 'input'>): string[] => Object.keys(shapeOf(d));

/** The variables a connector writes on success: its declared outputs. */
export const outputNames = (d: Pick<ConnectorDescriptor, 'output'>): string[] => Object.keys(d.output ?? {});

/**
 * The declared inputs among a task's local variables (its input parameters), as the connector's
 * schema wants them. A Camunda 7 input parameter is text unless it is an expression: `30`, `true`
 * or `["13800138000"]` arrive as strings, so a value the field refuses as text is read as a
 * number, a boolean or JSON when the field accepts that. JSON is parsed, never run. An empty
 * parameter (null or '') counts as not given, so an optional field takes its default.
 */
export function readInputs(d: Pick<ConnectorDescriptor, 'input'>, local: Record<string, unknown>): Record<string, unknown> {
  const shape = shapeOf(d);
  const inputs: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(shape)) {
    const value = local[name];
    if (value === undefined || value === null || value === '') continue;
    inputs[name] = coerce(schema, value);
  }
  return inputs;
}

function coerce(schema: z.ZodType, value: unknown): unknown {
  if (typeof value !== 'string' || schema.safeParse(value).success) return value;
  const text = value.trim();
  const candidates: unknown[] = [];
  if (/^[[{]/.test(text)) {
    try {
      candidates.push(JSON.parse(text));
    } catch {
      // not JSON: the field's own error names it
    }
  }
  if (text === 'true' || text === 'false') candidates.push(text === 'true');
  if (/^-?\d+(\.\d+)?$/.test(text)) candidates.push(Number(text));
  return candidates.find((c) => schema.safeParse(c).success) ?? value;
}

/**
 * What a completed task sends back: the declared outputs as local variables of the task (null when
 * the connector gave none, so an output parameter `${echo}` always resolves) for the template's
 * output parameters to map to the names the analyst chose; any other result (the HTTP connector's
 * result mapping, whose names the analyst wrote) goes to the process.
 */
export function completionVariables(d: Pick<ConnectorDescriptor, 'output'>, result: Record<string, unknown>): { localVariables: Record<string, unknown>; variables: Record<string, unknown> } {
  const declared = outputNames(d);
  const localVariables = Object.fromEntries(declared.map((name) => [name, result[name] ?? null]));
  const variables = Object.fromEntries(Object.entries(result).filter(([name]) => !declared.includes(name)));
  return { localVariables, variables };
}
