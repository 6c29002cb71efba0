/** Form schemas (formily JSON schema): server-side validation, the expression grammar and its evaluator, field patterns. */
export { validateFormValues } from './validate';
export type { FieldError, FormSchemaNode, ValidationResult } from './validate';
export { checkSchema } from './schema-check';
export type { SchemaProblem } from './schema-check';
export { COMPONENTS, DECORATORS, DOMAIN_WIDGETS, FIELD_COMPONENTS, LAYOUT_COMPONENTS, VALIDATORS } from './registry';
export { fieldStates } from './reactions';
export { expressionProblem } from './expression';
export { evaluateExpression } from './evaluate';
export { compileExpression, installSafeFormily } from './formily-safety';
export { matchesPattern, patternProblem } from './pattern';
export type { FieldState } from './reactions';
