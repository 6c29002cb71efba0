/**
 * The expression table the gate and the evaluator are tested with, on the server (forms) and in the
 * browser (web): hostile expressions that must be refused and never run, and the expressions the
 * designer and the shipped forms write, with what they evaluate to. Each payload would set
 * globalThis[RAN] if it ever ran as code.
 */
export const RAN = '__careflowExpressionRan';
const RUN = `globalThis.${RAN}=1`;

export const HOSTILE_EXPRESSIONS: [string, string][] = [
  ['constructor by hex-escaped computed keys', `''['\\x63onstructor']['\\x63onstructor']('${RUN}')()`],
  ['constructor by unicode-escaped computed keys', `$deps['\\u0063onstructor']['\\u0063onstructor']('${RUN}')()`],
  ['constructor by concatenated keys', `$deps['const' + 'ructor']['const' + 'ructor']('${RUN}')()`],
  ['constructor walk from a scope value', `$deps.constructor.constructor('${RUN}')()`],
  ['constructor through a string literal', `'a'.constructor.constructor('${RUN}')()`],
  ['constructor through a number literal', `(1).constructor.constructor('${RUN}')()`],
  ['constructor through an array literal', `[].constructor.constructor('${RUN}')()`],
  ['a key read from a value', '$values[$deps[0]]'],
  ['a numeric key written as a string', "$deps['0']"],
  ['unicode escapes in a property name', `$self.\\u0063onstructor.\\u0063onstructor('${RUN}')()`],
  ['unicode escapes in a global name', '\\u0070rocess.env'],
  ['__proto__', `$values.__proto__.constructor.constructor('${RUN}')()`],
  ['prototype', '$deps.prototype'],
  ['__defineGetter__', "$values.__defineGetter__('a', $deps[0])"],
  ['an arrow function', `(() => ${RUN})()`],
  ['an arrow function passed to a list method', `$deps.some(d => (${RUN}))`],
  ['an async arrow function', `(async () => ${RUN})()`],
  ['a function expression', `(function () { ${RUN} })()`],
  ['a class expression', `(class { static x = ${RUN} })`],
  ['a template literal', `\`\${${RUN}}\``],
  ['a tagged template', `Function\`${RUN}\`()`],
  ['a tagged template on a constructor walk', `$deps.constructor.constructor\`${RUN}\`()`],
  ['a block comment', `$deps[0] === 1 /* note */ || (${RUN})`],
  ['a line comment', '$deps[0] // }}'],
  ['a getter in an object literal', `({ get a() { return ${RUN} } }).a`],
  ['an object literal', '({ a: 1 })'],
  ['an assignment to a global', RUN],
  ['an assignment to a field', "$self.value = 'x'"],
  ['a compound assignment', '$values.age += 1'],
  ['a logical assignment', '$values.age ??= 1'],
  ['an increment', '$values.age++'],
  ['a comma sequence', `($deps[0], ${RUN})`],
  ['two statements', `1; ${RUN}`],
  ['new', `new Function('${RUN}')()`],
  ['this', `this.constructor.constructor('${RUN}')()`],
  ['globalThis', 'globalThis.process.env'],
  ['window', "window.location.href = 'http://evil.example'"],
  ['process', "process.mainModule.require('child_process').execSync('id')"],
  ['require', "require('child_process').execSync('id')"],
  ['import()', "import('fs')"],
  ['eval', `eval('${RUN}')`],
  ['the Function constructor', `Function('${RUN}')()`],
  ['spread in a call', "'a'.includes(...$deps)"],
  ['spread in a list', '[...$deps]'],
  ['a method not on the list', '$deps.map(String)'],
  ['a form method', '$form.submit()'],
  ['a state change through the form', "$form.setFieldState('a', 1)"],
  ['calling a scope value', "$deps[0]('x')"],
  ['an optional call of a constructor', `$deps.constructor?.('${RUN}')`],
  ['a regular expression literal', '/(a+)+$/.test($deps[0])'],
  ['the in operator', "'x' in $values"],
  ['instanceof', '$deps instanceof Array'],
  ['delete', 'delete $values.age'],
  ['void', 'void 0'],
  ['a BigInt literal', '1n'],
  ['a list with holes', '[, 1]'],
  ['a negative index', '$deps[-1]'],
  ['an expression of 600 characters', `$deps[0] === '${'x'.repeat(600)}'`],
  ['a syntax error', '$deps[0] ==='],
];

type Scope = Record<string, unknown>;
/** formily's field is a class instance: only its state properties may be read. */
class FieldLike {
  value = '老人摔倒';
  display = 'visible';
  setValue(): void {
    (globalThis as Record<string, unknown>)[RAN] = 1;
  }
}
const deps = (...values: unknown[]): Scope => ({ $deps: values });

/** [expression, scope, value]: what the designer's rules (linkage.ts) and the shipped forms write. */
export const LEGITIMATE_EXPRESSIONS: [string, Scope, unknown][] = [
  ['$deps[0] === "real"', deps('real'), true],
  ['$deps[0] === "real"', deps('false_alarm'), false],
  ["$deps[0] === 'false_alarm' ? 'visible' : 'none'", deps('false_alarm'), 'visible'],
  ['$deps[0] === "false_alarm" ? "hidden" : "visible"', deps('real'), 'visible'],
  ['$deps[0] === "fall" && $deps[1] === true', deps('fall', true), true],
  ['$deps[1] === true', deps('fall', false), false],
  ["$deps[0] === \"b\" && $deps[1] !== 3 ? 'visible' : 'none'", deps('b', 3), 'none'],
  ["($deps[0] === undefined || $deps[0] === null || $deps[0] === '' || $deps[0]?.length === 0)", deps([]), true],
  ["($deps[0] === undefined || $deps[0] === null || $deps[0] === '' || $deps[0]?.length === 0)", deps(undefined), true],
  ["!($deps[0] === undefined || $deps[0] === null || $deps[0] === '' || $deps[0]?.length === 0) ? 'visible' : 'none'", deps('ill'), 'visible'],
  ["$deps[2] === true && ($deps[3] === undefined || $deps[3] === null || $deps[3] === '' || $deps[3]?.length === 0)", deps(0, 0, true, ''), true],
  ['$deps[0] === 2 && $deps[1] !== false', deps(2, true), true],
  ['$deps[0] === "\\u4e2d\\u6587"', deps('中文'), true],
  ['$deps[0] === "say \\"hi\\""', deps('say "hi"'), true],
  ['$deps[0] && $deps[0].includes("fall")', deps(['ill', 'fall']), true],
  ['$deps[0] && $deps[0].includes("fall")', deps(undefined), undefined],
  ['$values.kind !== undefined && $values.age >= 60', { $values: { kind: 'fall', age: 82 } }, true],
  ['typeof $deps[0] === "string" ? $deps[0].trim().length > 0 : false', deps('   '), false],
  ['$deps[0].startsWith("13")', deps('13800138000'), true],
  ['$deps[0].endsWith("号")', deps('幸福路1号'), true],
  ['$deps[0].indexOf("路")', deps('幸福路1号'), 2],
  ['$deps[0].toLowerCase() === "ok"', deps('OK'), true],
  ['$deps[0].toUpperCase()', deps('sos'), 'SOS'],
  ['["fall", "ill"].includes($deps[0])', deps('ill'), true],
  ['["fall", "ill"].indexOf($deps[0])', deps('lost'), -1],
  ['$deps[0] + $deps[1]', deps(60, 5), 65],
  ['$deps[0] * 2 - 1', deps(4), 7],
  ['$deps[0] % 2 === 0', deps(6), true],
  ['-$deps[0] + +$deps[1]', deps(3, '5'), 2],
  ['$deps[0] / 4', deps(10), 2.5],
  ["$deps[0] ?? 'none'", deps(null), 'none'],
  ['$deps[0] || $deps[1]', deps('', 'backup'), 'backup'],
  ['$deps[0] <= 3 && $deps[0] > 1', deps(2), true],
  ['$deps[0] == null', deps(undefined), true],
  ['$deps[0] != 1', deps('1'), false],
  ['!$deps[0]', deps(0), true],
  ['typeof $deps[9]', deps(), 'undefined'],
  ['$deps[5].name', deps(), undefined],
  ['$deps.length === 2', deps('a', 'b'), true],
  ["$deps[0][0] === '幸'", deps('幸福路'), true],
  ["$deps.kind === 'fall'", { $deps: { kind: 'fall' } }, true],
  ["$record.kind === 'fall' && $index === 1", { $record: { kind: 'fall' }, $index: 1 }, true],
  ['$self.value', { $self: new FieldLike() }, '老人摔倒'],
  ['$self.display', { $self: new FieldLike() }, 'visible'],
  ['$form.values.age > 60', { $form: { values: { age: 75 } } }, true],
  ['[$deps[0], 1]', deps('a'), ['a', 1]],
  ['undefined === $deps[0]', deps(), true],
  ['null', {}, null],
  ["'visible'", {}, 'visible'],
];
