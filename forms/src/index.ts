/**
 * Form definitions: a formily JSON schema with a key, title and version. The schema format,
 * server-side validation and the renderer arrive with the forms issue; the engine stores forms
 * through these types.
 */
export interface FormDefinition {
  key: string;
  title: string;
  version: number;
  schema: Record<string, unknown>;
}

/** A form key as a user task names it: letters, digits, dot, dash, underscore. */
export const FORM_KEY_PATTERN = /^[A-Za-z][\w.-]{0,99}$/;

export { validateFormValues } from './validate';
export type { FieldError, FormSchemaNode, ValidationResult } from './validate';
export { maskPhone, parsePhone } from './domain/phone';
export type { ParsedPhone, PhoneKind } from './domain/phone';
export { maskIdCard, parseIdCard } from './domain/id-card';
export type { IdCardProblem, ParsedIdCard } from './domain/id-card';
export { isCreditCode } from './domain/credit-code';
export { checkSchema } from './schema-check';
export type { SchemaProblem } from './schema-check';
export { COMPONENTS, DECORATORS, DOMAIN_WIDGETS, FIELD_COMPONENTS, LAYOUT_COMPONENTS, VALIDATORS } from './registry';
export { fieldStates } from './reactions';
export { expressionProblem } from './expression';
export { evaluateExpression } from './evaluate';
export { compileExpression, installSafeFormily } from './formily-safety';
export { matchesPattern, patternProblem } from './pattern';
export type { FieldState } from './reactions';
