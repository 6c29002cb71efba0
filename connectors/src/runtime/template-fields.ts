import { z } from 'zod';
import type { Labels } from './descriptor';

/** How an input shows in the modeler's properties panel (see templates/c7/element-template.ts). */
export interface FieldLabels {
  label: Labels;
  description?: Labels;
  /** Text: multi-line; Dropdown: from a z.enum; Boolean (also for z.boolean): a 是/否 dropdown; default: String. */
  type?: 'String' | 'Text' | 'Dropdown' | 'Boolean' | 'Number';
  /** Group id in the panel (see template groups). */
  group?: string;
  /** Value the template fills in. */
  value?: string | boolean | number;
  /** Used only when another input has this value (said in the field's description). */
  when?: { field: string; equals: string | boolean };
  /** Bind to a task property (camunda:property) instead of an input parameter: the connector reads it from ctx.job.headers. */
  header?: boolean;
  /** The input or property name when it differs from the field's id (two fields may feed one variable under exclusive `when`s). */
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
