import { createForm, Form } from '@formily/core';
import { ISchema, Schema } from '@formily/json-schema';
import { installSafeFormily } from './formily-safety';

// Before any form is built here: expressions are evaluated, never compiled to code (formily-safety.ts).
installSafeFormily();

/** What x-reactions decided for a data field, by its data path (layout containers left out). */
export interface FieldState {
  /** none: not shown and not submitted; hidden: not shown, value kept; visible: shown. */
  display: 'visible' | 'hidden' | 'none';
  required: boolean;
}

/**
 * Runs the form headless, as the browser would: formily creates every field from the schema over
 * the submitted values and settles the x-reactions (linkage rules), then each field's state is read.
 * Expressions go to the safe evaluator; one outside the grammar evaluates to undefined.
 */
export function fieldStates(schema: ISchema, values: Record<string, unknown>): Map<string, FieldState> {
  const form = createForm({ values: structuredClone(values) });
  createFields(form, new Schema(schema), '');
  const states = new Map<string, FieldState>();
  for (const field of Object.values(form.fields)) {
    if (field.displayName === 'VoidField') continue;
    const dataField = field as unknown as { display: FieldState['display']; required: boolean; path: { toString(): string } };
    states.set(dataField.path.toString(), { display: dataField.display, required: Boolean(dataField.required) });
  }
  // Hidden containers hide what is in them: formily passes a container's display down to its fields.
  form.onUnmount(); // disposes the reactions
  return states;
}

function createFields(form: Form, schema: Schema, basePath: string): void {
  schema.mapProperties((child, key) => {
    const props = child.toFieldProps({ scope: {} });
    const address = basePath ? `${basePath}.${key}` : String(key);
    if (child.type === 'void') {
      form.createVoidField({ ...props, name: key, basePath });
      createFields(form, child, address);
    } else if (child.type === 'object') {
      form.createObjectField({ ...props, name: key, basePath });
      createFields(form, child, address);
    } else if (child.type === 'array') {
      const field = form.createArrayField({ ...props, name: key, basePath });
      const rows = Array.isArray(field.value) ? field.value : [];
      const items = child.items && !Array.isArray(child.items) ? (child.items as Schema) : undefined;
      rows.forEach((_, i) => {
        if (!items) return;
        form.createObjectField({ name: i, basePath: address });
        if (items.type === 'object' || items.properties) createFields(form, items, `${address}.${i}`);
      });
    } else {
      form.createField({ ...props, name: key, basePath });
    }
  });
}
