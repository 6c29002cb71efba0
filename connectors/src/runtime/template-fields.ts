import { z } from 'zod';
import type { Labels } from './descriptor';

/** How an input shows in the modeler's properties panel (Camunda element-template property types). */
export interface FieldLabels {
  label: Labels;
  description?: Labels;
  /** Text: multi-line; Dropdown: from a z.enum; default: String (Boolean for z.boolean). */
  type?: 'String' | 'Text' | 'Dropdown' | 'Boolean' | 'Number';
  /** FEEL: 'required' for lists and objects (the analyst writes an expression), 'optional' to allow one. */
  feel?: 'optional' | 'required';
  /** Group id in the panel (see template groups). */
  group?: string;
  /** Value the template fills in. */
  value?: string | boolean | number;
  /** Shown only when another input has this value (Camunda's `condition`). */
  when?: { field: string; equals: string | boolean };
  /** Bind to a task header of the same name instead of an input mapping (the worker reads headers). */
  header?: boolean;
  /** The input or header name when it differs from the field's id (two fields may feed one variable under exclusive `when`s). */
  bindTo?: string;
  /** Dropdown: the analyst-facing name of each choice (default: the value itself). */
  choices?: Record<string, Labels>;
}

const registry = new WeakMap<z.ZodType, FieldLabels>();

/** Labels an input field for the element template: `field(z.string(), { label: {...} })`. */
export function field<T extends z.ZodType>(schema: T, labels: FieldLabels): T {
  registry.set(schema, labels);
  return schema;
}

export function labelsOf(schema: z.ZodType): FieldLabels | undefined {
  return registry.get(schema);
}
