/**
 * Whether a formily expression (the text inside {{ }}) stays inside the form: it may read the
 * linkage scope ($deps, $self, $values, $record, $index) and compare, combine and test values, and
 * nothing else — no globals, no assignments, no function definitions, no calls but a few string and
 * list tests. Expressions are compiled with new Function by formily, so this is the gate.
 */
const SCOPE = new Set(['$deps', '$self', '$values', '$record', '$index', '$form']);
const LITERALS = new Set(['true', 'false', 'null', 'undefined', 'typeof']);
const METHODS = new Set(['includes', 'startsWith', 'endsWith', 'indexOf', 'trim', 'toLowerCase', 'toUpperCase']);
const PROPERTIES_REFUSED = new Set(['constructor', '__proto__', 'prototype', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__', 'setValue', 'setState', 'setValues', 'setFieldState', 'reset', 'submit', 'validate']);
const TOKEN = /\s+|(?<str>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")|(?<num>\d+(?:\.\d+)?)|(?<id>[A-Za-z_$][\w$]*)|(?<op>===|!==|==|!=|<=|>=|&&|\|\||\?\?|\?\.|[-+*/%<>!?:.,()[\]])/y;

export function expressionProblem(expression: string): string | undefined {
  if (expression.length > 500) return 'is too long (500 characters at most)';
  let position = 0;
  const tokens: { kind: 'str' | 'num' | 'id' | 'op'; text: string }[] = [];
  while (position < expression.length) {
    TOKEN.lastIndex = position;
    const match = TOKEN.exec(expression);
    if (!match) return `uses something an expression may not: ${JSON.stringify(expression.slice(position, position + 10))}`;
    position = TOKEN.lastIndex;
    const kind = (['str', 'num', 'id', 'op'] as const).find((k) => match.groups?.[k] !== undefined);
    if (kind) tokens.push({ kind, text: match.groups![kind] });
  }
  for (let i = 0; i < tokens.length; i++) {
    const { kind, text } = tokens[i];
    const afterDot = i > 0 && (tokens[i - 1].text === '.' || tokens[i - 1].text === '?.');
    if (kind === 'str' && PROPERTIES_REFUSED.has(text.slice(1, -1))) return `reaches ${text} (not allowed)`;
    if (kind !== 'id') continue;
    if (afterDot) {
      if (PROPERTIES_REFUSED.has(text)) return `reaches .${text} (not allowed)`;
      if (tokens[i + 1]?.text === '(' && !METHODS.has(text)) return `calls .${text}() (only ${[...METHODS].join(', ')} may be called)`;
      continue;
    }
    if (!SCOPE.has(text) && !LITERALS.has(text)) return `uses ${text} (only ${[...SCOPE].join(', ')} are in scope)`;
    if (tokens[i + 1]?.text === '(') return `calls ${text}() (not allowed)`;
  }
  try {
    // Compiled, never run: only to catch syntax errors now rather than when a task is completed.
    new Function(...SCOPE, `return (${expression});`);
  } catch {
    return 'is not a valid expression';
  }
  return undefined;
}
