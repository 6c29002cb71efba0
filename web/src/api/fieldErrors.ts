import { fieldProblem, type FieldProblem } from '@careflow/contracts';
import type { FormInstance } from 'antd';
import i18n from 'i18next';
import { ApiError } from './client';

export type { FieldProblem };

/** The problem in the user's language when its code is known, else the server's words. */
export function problemText(problem: Pick<FieldProblem, 'code' | 'message' | 'params'>): string {
  const key = `problems.${problem.code ?? ''}` as 'problems.required';
  return problem.code && i18n.exists(key) ? String(i18n.t(key, { ...problem.params, interpolation: { escapeValue: false } })) : problem.message;
}

/** The field problems of a 400 answer (`details: [{path, message}]`), or none. */
export function fieldProblems(err: unknown): FieldProblem[] {
  if (!(err instanceof ApiError) || err.status !== 400 || !Array.isArray(err.details)) return [];
  return err.details.filter((d): d is FieldProblem => fieldProblem.safeParse(d).success);
}

/** `relatives.0.phones.0.number` → ['relatives', 0, 'phones', 0, 'number'], as antd names fields. */
export const toNamePath = (path: string) => path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/**
 * Puts each server problem on the form field it names. Returns the problems no field shows
 * (a whole list item, the body), for the caller to show above the form.
 */
export function applyFieldProblems(form: FormInstance, problems: FieldProblem[], alias: (path: string) => string = (path) => path): FieldProblem[] {
  const registered = new Set(form.getFieldsError().map((f) => f.name.join('.')));
  const byField = new Map<string, string[]>();
  const rest: FieldProblem[] = [];
  for (const found of problems) {
    // A problem about a whole item (terminals.0) may be shown on one of its fields instead.
    const problem = registered.has(found.path) ? found : { ...found, path: alias(found.path) };
    if (registered.has(problem.path)) byField.set(problem.path, [...(byField.get(problem.path) ?? []), problemText(problem)]);
    else rest.push(problem);
  }
  form.setFields([...byField].map(([path, errors]) => ({ name: toNamePath(path), errors })));
  const first = byField.keys().next();
  if (!first.done) form.scrollToField(toNamePath(first.value), { block: 'center' });
  return rest;
}
