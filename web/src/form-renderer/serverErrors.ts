import { validateFormValues, type FormSchemaNode } from './shared';
import type { Field, Form } from '@formily/core';
import type { FieldProblem } from '../api/fieldErrors';
import type { FormSchema } from '../api/forms';

/** Feedback code of errors from the server (or its validation run here): cleared when the user edits. */
export const SERVER_ERROR = 'EffectError';

/** Puts each problem on the field at its path; returns the ones no field shows. */
export function applyFieldProblems(form: Form, problems: FieldProblem[]): FieldProblem[] {
  const byField = new Map<Field, string[]>();
  const rest: FieldProblem[] = [];
  for (const problem of problems) {
    const field = form.query(problem.path).take() as Field | undefined;
    if (field && 'setFeedback' in field) byField.set(field, [...(byField.get(field) ?? []), problem.message]);
    else rest.push(problem);
  }
  for (const [field, messages] of byField) field.setFeedback({ type: 'error', code: SERVER_ERROR, messages });
  return rest;
}

/**
 * Validates as the browser sees it (formily rules), then exactly as the server will
 * (validateFormValues of @careflow/forms). `ok` says whether the values may be sent; `rest` holds
 * the problems no field shows.
 */
export async function checkValues(form: Form, schema: FormSchema): Promise<{ ok: boolean; rest: FieldProblem[] }> {
  try {
    await form.validate();
  } catch {
    return { ok: false, rest: [] };
  }
  // form.values is a reactive proxy, which the validator's structuredClone cannot copy.
  const checked = validateFormValues(schema as FormSchemaNode, JSON.parse(JSON.stringify(form.values)));
  const rest = applyFieldProblems(form, checked.errors);
  return { ok: checked.errors.length === 0, rest };
}
