import { Schema } from '@formily/json-schema';
import { registerValidateRules } from '@formily/validator';
import { evaluateExpression } from './evaluate';
import { matchesPattern } from './pattern';

/**
 * formily compiles a schema's {{ }} expressions with new Function and runs field patterns with
 * RegExp. Both are replaced, for every form formily builds in this process or page: expressions go
 * to the evaluator of the checked grammar (evaluate.ts) and patterns to the linear-time engine
 * (pattern.ts). The engine (reactions.ts) and the web app's entry install this before any form is
 * built, so a schema stored before the checks existed cannot run code or freeze either.
 */

/** formily wraps fulfill.run as "function(){<run>}" and calls what it gets back: give it a function that does nothing. */
const RUNNER = /^function\(\)\{[\s\S]*\}$/;
const nothing = (): undefined => undefined;

export function compileExpression(expression: string, scope?: object): unknown {
  if (RUNNER.test(expression)) return nothing;
  return evaluateExpression(expression, scope ?? {});
}

function patternRule(value: unknown, rule: { pattern?: unknown; message?: string }): string {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return '';
  const pattern = rule.pattern;
  if (typeof pattern !== 'string' && !(pattern instanceof RegExp)) return '';
  return matchesPattern(pattern, String(value)) === false ? (rule.message ?? '') : '';
}

export function installSafeFormily(): void {
  Schema.registerCompiler(compileExpression);
  registerValidateRules({ pattern: patternRule as never });
}
