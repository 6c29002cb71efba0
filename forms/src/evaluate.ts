import { type ExpressionNode, parseExpression, REFUSED_PROPERTIES, SCOPE } from './expression';

/**
 * Evaluates a formily expression by interpreting the AST of the grammar in expression.ts, never with
 * new Function or eval: an expression that is not in the grammar (one stored before the gate, or
 * put straight into the database) evaluates to undefined. Values are only read: own data properties
 * of plain objects and lists, a few state properties of formily's field and form, a string's length
 * and characters. A function is never a value, and the only calls are the allowed string and list
 * methods, taken from the built-in prototypes rather than from the value. Reading through null or
 * undefined gives undefined (as formily's silent mode does), so evaluating never throws.
 */
const STRING_METHODS: Record<string, (this: string, ...args: unknown[]) => unknown> = {
  includes: String.prototype.includes as never,
  startsWith: String.prototype.startsWith as never,
  endsWith: String.prototype.endsWith as never,
  indexOf: String.prototype.indexOf as never,
  trim: String.prototype.trim as never,
  toLowerCase: String.prototype.toLowerCase as never,
  toUpperCase: String.prototype.toUpperCase as never,
};
const LIST_METHODS: Record<string, (this: unknown[], ...args: unknown[]) => unknown> = {
  includes: Array.prototype.includes as never,
  indexOf: Array.prototype.indexOf as never,
};
/** What an expression may read of formily's Field ($self) and Form ($form): their state, not their methods. */
const STATE_PROPERTIES = new Set(['value', 'values', 'initialValue', 'initialValues', 'display', 'visible', 'hidden', 'required', 'editable', 'disabled', 'readOnly', 'readPretty', 'index']);

const parsed = new Map<string, ExpressionNode | null>();

/** The AST of an allowed expression, or null; kept, as the same few expressions run on every change. */
function astOf(expression: string): ExpressionNode | null {
  let ast = parsed.get(expression);
  if (ast === undefined) {
    const result = parseExpression(expression);
    ast = 'ast' in result ? result.ast : null;
    if (parsed.size >= 2000) parsed.clear();
    parsed.set(expression, ast);
  }
  return ast;
}

export function evaluateExpression(expression: string, scope: object): unknown {
  const ast = astOf(expression);
  if (!ast) return undefined;
  try {
    return evaluate(ast, scope ?? {});
  } catch {
    return undefined;
  }
}

const isPrimitive = (v: unknown) => v === null || (typeof v !== 'object' && typeof v !== 'function');
const data = (v: unknown) => (typeof v === 'function' || typeof v === 'symbol' ? undefined : v);
const hasOwn = (object: object, key: PropertyKey) => Object.prototype.hasOwnProperty.call(object, key);

function read(object: unknown, key: string | number): unknown {
  if (object === null || object === undefined) return undefined;
  if (typeof object === 'string') return key === 'length' || typeof key === 'number' ? object[key as number] : undefined;
  if (typeof object !== 'object' || REFUSED_PROPERTIES.has(String(key))) return undefined;
  const prototype = Object.getPrototypeOf(object);
  if (Array.isArray(object) || prototype === Object.prototype || prototype === null) {
    if (!hasOwn(object, key)) return undefined;
    const descriptor = Reflect.getOwnPropertyDescriptor(object, key);
    if (!descriptor || !('value' in descriptor)) return undefined;
    // Read through the object, not the descriptor: formily's observables track reads this way.
    return data((object as Record<string | number, unknown>)[key]);
  }
  return STATE_PROPERTIES.has(String(key)) ? data((object as Record<string, unknown>)[key]) : undefined;
}

function call(node: ExpressionNode, scope: object): unknown {
  const callee = node.callee as ExpressionNode;
  const receiver = evaluate(callee.object as ExpressionNode, scope);
  const name = String((callee.property as ExpressionNode).name);
  const args = (node.arguments as ExpressionNode[]).map((a) => evaluate(a, scope));
  if (!args.every(isPrimitive)) return undefined;
  if (typeof receiver === 'string' && hasOwn(STRING_METHODS, name)) return STRING_METHODS[name].apply(receiver, args);
  if (Array.isArray(receiver) && hasOwn(LIST_METHODS, name)) return LIST_METHODS[name].apply(receiver, args);
  return undefined;
}

function binary(operator: string, left: unknown, right: unknown): unknown {
  const [l, r] = [left, right] as [never, never];
  switch (operator) {
    case '===': return l === r;
    case '!==': return l !== r;
    case '==': return l == r; // eslint-disable-line eqeqeq
    case '!=': return l != r; // eslint-disable-line eqeqeq
    case '<': return l < r;
    case '<=': return l <= r;
    case '>': return l > r;
    case '>=': return l >= r;
    case '+': return (l as number) + (r as number);
    case '-': return l - r;
    case '*': return l * r;
    case '/': return l / r;
    case '%': return l % r;
  }
  throw new Error(`operator ${operator}`);
}

function evaluate(node: ExpressionNode, scope: object): unknown {
  const sub = (key: string) => evaluate(node[key] as ExpressionNode, scope);
  switch (node.type) {
    case 'Literal':
      return node.value;
    case 'Identifier': {
      const name = String(node.name);
      return SCOPE.has(name) && name in scope ? data((scope as Record<string, unknown>)[name]) : undefined;
    }
    case 'MemberExpression': {
      const property = node.property as ExpressionNode;
      return read(sub('object'), node.computed ? Number(property.value) : String(property.name));
    }
    case 'ChainExpression':
      return sub('expression');
    case 'CallExpression':
      return call(node, scope);
    case 'LogicalExpression': {
      const left = sub('left');
      if (node.operator === '&&') return left && sub('right');
      if (node.operator === '||') return left || sub('right');
      return left ?? sub('right');
    }
    case 'BinaryExpression':
      return binary(String(node.operator), sub('left'), sub('right'));
    case 'UnaryExpression': {
      const value = sub('argument');
      if (node.operator === '!') return !value;
      if (node.operator === 'typeof') return typeof value;
      return node.operator === '-' ? -(value as number) : +(value as number);
    }
    case 'ConditionalExpression':
      return sub('test') ? sub('consequent') : sub('alternate');
    case 'ArrayExpression':
      return (node.elements as ExpressionNode[]).map((e) => evaluate(e, scope));
  }
  throw new Error(`not in the grammar: ${node.type}`);
}
