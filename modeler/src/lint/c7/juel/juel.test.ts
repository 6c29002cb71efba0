import { parseJuel } from './parser';
import { hasExpression, isSingleExpression, unsafeParts } from './safety';

const kinds = (text: string) => unsafeParts(text).map((f) => f.kind);

describe('JUEL as the engine parses it', () => {
  it.each([
    ['${a}', { type: 'eval', deferred: false, expr: { type: 'identifier', name: 'a' } }],
    ['#{a.b}', { type: 'eval', deferred: true, expr: { type: 'dot', base: { type: 'identifier', name: 'a' }, property: 'b' } }],
    ['x ${1 + 2 * 3}', { type: 'composite', parts: [{ type: 'text', value: 'x ' }, { type: 'eval', deferred: false, expr: { type: 'binary', op: '+', left: { type: 'literal', kind: 'integer', value: '1' }, right: { type: 'binary', op: '*', left: { type: 'literal', kind: 'integer', value: '2' }, right: { type: 'literal', kind: 'integer', value: '3' } } } }] }],
    ["${'a}b'}", { type: 'eval', deferred: false, expr: { type: 'literal', kind: 'string', value: 'a}b' } }],
    ['\\${a}', { type: 'text', value: '${a}' }],
    ['\\\\${a}', { type: 'text', value: '\\${a}' }],
    ['${a.b(1)}', { type: 'eval', deferred: false, expr: { type: 'method', target: { type: 'dot', base: { type: 'identifier', name: 'a' }, property: 'b' }, params: [{ type: 'literal', kind: 'integer', value: '1' }] } }],
    ['${fn:f()}', { type: 'eval', deferred: false, expr: { type: 'function', name: 'fn:f', params: [] } }],
    ['${a ? b : c}', { type: 'eval', deferred: false, expr: { type: 'choice', test: { type: 'identifier', name: 'a' }, yes: { type: 'identifier', name: 'b' }, no: { type: 'identifier', name: 'c' } } }],
  ])('given %s, when parsed, then the tree is the engine’s', (text, tree) => {
    expect(parseJuel(text)).toEqual(tree);
  });

  it.each(['${a ==}', '${a ${b}}', '${a}#{b}', '${instanceof}', '${a;b}', "${'open}", '${a.}', '${(a}', "${'\\x'}", '${a}}{'.slice(0, 3)])(
    'given the malformed %s, when parsed, then it is a syntax error the lint reports',
    (text) => {
      expect(kinds(text)).toEqual(['syntax']);
    },
  );
});

describe('the safe subset of expressions', () => {
  it.each([
    '${a}', '${alarm.urgent && !empty elder.phones}', "${a['key'] == 'x' or b ne 2}", '${relatives[i + 1].phone}', '${x > 3 ? "a" : "b"}',
    '#{count mod 2 eq 0}', '${-a.b * (c + 1.5e3) div 2}', 'PT${minutes}M', '${老人.电话}', 'plain text', '\\${execution}', '\\\\${execution}',
  ])('given %s, when checked, then it is safe', (text) => {
    expect(unsafeParts(text)).toEqual([]);
  });

  it.each([
    ['${execution.getProcessEngineServices()}', ['call', 'engine-object']],
    ["${''.getClass().forName('java.lang.Runtime')}", ['call', 'call', 'literal-property']],
    ['${a.b()}', ['call']],
    ["${a['b']()}", ['call']],
    ['${now()}', ['call']],
    ['${fn:exec("x")}', ['call']],
    ['${task}', ['engine-object']],
    ['${authenticatedUserId == a}', ['engine-object']],
    ['${(execution).id}', ['engine-object']],
    ['${a[execution]}', ['engine-object']],
    ['${x.class}', ['reflection']],
    ["${x['classLoader']}", ['reflection']],
    ["${'abc'.bytes}", ['literal-property']],
    ['${$x}', ['name']],
    ['${a\u200Bb}', ['name']],
    ["${'${'}${execution}", ['engine-object']],
    ['$${execution}', ['engine-object']],
    ['#{task.setAssignee(a)}', ['call', 'engine-object']],
    ['${a} and ${b.c()}', ['call']],
  ])('given the hostile %s, when checked, then it is refused as %j', (text, expected) => {
    expect(kinds(text).sort()).toEqual([...expected].sort());
  });

  it('given text with and without expressions, when asked, then only unescaped ${ or #{ counts, and a condition must be one expression', () => {
    expect([hasExpression('abc'), hasExpression('a\\${b}'), hasExpression('${b}'), hasExpression('#{b'), hasExpression('$ {b}')]).toEqual([false, false, true, true, false]);
    expect([isSingleExpression('${a}'), isSingleExpression(' ${a}'), isSingleExpression('${a}${b}'), isSingleExpression('a')]).toEqual([true, false, false, false]);
  });
});
