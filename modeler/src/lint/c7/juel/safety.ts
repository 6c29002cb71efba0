import { parseJuel, type JuelNode } from './parser';
import { JuelSyntaxError } from './scanner';

/**
 * The safe subset of JUEL CareFlow publishes: read variables and their properties, compare, logic,
 * arithmetic, `empty`, `?:` and literals. No method or function calls, no engine objects, no
 * reflection through bean getters (`x.class` is `x.getClass()`).
 */
export type UnsafeKind = 'syntax' | 'call' | 'engine-object' | 'name' | 'reflection' | 'literal-property';

export interface ExpressionFinding {
  kind: UnsafeKind;
  /** What was found: the call, the name, the property; for syntax, the parser's message. */
  detail: string;
}

/** Objects the engine puts into an expression's context beside the variables (VariableScopeElResolver and friends). */
const ENGINE_OBJECTS = new Set([
  'execution', 'task', 'externalTask', 'caseExecution', 'authenticatedUserId', 'variableScope', 'variableContext',
  'processEngine', 'processEngineServices', 'processEngineConfiguration', 'runtimeService', 'taskService',
  'repositoryService', 'historyService', 'identityService', 'managementService', 'formService', 'decisionService',
  'applicationContext', 'environment', 'systemProperties', 'systemEnvironment', 'beans',
]);

/** Bean properties whose getters lead to classes, class loaders and modules. */
const REFLECTIVE_PROPERTIES = new Set(['class', 'classLoader', 'declaringClass', 'module', 'protectionDomain', 'enclosingClass', 'superclass', 'package']);

/** A variable name: letters, digits and `_`, not starting with a digit (no `$`, no invisible characters). */
const VARIABLE_NAME = /^[\p{L}_][\p{L}\p{Nd}_]*$/u;

export function describe(node: JuelNode): string {
  switch (node.type) {
    case 'identifier':
      return node.name;
    case 'dot':
      return `${describe(node.base)}.${node.property}`;
    case 'bracket':
      return `${describe(node.base)}[${describe(node.property)}]`;
    case 'method':
      return `${describe(node.target)}(…)`;
    case 'function':
      return `${node.name}(…)`;
    case 'literal':
      return node.kind === 'string' ? `'${node.value}'` : node.value;
    case 'nested':
      return `(${describe(node.expr)})`;
    default:
      return '…';
  }
}

function walk(node: JuelNode, found: ExpressionFinding[]): void {
  switch (node.type) {
    case 'text':
    case 'literal':
      return;
    case 'eval':
      return walk(node.expr, found);
    case 'nested':
      return walk(node.expr, found);
    case 'composite':
      return node.parts.forEach((p) => walk(p, found));
    case 'identifier':
      if (ENGINE_OBJECTS.has(node.name)) found.push({ kind: 'engine-object', detail: node.name });
      else if (!VARIABLE_NAME.test(node.name)) found.push({ kind: 'name', detail: node.name });
      return;
    case 'dot':
    case 'bracket': {
      const property = node.type === 'dot' ? node.property : node.property.type === 'literal' ? node.property.value : undefined;
      if (property !== undefined && REFLECTIVE_PROPERTIES.has(property)) found.push({ kind: 'reflection', detail: describe(node) });
      if (node.base.type === 'literal') found.push({ kind: 'literal-property', detail: describe(node) });
      walk(node.base, found);
      if (node.type === 'bracket') walk(node.property, found);
      return;
    }
    case 'method':
      found.push({ kind: 'call', detail: describe(node) });
      walk(node.target, found);
      return node.params.forEach((p) => walk(p, found));
    case 'function':
      found.push({ kind: 'call', detail: describe(node) });
      return node.params.forEach((p) => walk(p, found));
    case 'unary':
      return walk(node.operand, found);
    case 'binary':
      walk(node.left, found);
      return walk(node.right, found);
    case 'choice':
      walk(node.test, found);
      walk(node.yes, found);
      return walk(node.no, found);
  }
}

/** Does the text hold an expression at all (an unescaped `${` or `#{`)? Plain text is a literal to the engine. */
export function hasExpression(text: string): boolean {
  const tree = safeParse(text);
  return tree === undefined || tree.type !== 'text';
}

function safeParse(text: string): JuelNode | undefined {
  try {
    return parseJuel(text);
  } catch {
    return undefined;
  }
}

/** Everything outside the safe subset in one expression text, or [] when it is safe. */
export function unsafeParts(text: string): ExpressionFinding[] {
  let tree: JuelNode;
  try {
    tree = parseJuel(text);
  } catch (error) {
    if (error instanceof JuelSyntaxError) return [{ kind: 'syntax', detail: error.message }];
    throw error;
  }
  const found: ExpressionFinding[] = [];
  walk(tree, found);
  return found;
}

/** Is the text exactly one `${…}`/`#{…}` (what a condition must be to yield a boolean)? */
export function isSingleExpression(text: string): boolean {
  return safeParse(text)?.type === 'eval';
}
