import { parse, type Node } from 'acorn';

/**
 * The grammar of a formily expression (the text inside {{ }}): it may read the linkage scope, compare,
 * combine and test values, and nothing else. The text is parsed into an AST (acorn) and every node
 * must be of an allowed kind; names are compared after the parser has decoded them, so escapes,
 * computed keys and concatenation cannot spell a refused name. The same AST is what the evaluator
 * (evaluate.ts) interprets: nothing is ever compiled to code.
 */
export const SCOPE: ReadonlySet<string> = new Set(['$deps', '$self', '$values', '$record', '$index', '$form']);
/** The only calls: these methods of a string or a list, looked up by the evaluator, never on the value. */
export const METHODS: ReadonlySet<string> = new Set(['includes', 'startsWith', 'endsWith', 'indexOf', 'trim', 'toLowerCase', 'toUpperCase']);
/** Reached through a value's prototype or a formily object: refused however they are spelled. */
export const REFUSED_PROPERTIES: ReadonlySet<string> = new Set(['constructor', '__proto__', 'prototype', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__', 'setValue', 'setState', 'setValues', 'setFieldState', 'reset', 'submit', 'validate']);
const BINARY = new Set(['===', '!==', '==', '!=', '<', '<=', '>', '>=', '+', '-', '*', '/', '%']);
const LOGICAL = new Set(['&&', '||', '??']);
const UNARY = new Set(['!', '-', '+', 'typeof']);
export const MAX_LENGTH = 500;

/** An acorn expression node, as far as the evaluator reads it. */
export type ExpressionNode = Node & Record<string, unknown>;

export type Parsed = { ast: ExpressionNode } | { problem: string };

const KINDS: Record<string, string> = {
  ArrowFunctionExpression: 'a function',
  FunctionExpression: 'a function',
  ClassExpression: 'a class',
  TemplateLiteral: 'a template literal',
  TaggedTemplateExpression: 'a tagged template',
  AssignmentExpression: 'an assignment',
  UpdateExpression: 'an assignment (++/--)',
  SequenceExpression: 'a comma sequence',
  NewExpression: 'new',
  ThisExpression: 'this',
  Super: 'super',
  ObjectExpression: 'an object literal',
  SpreadElement: 'spread (...)',
  AwaitExpression: 'await',
  YieldExpression: 'yield',
  ImportExpression: 'import()',
  MetaProperty: 'new.target or import.meta',
  PrivateIdentifier: 'a private name',
};

/** The expression's AST, or why it is not one this grammar allows. */
export function parseExpression(expression: string): Parsed {
  if (expression.length > MAX_LENGTH) return { problem: `is too long (${MAX_LENGTH} characters at most)` };
  let comment = false;
  let program: ExpressionNode;
  try {
    program = parse(expression, { ecmaVersion: 2022, sourceType: 'script', onComment: () => void (comment = true) }) as unknown as ExpressionNode;
  } catch {
    return { problem: 'is not a valid expression' };
  }
  if (comment) return { problem: 'has a comment (not allowed)' };
  const body = program.body as ExpressionNode[];
  if (body.length !== 1 || body[0].type !== 'ExpressionStatement') return { problem: 'is not a single expression' };
  const ast = body[0].expression as ExpressionNode;
  const problem = refused(ast, expression);
  return problem ? { problem } : { ast };
}

export function expressionProblem(expression: string): string | undefined {
  const parsed = parseExpression(expression);
  return 'problem' in parsed ? parsed.problem : undefined;
}

/** Why a node (or one inside it) is outside the grammar, naming the character where it starts. */
function refused(node: ExpressionNode, source: string): string | undefined {
  const at = ` at character ${node.start + 1}`;
  const all = (nodes: ExpressionNode[]) => nodes.reduce<string | undefined>((found, n) => found ?? refused(n, source), undefined);
  switch (node.type) {
    case 'Literal':
      if (node.regex !== undefined || node.bigint !== undefined) return `uses a ${node.regex ? 'regular expression' : 'BigInt'} literal${at} (not allowed)`;
      return undefined;
    case 'Identifier': {
      const name = String(node.name);
      if (source.slice(node.start, node.end) !== name) return `writes a name with escapes${at} (not allowed)`;
      if (name === 'undefined' || SCOPE.has(name)) return undefined;
      return `uses ${name}${at} (only ${[...SCOPE].join(', ')} are in scope)`;
    }
    case 'MemberExpression':
      return refused(node.object as ExpressionNode, source) ?? propertyProblem(node, source);
    case 'ChainExpression':
      return refused(node.expression as ExpressionNode, source);
    case 'CallExpression': {
      const callee = node.callee as ExpressionNode;
      const method = callee.type === 'MemberExpression' && !callee.computed ? String((callee.property as ExpressionNode).name) : undefined;
      const calleeProblem = refused(callee, source);
      if (calleeProblem) return calleeProblem;
      const where = method === undefined ? at : ` at character ${(callee.property as ExpressionNode).start + 1}`;
      if (method === undefined || !METHODS.has(method)) return `calls ${method ? `.${method}()` : 'a function'}${where} (only ${[...METHODS].join(', ')} may be called)`;
      return all(node.arguments as ExpressionNode[]);
    }
    case 'BinaryExpression':
    case 'LogicalExpression':
      if (!(node.type === 'BinaryExpression' ? BINARY : LOGICAL).has(String(node.operator))) return `uses the operator ${String(node.operator)}${at} (not allowed)`;
      return all([node.left as ExpressionNode, node.right as ExpressionNode]);
    case 'UnaryExpression':
      if (!UNARY.has(String(node.operator))) return `uses the operator ${String(node.operator)}${at} (not allowed)`;
      return refused(node.argument as ExpressionNode, source);
    case 'ConditionalExpression':
      return all([node.test, node.consequent, node.alternate] as ExpressionNode[]);
    case 'ArrayExpression': {
      const elements = node.elements as (ExpressionNode | null)[];
      if (elements.some((e) => e === null)) return `uses a list with holes${at} (not allowed)`;
      return all(elements as ExpressionNode[]);
    }
    default:
      return `uses ${KINDS[node.type] ?? node.type}${at}, which an expression may not`;
  }
}

/** `.name` with a plain, allowed name or `[0]` with a whole number: nothing computed. */
function propertyProblem(node: ExpressionNode, source: string): string | undefined {
  const property = node.property as ExpressionNode;
  const at = ` at character ${property.start + 1}`;
  if (node.computed) {
    const index = property.value;
    if (property.type === 'Literal' && typeof index === 'number' && Number.isInteger(index) && index >= 0) return undefined;
    return `reads a property by a computed key${at} (only .name or [0] may be used)`;
  }
  if (property.type !== 'Identifier') return `uses ${KINDS[property.type] ?? property.type}${at}, which an expression may not`;
  const name = String(property.name);
  if (source.slice(property.start, property.end) !== name) return `writes a name with escapes${at} (not allowed)`;
  if (REFUSED_PROPERTIES.has(name)) return `reaches .${name}${at} (not allowed)`;
  return undefined;
}
